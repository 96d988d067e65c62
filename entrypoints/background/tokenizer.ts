// Background side of the tokenizer: readings and unknown proper nouns, computed AFTER the
// first highlights (the first results never wait for kuromoji). On Chrome, kuromoji lives in
// an offscreen document (reason WORKERS: the document only spawns the worker that holds the
// dictionary, so ~1 s of building and 160-300 MB stay out of the service worker, and the
// memory is released by closing the document after idle). On Firefox (no offscreen API) it
// loads in the background page itself and is dropped after idle. (runtime.getContexts: Chrome 116,
// below the manifest's minimum_chrome_version.)
import { browser } from 'wxt/browser';
import type { PreparedKb } from '../../utils/analysis/prepared-kb';
import type { AnalysisResult } from '../../utils/analysis/types';
import { enrichFromTokens, unpackTokens } from '../../utils/analysis/tokenizer/enrich';
import { tokenizerText } from '../../utils/analysis/tokenizer/select';
import { TOKENIZER_CHANNEL, TokenizeResponseSchema } from '../../utils/messaging/tokenizer-protocol';
import { createTokenizer, type Token, type Tokenizer } from '../../utils/analysis/tokenizer/tokenizer';
import { fetchDictLoader } from '../offscreen/dict-loader';
import { note } from '../../utils/analysis/notes';

export interface TokenizerConfig {
  /** Release kuromoji this long after the last use. */
  idleMs: number;
  /** Give up on one enrich() after this long (load + tokenize). */
  timeoutMs: number;
  /** Only the first this-many characters are tokenized (~70 ms per 12k warm). */
  maxChars: number;
}

const config: TokenizerConfig = { idleMs: 3 * 60_000, timeoutMs: 20_000, maxChars: 300_000 };
const OFFSCREEN_PATH = 'offscreen.html';
/** runtime.getURL, untyped: its typing lists only public/ files, not /dict/ or new pages. */
const getURL = (path: string) => (browser.runtime.getURL as (p: string) => string)(path);

/** For tests and settings: shorter idle release, shorter timeout. */
export function configureTokenizer(c: Partial<TokenizerConfig>): void {
  Object.assign(config, c);
}

/** Unknown proper nouns and kanji-name readings for an analysed text. Never rejects, never hangs. */
export async function enrich(text: string, result: AnalysisResult, kb: PreparedKb): Promise<Partial<AnalysisResult>> {
  inFlight++;
  clearTimeout(idleTimer);
  try {
    const part = text.length > config.maxChars ? text.slice(0, config.maxChars) : text;
    // Only the sentences that may hold a new name (utils/tokenizer/select.ts); none: kuromoji is not even loaded.
    const input = tokenizerText(part, result, kb);
    const tokens = /[^\n]/.test(input) ? await withTimeout(tokenize(input), config.timeoutMs) : [];
    const out: Partial<AnalysisResult> = enrichFromTokens(tokens, text, result, kb);
    if (part.length < text.length) out.notes = [note('tokenizerPartial', { chars: config.maxChars })];
    return out;
  } catch (e) {
    if (e instanceof TimeoutError) void release(); // a stuck host is restarted on the next call
    return { notes: [note('tokenizerUnavailable', { reason: e instanceof Error ? e.message : String(e) })] };
  } finally {
    inFlight--;
    scheduleRelease();
  }
}

const useOffscreen = () => typeof browser.offscreen?.createDocument === 'function';

function tokenize(text: string): Promise<Token[]> {
  return useOffscreen() ? tokenizeOffscreen(text) : tokenizeLocal(text);
}

// --- Chrome: offscreen document ---

let creating: Promise<void> | undefined;

async function hasDocument(): Promise<boolean> {
  const url = getURL(`/${OFFSCREEN_PATH}`);
  const contexts = await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [url] });
  return contexts.length > 0;
}

async function ensureDocument(): Promise<void> {
  if (await hasDocument()) return;
  creating ??= browser.offscreen
    .createDocument({
      url: OFFSCREEN_PATH,
      reasons: ['WORKERS'],
      justification: 'Runs the Japanese tokenizer (kuromoji) in a worker to find names and readings on news pages.',
    })
    .catch(async (e) => {
      if (!(await hasDocument())) throw e; // lost a race with another creator: fine
    })
    .finally(() => (creating = undefined));
  await creating;
}

async function tokenizeOffscreen(text: string): Promise<Token[]> {
  await ensureDocument();
  const msg = { channel: TOKENIZER_CHANNEL, type: 'tokenize', text, idleMs: config.idleMs };
  let raw: unknown;
  for (let attempt = 0; ; attempt++) {
    try {
      raw = await browser.runtime.sendMessage(msg);
      break;
    } catch (e) {
      // The document exists but its script has not registered its listener yet.
      if (attempt >= 20 || !/Receiving end does not exist/i.test(String(e))) throw e;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const res = TokenizeResponseSchema.safeParse(raw);
  if (!res.success) throw new Error('bad reply from the tokenizer host');
  if (!res.data.ok) throw new Error(res.data.error);
  return unpackTokens(res.data.tokens, text);
}

// --- Firefox (no offscreen API): in the background page itself ---

let local: Promise<Tokenizer> | undefined;

async function tokenizeLocal(text: string): Promise<Token[]> {
  if (!local) {
    local = createTokenizer(fetchDictLoader((f) => getURL(`/dict/${f}`)));
    local.catch(() => (local = undefined)); // retry on the next call
  }
  return (await local).tokenize(text);
}

// --- release after idle ---

let idleTimer: ReturnType<typeof setTimeout> | undefined;
let inFlight = 0;

/** Starts the idle countdown once nothing is waiting for the tokenizer. */
function scheduleRelease(): void {
  clearTimeout(idleTimer);
  if (inFlight === 0) idleTimer = setTimeout(() => void release(), config.idleMs);
}

/** Frees kuromoji now (closes the offscreen document / drops the local instance). */
export async function release(): Promise<void> {
  clearTimeout(idleTimer);
  local = undefined;
  if (useOffscreen()) {
    try {
      if (await hasDocument()) await browser.offscreen.closeDocument();
    } catch {
      // already closed
    }
  }
}

class TimeoutError extends Error {}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const t = setTimeout(() => reject(new TimeoutError(`no answer within ${Math.round(ms / 1000)} s`)), ms);
    p.then(
      (v) => (clearTimeout(t), resolve(v)),
      (e) => (clearTimeout(t), reject(e)),
    );
  });
}
