// Validates kb/**/*.jsonl and writes the bundle the extension ships (public/kb.json), the
// pre-check's name lists derived from it (utils/analysis/precheck/kb-terms.generated.ts) and the
// pre-check's automaton compiled from those lists (automaton.generated.ts: nothing to build on a page).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildBundle } from '../utils/analysis/kb/bundle';
import { PreparedKb } from '../utils/analysis/prepared-kb';
import { precheckTermsFromKb, renderPrecheckTerms } from '../utils/analysis/precheck/kb-terms';
import { compileAutomaton, renderAutomaton } from '../utils/analysis/precheck/automaton-build';
import { ROOT, readKbFiles } from './lib/kb-files';

const { bundle, issues } = buildBundle(readKbFiles());
if (issues.length) {
  for (const i of issues) console.error(`kb/${i.file}:${i.line}: ${i.message}`);
  process.exit(1);
}
mkdirSync(join(ROOT, 'public'), { recursive: true });
writeFileSync(join(ROOT, 'public/kb.json'), JSON.stringify(bundle));
const lists = precheckTermsFromKb(new PreparedKb(bundle));
writeFileSync(join(ROOT, 'utils/analysis/precheck/kb-terms.generated.ts'), renderPrecheckTerms(lists, bundle.version));
const automaton = compileAutomaton({ core: lists.core, race: lists.race, chip: lists.chip, word: new Set(lists.word) });
writeFileSync(join(ROOT, 'utils/analysis/precheck/automaton.generated.ts'), renderAutomaton(automaton, bundle.version));
console.log(`kb ${bundle.version}: ${bundle.entities.length} entities, ${bundle.facts.length} facts → public/kb.json`);
