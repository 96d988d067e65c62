// Typed request / answer over runtime and tabs messaging, driven by a table of zod schemas (see
// protocol.ts): senders get the answer parsed by the output schema, listeners get the input parsed
// by the input schema, and only from the senders the message allows. Envelope { id, type, data,
// timestamp }; answer { res } or { err: { name, message } }. A message that fails a check is dropped
// with a logged reason (the sender gets the error); no check throws out of the listener. Messages
// without this envelope (the tokenizer channel) are left to their own listeners.
import { browser, type Browser } from 'wxt/browser';
import * as z from 'zod/mini';

/**
 * Who may send a message. 'extension': the extension's own pages and its background (never a
 * content script); 'content': a content script, about its own tab and page only; 'any': either.
 * Nobody else (web pages, other extensions) may send anything.
 */
export type From = 'extension' | 'content' | 'any';

export interface MessageDef {
  input: z.ZodMiniType;
  output: z.ZodMiniType;
  from: From;
}
export type Table = Record<string, MessageDef>;
export type In<T extends Table, K extends keyof T> = z.infer<T[K]['input']>;
export type Out<T extends Table, K extends keyof T> = z.infer<T[K]['output']>;
export type Sender = Browser.runtime.MessageSender;

/** Who a checked message came from: an extension context, or a content script (its tab, frame and page). */
export type Caller = { kind: 'extension' } | { kind: 'content'; tabId: number; frameId: number; url: string };

/** How a listener answers one message. */
interface Handler<T extends Table, K extends keyof T> {
  run(data: In<T, K>, sender: Sender, caller: Caller): Out<T, K> | Promise<Out<T, K>>;
}
/** Handlers for some of a table's messages. */
export type Handlers<T extends Table> = { [K in keyof T]?: Handler<T, K> };

/** The envelope and the answer, built on first use (like the protocol's schemas). */
function buildWire() {
  return {
    Envelope: z.object({ type: z.string().check(z.maxLength(100)), data: z.optional(z.unknown()), timestamp: z.number() }),
    Answer: z.union([z.object({ err: z.object({ message: z.string() }) }), z.object({ res: z.unknown() })]),
  };
}
let wire: ReturnType<typeof buildWire> | undefined;
const wireSchemas = () => (wire ??= buildWire());

let seq = Math.floor(Math.random() * 1e4);

/** Where a message goes: the background and extension pages (none), or one tab (and frame). */
export interface Target {
  tabId: number;
  frameId?: number;
}

/** Sends a message and resolves with the answer (parsed); rejects with the listener's error. */
export async function send<T extends Table, K extends keyof T & string>(table: T, type: K, data: In<T, K>, target?: Target): Promise<Out<T, K>> {
  const msg = { id: seq++, type, data, timestamp: Date.now() };
  const raw: unknown = target
    ? await browser.tabs.sendMessage(target.tabId, msg, target.frameId === undefined ? {} : { frameId: target.frameId })
    : await browser.runtime.sendMessage(msg);
  const answer = z.safeParse(wireSchemas().Answer, raw);
  if (!answer.success) throw new Error(`${type}: no answer`);
  if ('err' in answer.data) throw new Error(answer.data.err.message);
  const schema: T[K]['output'] = table[type].output;
  const out = z.safeParse(schema, answer.data.res);
  if (!out.success) throw new Error(`${type}: invalid answer: ${z.prettifyError(out.error)}`);
  return out.data;
}

/** True when a message comes from this extension itself (its pages, background or content scripts). */
function isOwnSender(sender: { id?: string } | undefined, ownId: string): boolean {
  return !!sender && sender.id === ownId;
}

/** The extension's own origin, with a trailing slash ('chrome-extension://<id>/'). */
const ownBase = () => browser.runtime.getURL('/');

/**
 * Who sent a message: an extension context (a page or the background: its URL is the extension's
 * own), a content script (in a tab, at a web page's URL), or neither (null). Chrome and Firefox set
 * `url`, `origin` and `tab` themselves; a page cannot choose them.
 */
function callerOf(sender: Sender | undefined, ownId: string, base = ownBase()): Caller | null {
  if (!sender || !isOwnSender(sender, ownId)) return null;
  const url = sender.url ?? '';
  const origin = (sender as { origin?: string }).origin;
  if (url.startsWith(base)) {
    // Chrome also names the origin: it must be the extension's too.
    return origin === undefined || base === origin + '/' ? { kind: 'extension' } : null;
  }
  const tabId = sender.tab?.id;
  if (tabId === undefined || tabId < 0 || !/^https?:/i.test(url)) return null;
  return { kind: 'content', tabId, frameId: sender.frameId ?? 0, url };
}

/** A message refused by its checks (sender or payload); the listener logs it and answers with it. */
class Refused extends Error {
  override name = 'Refused';
}

/**
 * The input of a message, checked: (a) it comes from this extension, (b) from a kind of sender the
 * message allows (`from`), (c) it passes the input schema. Throws a Refused error the sender sees.
 */
export function checkInput<T extends Table, K extends keyof T & string>(
  table: T,
  type: K,
  data: unknown,
  sender: Sender | undefined,
  ownId: string,
  base = ownBase(),
): { data: In<T, K>; caller: Caller } {
  const caller = callerOf(sender, ownId, base);
  if (!caller) throw new Refused(`${type}: rejected, not sent by this extension`);
  const from = table[type].from;
  if (from === 'extension' && caller.kind !== 'extension') throw new Refused(`${type}: rejected, only extension pages may send it`);
  if (from === 'content' && caller.kind !== 'content') throw new Refused(`${type}: rejected, only a content script may send it`);
  const schema: T[K]['input'] = table[type].input;
  const parsed = z.safeParse(schema, data);
  if (!parsed.success) throw new Refused(`${type}: invalid payload: ${z.prettifyError(parsed.error)}`);
  return { data: parsed.data, caller };
}

function has<T extends object>(obj: T, key: string): key is keyof T & string {
  return Object.hasOwn(obj, key);
}

/**
 * Answers the messages `handlers` names, each checked by checkInput. `table` is asked for on the first
 * message. A refused message is logged and answered with the reason. Returns a function that stops
 * listening.
 */
export function serve<T extends Table>(table: () => T, handlers: Handlers<T>): () => void {
  const run = async <K extends keyof T & string>(type: K, data: unknown, sender: Sender): Promise<Out<T, K>> => {
    const handler = handlers[type];
    if (!handler) throw new Error(`${type}: no handler`);
    const checked = checkInput(table(), type, data, sender, browser.runtime.id);
    return handler.run(checked.data, sender, checked.caller);
  };
  const listener = (msg: unknown, sender: Sender, sendResponse: (answer: unknown) => void): boolean => {
    // A cheap look first: most runtime messages a page sees are not for this listener.
    if (typeof msg !== 'object' || msg === null || !('type' in msg) || typeof msg.type !== 'string' || !has(handlers, msg.type)) return false;
    const env = z.safeParse(wireSchemas().Envelope, msg);
    if (!env.success || !has(handlers, env.data.type)) return false; // not for this listener
    const type = env.data.type;
    run(type, env.data.data, sender).then(
      (res) => sendResponse({ res }),
      (e: unknown) => {
        if (e instanceof Refused) console.warn(`[reader-companion] message dropped: ${e.message}`);
        sendResponse({ err: { name: e instanceof Error ? e.name : 'Error', message: e instanceof Error ? e.message : String(e) } });
      },
    );
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
