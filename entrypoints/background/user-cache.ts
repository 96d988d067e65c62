// Per-worker-life caches of small user data read on every analysis (settings, own aliases).
// Writers call the invalidate functions; the caches die with the worker anyway. When storage is
// unavailable they answer the defaults (nothing cached, so the next call tries storage again).
import { getSettings, ownAliasPairs } from '../../utils/db/user';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/messaging/protocol';
import { openDb } from './storage';

let settings: Promise<Settings> | undefined;
let aliases: Promise<Array<{ text: string; entityId: string }>> | undefined;

export function cachedSettings(): Promise<Settings> {
  settings ??= openDb()
    .then(getSettings)
    .catch(() => {
      settings = undefined;
      return structuredClone(DEFAULT_SETTINGS);
    });
  return settings;
}

export function cachedOwnAliases(): Promise<Array<{ text: string; entityId: string }>> {
  aliases ??= openDb()
    .then(ownAliasPairs)
    .catch(() => {
      aliases = undefined;
      return [];
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
