// Per-worker-life caches of small user data read on every analysis (settings, own aliases, the
// watchlist and dismissed flags). Writers call the invalidate functions; the caches die with the
// worker anyway. When storage is unavailable they answer the defaults (nothing cached, so the next
// call tries storage again).
import { getSettings, listDismissed, listWatched, ownAliasPairs } from '../../utils/db/user';
import type { ReaderDb } from '../../utils/db/schema';
import type { Layer } from '../../utils/messaging/protocol';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/settings';
import { openDb } from './storage';

function cached<T>(read: (db: ReaderDb) => Promise<T>, fallback: () => T) {
  let value: Promise<T> | undefined;
  return {
    get(): Promise<T> {
      value ??= openDb()
        .then(read)
        .catch(() => {
          value = undefined;
          return fallback();
        });
      return value;
    },
    set(v: T): void {
      value = Promise.resolve(v);
    },
    clear(): void {
      value = undefined;
    },
  };
}

const settings = cached(getSettings, () => structuredClone(DEFAULT_SETTINGS));
const aliases = cached(ownAliasPairs, () => []);
const layer = cached(
  async (db): Promise<Layer> => ({ watched: await listWatched(db), dismissed: await listDismissed(db) }),
  () => ({ watched: [], dismissed: [] }),
);

export const cachedSettings = (): Promise<Settings> => settings.get();
export const cachedOwnAliases = (): Promise<Array<{ text: string; entityId: string }>> => aliases.get();
export const cachedLayer = (): Promise<Layer> => layer.get();

export function settingsChanged(s: Settings): void {
  settings.set(s);
}

export function invalidateUserCaches(): void {
  settings.clear();
  aliases.clear();
  layer.clear();
}

export function invalidateLayer(): void {
  layer.clear();
}
