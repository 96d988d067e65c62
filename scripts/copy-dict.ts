// WXT hook (build:publicAssets): copies kuromoji's dictionary (node_modules/@patdx/kuromoji/
// dict/*.dat.gz, ~17 MB gzipped) into the build's /dict/, where the tokenizer host fetches it.
// The dictionary is never committed to the repository.
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { ResolvedPublicFile, Wxt } from 'wxt';

export function copyDict(wxt: Wxt, files: ResolvedPublicFile[]): void {
  const entry = createRequire(join(wxt.config.root, 'package.json')).resolve('@patdx/kuromoji');
  const dir = join(dirname(dirname(entry)), 'dict'); // .../build/index.mjs → .../dict
  const names = readdirSync(dir).filter((n) => n.endsWith('.dat.gz'));
  if (!names.length) throw new Error(`copy-dict: no *.dat.gz in ${dir}`);
  for (const n of names) files.push({ absoluteSrc: join(dir, n), relativeDest: `dict/${n}` });
}
