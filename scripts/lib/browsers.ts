// Where the browsers are: CHROME_PATH / FIREFOX_PATH when set, else the usual install paths of
// Chromium, Chrome and Edge (Linux, macOS, Windows) and of Firefox. A missing browser is a
// BrowserMissing error whose message is one paragraph for a person: what is missing, how to install
// it on Debian/Ubuntu, and which variable to set instead (`npm start`, `npm test` and the bench
// print it and exit non-zero, never a stack trace).
import { accessSync, constants, existsSync } from 'node:fs';

const CHROMES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/usr/bin/microsoft-edge',
  '/usr/bin/microsoft-edge-stable',
  '/opt/microsoft/msedge/msedge',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
];

const FIREFOXES = [
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/snap/bin/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
  'C:\\Program Files\\Mozilla Firefox\\firefox.exe',
];

export class BrowserMissing extends Error {}

function runnable(path: string): boolean {
  try {
    accessSync(path, process.platform === 'win32' ? constants.F_OK : constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function find(envName: string, candidates: string[], env: NodeJS.ProcessEnv, missing: (why: string) => string): string {
  const set = env[envName];
  if (set) {
    if (runnable(set)) return set;
    throw new BrowserMissing(missing(`${envName} is set to ${set}, but ${existsSync(set) ? 'that file cannot be run' : 'there is no such file'}.`));
  }
  const found = candidates.find(runnable);
  if (found) return found;
  const usual = candidates.filter((c) => c.startsWith('/usr'));
  throw new BrowserMissing(
    missing(`None was found at the usual places (${(usual.length ? usual : candidates).join(', ')}${usual.length < candidates.length ? ', …' : ''}).`),
  );
}

/** Chromium's flags for our runs: the unpacked extension in `extDir` (none: without it), no sandbox,
 *  no GPU, and no traffic of its own (so that a test can tell the extension made no request). */
export function chromiumArgs(extDir?: string): string[] {
  return [
    ...(extDir ? [`--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`] : []),
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ];
}

/** Chromium, Chrome or Edge (the Chrome build of the extension runs in any of them). */
export function chromePath(env: NodeJS.ProcessEnv = process.env, candidates = CHROMES): string {
  return find('CHROME_PATH', candidates, env, (why) =>
    [
      `No Chromium-based browser to run the extension in. ${why}`,
      'On Debian or Ubuntu install one with: sudo apt-get install chromium fonts-noto-cjk',
      '(fonts-noto-cjk draws the Japanese and Chinese text). Or point CHROME_PATH at Chrome, Chromium or Edge,',
      'e.g. CHROME_PATH=/opt/google/chrome/chrome npm start.',
    ].join(' '),
  );
}

/** Firefox (ESR or release, 140 or newer). */
export function firefoxPath(env: NodeJS.ProcessEnv = process.env, candidates = FIREFOXES): string {
  return find('FIREFOX_PATH', candidates, env, (why) =>
    [
      `No Firefox to run the extension's Firefox build in. ${why}`,
      'On Debian install it with: sudo apt-get install firefox-esr fonts-noto-cjk (on Ubuntu: sudo apt-get install firefox).',
      'Or point FIREFOX_PATH at a Firefox 140 or newer, e.g. FIREFOX_PATH=/opt/firefox/firefox npm start -- --browser firefox.',
    ].join(' '),
  );
}
