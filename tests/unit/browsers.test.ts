// The newcomer path: without a browser, `npm start` and `npm test` say in one paragraph what is
// missing, how to install it and which variable to set, and exit non-zero without a stack trace.
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BrowserMissing, chromePath, firefoxPath } from '../../scripts/lib/browsers';

const ROOT = resolve(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');

describe('finding the browsers', () => {
  it('takes CHROME_PATH / FIREFOX_PATH when set, else the first usual path that runs', () => {
    expect(chromePath({ CHROME_PATH: process.execPath })).toBe(process.execPath);
    expect(firefoxPath({ FIREFOX_PATH: process.execPath })).toBe(process.execPath);
    expect(chromePath({}, ['/nonexistent/chromium', process.execPath])).toBe(process.execPath);
  });

  it('none found: one paragraph naming the package, the install command and the variable', () => {
    const miss = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        expect(e).toBeInstanceOf(BrowserMissing);
        return (e as Error).message;
      }
      throw new Error('no error');
    };
    const c = miss(() => chromePath({}, ['/nonexistent/chromium']));
    expect(c).toMatch(/sudo apt-get install chromium fonts-noto-cjk/);
    expect(c).toMatch(/CHROME_PATH/);
    expect(c).not.toContain('\n');
    const f = miss(() => firefoxPath({ FIREFOX_PATH: '/nonexistent/firefox' }));
    expect(f).toMatch(/FIREFOX_PATH is set to \/nonexistent\/firefox, but there is no such file/);
    expect(f).toMatch(/sudo apt-get install firefox-esr/);
  });

  it('npm start and the test run stop with that paragraph and exit code 1, no stack trace', () => {
    const env = { ...process.env, CHROME_PATH: '/nonexistent/chromium', FIREFOX_PATH: '/nonexistent/firefox' };
    for (const args of [['scripts/start.ts'], ['scripts/start.ts', '--browser', 'firefox'], ['scripts/check-browsers.ts']]) {
      const r = spawnSync(TSX, args, { cwd: ROOT, env, encoding: 'utf8', timeout: 60_000 });
      expect(r.status, args.join(' ')).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/sudo apt-get install/);
      expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+|Error:/);
    }
  });
});
