// Registration of background handlers: every message is checked before its handler runs —
// (a) it comes from this extension (its pages or its content scripts), (b) its payload passes the
// zod schema, (c) messages meant for extension pages only do not come from a content script.
// A rejected message gets an error back (the sender's promise rejects).
import type { GetDataType, GetReturnType } from '@webext-core/messaging';
import { browser, type Browser } from 'wxt/browser';
import { z } from 'zod';
import { bg, isOwnSender, type BackgroundProtocol } from '../../utils/messaging/protocol';

export type Sender = Browser.runtime.MessageSender;
type Type = keyof BackgroundProtocol;
type Data<K extends Type> = GetDataType<BackgroundProtocol[K]>;
type Reply<K extends Type> = GetReturnType<BackgroundProtocol[K]>;

export interface HandlerDef<K extends Type> {
  /** Payload schema; none for messages without data (their payload is ignored). */
  schema?: z.ZodType;
  /** Only extension pages (side panel, popup, options) may send it, not content scripts. */
  pagesOnly?: boolean;
  run(data: Data<K>, sender: Sender): Reply<K> | Promise<Reply<K>>;
}

export type Handlers = { [K in Type]: HandlerDef<K> };

/** True when the sender is one of this extension's own pages (not a content script in a web page). */
export function isExtensionPage(sender: Sender): boolean {
  return !!sender.url && sender.url.startsWith(browser.runtime.getURL('/'));
}

/** Checks one message; returns its validated data or throws the error the sender will see. */
export function check<K extends Type>(type: K, def: HandlerDef<K>, data: unknown, sender: Sender | undefined, ownId: string): Data<K> {
  if (!sender || !isOwnSender(sender, ownId)) throw new Error(`${type}: rejected, not sent by this extension`);
  if (def.pagesOnly && !isExtensionPage(sender)) throw new Error(`${type}: rejected, only extension pages may send it`);
  if (!def.schema) return undefined as Data<K>;
  const parsed = def.schema.safeParse(data);
  if (!parsed.success) throw new Error(`${type}: invalid payload: ${z.prettifyError(parsed.error)}`);
  return parsed.data as Data<K>;
}

export function register(handlers: Handlers): void {
  for (const type of Object.keys(handlers) as Type[]) {
    const def = handlers[type] as HandlerDef<Type>;
    bg.onMessage(type, async ({ data, sender }) => {
      const valid = check(type, def, data, sender, browser.runtime.id);
      return def.run(valid, sender) as never;
    });
  }
}
