// Validates kb/**/*.jsonl and writes the bundle the extension ships (public/kb.json) and the
// pre-check's name lists derived from it (utils/analysis/precheck/kb-terms.generated.ts).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildBundle } from '../utils/analysis/kb/bundle';
import { PreparedKb } from '../utils/analysis/prepared-kb';
import { precheckTermsFromKb, renderPrecheckTerms } from '../utils/analysis/precheck/kb-terms';
import { ROOT, readKbFiles } from './lib/kb-files';

const { bundle, issues } = buildBundle(readKbFiles());
if (issues.length) {
  for (const i of issues) console.error(`kb/${i.file}:${i.line}: ${i.message}`);
  process.exit(1);
}
mkdirSync(join(ROOT, 'public'), { recursive: true });
writeFileSync(join(ROOT, 'public/kb.json'), JSON.stringify(bundle));
const terms = renderPrecheckTerms(precheckTermsFromKb(new PreparedKb(bundle)), bundle.version);
writeFileSync(join(ROOT, 'utils/analysis/precheck/kb-terms.generated.ts'), terms);
console.log(`kb ${bundle.version}: ${bundle.entities.length} entities, ${bundle.facts.length} facts → public/kb.json`);
