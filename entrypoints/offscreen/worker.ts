// Dedicated worker that holds kuromoji (~1 s to build, 160-300 MB), spawned by the offscreen
// document so tokenizing never blocks a page or the service worker. Messages come only from
// the offscreen document that created it: {id, text} → {id, ok, tokens | error}.
import { createTokenizer, type Tokenizer } from '../../utils/analysis/tokenizer/tokenizer';
import { packTokens } from '../../utils/analysis/tokenizer/enrich';
import { fetchDictLoader } from './dict-loader';

interface Job {
  id: number;
  text: string;
  dictBase: string; // absolute URL of the extension's /dict/ folder
}

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<Job>) => void) | null;
  postMessage(msg: unknown): void;
};

let tokenizer: Promise<Tokenizer> | undefined;
let loadMs: number | undefined;

scope.onmessage = async (e) => {
  const { id, text, dictBase } = e.data;
  try {
    if (!tokenizer) {
      const t0 = performance.now();
      tokenizer = createTokenizer(fetchDictLoader((f) => dictBase + f)).then((t) => {
        loadMs = Math.round(performance.now() - t0);
        return t;
      });
      tokenizer.catch(() => (tokenizer = undefined)); // let a later request retry
    }
    const tok = await tokenizer;
    scope.postMessage({ id, ok: true, tokens: packTokens(tok.tokenize(text)), loadMs });
  } catch (err) {
    scope.postMessage({ id, ok: false, error: err instanceof Error ? err.message : String(err) });
  }
};
