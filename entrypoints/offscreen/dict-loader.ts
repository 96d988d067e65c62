// Browser dictionary loader for kuromoji: fetches the gzipped files the build copies into
// /dict/ (see scripts/copy-dict.ts) and inflates them with DecompressionStream.
import type { DictLoader } from '../../utils/analysis/tokenizer/tokenizer';

export function fetchDictLoader(urlFor: (file: string) => string): DictLoader {
  return {
    async loadArrayBuffer(file: string) {
      if (!/^[a-z_]+\.dat\.gz$/.test(file)) throw new Error(`unexpected dictionary file ${file}`);
      let res: Response;
      try {
        res = await fetch(urlFor(file));
      } catch (e) {
        throw new Error(`dictionary ${file}: ${e instanceof Error ? e.message : String(e)}`);
      }
      if (!res.ok || !res.body) throw new Error(`dictionary ${file}: HTTP ${res.status}`);
      const inflated = res.body.pipeThrough(new DecompressionStream('gzip'));
      return new Response(inflated).arrayBuffer();
    },
  };
}
