// Typed request / answer over runtime and tabs messaging, driven by a table of zod schemas (see
// protocol.ts): senders get the answer parsed by the output schema, listeners get the input parsed
// by the input schema, and only from this extension. Envelope { id, type, data, timestamp }; answer
// { res } or { err: { name, message } }. Messages without this envelope (the tokenizer channel) are
// left to their own listeners.
import { browser, type Browser } from 'wxt/browser';
import * as z from 'zod/mini';

export interface MessageDef {
  input: z.ZodMiniType;
  output: z.ZodMiniType;
}
export type Table = Record<string, MessageDef>;
export type In<T extends Table, K extends keyof T> = z.infer<T[K]['input']>;
export type Out<T extends Table, K extends keyof T> = z.infer<T[K]['output']>;
export type Sender = Browser.runtime.MessageSender;
/** How a listener answers one message. */
export interface Handler<T extends Table, K extends keyof T> {
  /** Only extension pages (side panel, popup, options) may send it, not content scripts. */
  pagesOnly?: boolean;
  run(data: In<T, K>, sender: Sender): Out<T, K> | Promise<Out<T, K>>;
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

/** True when a message comes from this extension itself (its pages or its content scripts). */
export function isOwnSender(sender: { id?: string } | undefined, ownId: string): boolean {
  return !!sender && sender.id === ownId;
}

/** True when the sender is one of this extension's own pages (not a content script in a web page). */
export function isExtensionPage(sender: Sender): boolean {
  return !!sender.url && sender.url.startsWith(browser.runtime.getURL('/'));
}

/**
 * The input of a message, checked: (a) it comes from this extension, (b) page-only messages come
 * from an extension page, (c) it passes the input schema. Throws the error the sender sees.
 */
export function checkInput<T extends Table, K extends keyof T & string>(
  table: T, type: K, handler: Pick<Handler<T, K>, 'pagesOnly'>, data: unknown, sender: Sender | undefined, ownId: string,
): In<T, K> {
  if (!sender || !isOwnSender(sender, ownId)) throw new Error(`${type}: rejected, not sent by this extension`);
  if (handler.pagesOnly && !isExtensionPage(sender)) throw new Error(`${type}: rejected, only extension pages may send it`);
  const schema: T[K]['input'] = table[type].input;
  const parsed = z.safeParse(schema, data);
  if (!parsed.success) throw new Error(`${type}: invalid payload: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

function has<T extends object>(obj: T, key: string): key is keyof T & string {
  return Object.hasOwn(obj, key);
}

/**
 * Answers the messages `handlers` names, each checked by checkInput. `table` is asked for on the first
 * message. Returns a function that stops listening.
 */
export function serve<T extends Table>(table: () => T, handlers: Handlers<T>): () => void {
  const run = async <K extends keyof T & string>(type: K, data: unknown, sender: Sender): Promise<Out<T, K>> => {
    const handler = handlers[type];
    if (!handler) throw new Error(`${type}: no handler`);
    return handler.run(checkInput(table(), type, handler, data, sender, browser.runtime.id), sender);
  };
  const listener = (msg: unknown, sender: Sender, sendResponse: (answer: unknown) => void): boolean => {
    // A cheap look first: most runtime messages a page sees are not for this listener.
    if (typeof msg !== 'object' || msg === null || !('type' in msg) || typeof msg.type !== 'string' || !has(handlers, msg.type)) return false;
    const env = z.safeParse(wireSchemas().Envelope, msg);
    if (!env.success || !has(handlers, env.data.type)) return false; // not for this listener
    run(env.data.type, env.data.data, sender).then(
      (res) => sendResponse({ res }),
      (e: unknown) => sendResponse({ err: { name: e instanceof Error ? e.name : 'Error', message: e instanceof Error ? e.message : String(e) } }),
    );
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
