// Prints the KB audit: each finding (the first few per check, or all with --all), the totals, and
// one JSON line with the totals (npm run -s kb:audit [-- --all | --json]).
import { loadBundle } from './lib/kb-files';
import { auditKb } from './lib/kb-audit';

const args = process.argv.slice(2);
const { findings, totals } = auditKb(loadBundle());
if (!args.includes('--json')) {
  const shown = args.includes('--all') ? Infinity : 8;
  const checks = [...new Set(findings.map((f) => f.check))];
  for (const c of checks) {
    const list = findings.filter((f) => f.check === c);
    console.log(`\n${c}: ${list.length}`);
    for (const f of list.slice(0, shown)) console.log(`  ${f.id}${f.detail ? `  (${f.detail})` : ''}`);
    if (list.length > shown) console.log(`  … ${list.length - shown} more (--all)`);
  }
  console.log('');
}
console.log(JSON.stringify(totals));
