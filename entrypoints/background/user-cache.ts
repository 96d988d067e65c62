// Per-worker-life caches of small user data read on every analysis (settings, own aliases).
// Writers call the invalidate functions; the caches die with the worker anyway.
import { getDb } from '../../utils/db/schema';
import { getSettings, ownAliasPairs } from '../../utils/db/user';
import type { Settings } from '../../utils/messages';

let settings: Promise<Settings> | undefined;
let aliases: Promise<Array<{ text: string; entityId: string }>> | undefined;

export function cachedSettings(): Promise<Settings> {
  settings ??= getSettings(getDb()).catch((e: unknown) => {
    settings = undefined;
    throw e;
  });
  return settings;
}

export function cachedOwnAliases(): Promise<Array<{ text: string; entityId: string }>> {
  aliases ??= ownAliasPairs(getDb()).catch((e: unknown) => {
    aliases = undefined;
    throw e;
  });
  return aliases;
}

export function settingsChanged(s: Settings): void {
  settings = Promise.resolve(s);
}

export function invalidateUserCaches(): void {
  settings = undefined;
  aliases = undefined;
}
