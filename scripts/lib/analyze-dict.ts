// Node-side dictionary loader for kuromoji: reads node_modules/@patdx/kuromoji/dict/*.dat.gz.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { createTokenizer, type DictLoader, type Tokenizer } from '../../utils/analysis/tokenizer/tokenizer';

/** The package's dict/ folder, found through module resolution (works from any cwd). */
export function dictDir(): string {
  const entry = createRequire(import.meta.url).resolve('@patdx/kuromoji'); // .../build/index.mjs
  return join(dirname(dirname(entry)), 'dict');
}

function nodeDictLoader(dir = dictDir()): DictLoader {
  return {
    async loadArrayBuffer(file: string) {
      if (!/^[a-z_]+\.dat\.gz$/.test(file)) throw new Error(`unexpected dictionary file ${file}`);
      const bytes = gunzipSync(await readFile(join(dir, file)));
      return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    },
  };
}

let shared: Promise<Tokenizer> | undefined;
/** One tokenizer per process, built on first use (~1-2 s). */
export function nodeTokenizer(): Promise<Tokenizer> {
  return (shared ??= createTokenizer(nodeDictLoader()));
}
