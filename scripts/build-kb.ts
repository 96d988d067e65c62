// Validates kb/**/*.jsonl and writes the bundle the extension ships: public/kb.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildBundle } from '../utils/analysis/kb/bundle';
import { ROOT, readKbFiles } from './lib/kb-files';

const { bundle, issues } = buildBundle(readKbFiles());
if (issues.length) {
  for (const i of issues) console.error(`kb/${i.file}:${i.line}: ${i.message}`);
  process.exit(1);
}
mkdirSync(join(ROOT, 'public'), { recursive: true });
writeFileSync(join(ROOT, 'public/kb.json'), JSON.stringify(bundle));
console.log(`kb ${bundle.version}: ${bundle.entities.length} entities, ${bundle.facts.length} facts → public/kb.json`);
