// Chrome offscreen document: answers the background's tokenize requests (utils/tokenizer/
// protocol.ts) by relaying them to a dedicated worker that holds kuromoji. Accepts messages
// only from this extension's own background (not from content scripts or other extensions).
// Closes itself when idle, in case the service worker that owns it was stopped meanwhile.
import '../../utils/zod-setup';
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { TOKENIZER_CHANNEL, TokenizeRequestSchema, TokenizeResponseSchema, type TokenizeResponse } from '../../utils/messaging/tokenizer-protocol';

/** Messages of the tokenizer channel (others are not for this document). */
const OnChannel = z.looseObject({ channel: z.literal(TOKENIZER_CHANNEL) });
/** The worker's answer: the request's id, then a TokenizeResponse. */
const FromWorker = z.looseObject({ id: z.number() });

const dictBase = (browser.runtime.getURL as (path: string) => string)('/dict/');
let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<number, (r: TokenizeResponse) => void>();
let idleTimer: ReturnType<typeof setTimeout> | undefined;

function getWorker(): Worker {
  if (worker) return worker;
  const w = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
  w.onmessage = (e: MessageEvent<unknown>) => {
    const head = FromWorker.safeParse(e.data);
    if (!head.success) return;
    const { id, ...rest } = head.data;
    const res = TokenizeResponseSchema.safeParse(rest);
    pending.get(id)?.(res.success ? res.data : { ok: false, error: 'bad reply from the tokenizer worker' });
    pending.delete(id);
  };
  w.onerror = (e) => {
    // A worker that fails to start or crashes answers everything still waiting.
    for (const done of pending.values()) done({ ok: false, error: `tokenizer worker failed: ${e.message || 'error'}` });
    pending.clear();
    worker = undefined;
  };
  return (worker = w);
}

function tokenize(text: string): Promise<TokenizeResponse> {
  return new Promise((resolve) => {
    const id = nextId++;
    pending.set(id, resolve);
    try {
      getWorker().postMessage({ id, text, dictBase });
    } catch (e) {
      pending.delete(id);
      resolve({ ok: false, error: `cannot start the tokenizer worker: ${e instanceof Error ? e.message : String(e)}` });
    }
  });
}

browser.runtime.onMessage.addListener((msg: unknown, sender, sendResponse: (r: TokenizeResponse) => void) => {
  if (!OnChannel.safeParse(msg).success) return false;
  if (sender.id !== browser.runtime.id || sender.tab) return false; // background only
  const req = TokenizeRequestSchema.safeParse(msg);
  if (!req.success) {
    sendResponse({ ok: false, error: 'invalid tokenize request' });
    return false;
  }
  clearTimeout(idleTimer);
  // Margin over the background's own timer, which normally closes this document first.
  idleTimer = setTimeout(() => window.close(), req.data.idleMs + 30_000);
  tokenize(req.data.text).then(sendResponse);
  return true; // async response
});
