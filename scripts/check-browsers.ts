// `npm test` and `npm run test:firefox` start here: is every browser the tests drive installed?
// When one is missing, one clear paragraph per browser (what, how to install it, which variable to
// set) and exit code 1, instead of a driver's stack trace halfway through the run.
//   tsx scripts/check-browsers.ts [chrome] [firefox]   (default: both)
import { BrowserMissing, chromePath, firefoxPath } from './lib/browsers';

const wanted = process.argv.slice(2);
const checks = { chrome: chromePath, firefox: firefoxPath };
const names = (wanted.length ? wanted : Object.keys(checks)) as Array<keyof typeof checks>;
const missing: string[] = [];
for (const name of names) {
  try {
    checks[name]();
  } catch (e) {
    if (!(e instanceof BrowserMissing)) throw e;
    missing.push(e.message);
  }
}
if (missing.length) {
  console.error(`${missing.join('\n\n')}\n\n(The unit tests need no browser: npm run test:unit.)`);
  process.exit(1);
}
