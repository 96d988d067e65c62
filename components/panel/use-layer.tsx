// The reader's own layer as seen from the side panel (watchlist, dismissed flags) and a cache of
// entity cards (names, facts with sources) fetched from the background on demand.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { bg, type EntityCard } from '@/utils/messaging/protocol';

export function useLayer() {
  const [watched, setWatched] = useState<Set<string>>(new Set());
  const [dismissed, setDismissed] = useState<Set<string>>(new Set());

  useEffect(() => {
    bg.sendMessage('listWatched', undefined).then((l) => setWatched(new Set(l ?? [])), () => {});
    bg.sendMessage('listDismissed', undefined).then((l) => setDismissed(new Set(l ?? [])), () => {});
  }, []);

  const toggleWatch = useCallback(async (id: string) => {
    const on = await bg.sendMessage('toggleWatch', { id });
    setWatched((w) => {
      const next = new Set(w);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
    return on;
  }, []);

  const dismiss = useCallback(async (key: string) => {
    await bg.sendMessage('dismissFlag', { key });
    setDismissed((d) => new Set(d).add(key));
  }, []);

  return { watched, dismissed, toggleWatch, dismiss };
}

export type CardMap = ReadonlyMap<string, EntityCard | null>;

/** Fetches the cards of `ids` (once each) and returns what has arrived; `reload(id)` refetches one. */
export function useCards(ids: string[]) {
  const [cards, setCards] = useState<Map<string, EntityCard | null>>(new Map());
  const asked = useRef(new Set<string>());
  const key = ids.join('\u0000');

  const load = useCallback((id: string, force = false) => {
    if (!force && asked.current.has(id)) return;
    asked.current.add(id);
    bg.sendMessage('getEntityCard', { id }).then(
      (c) => setCards((m) => new Map(m).set(id, c ?? null)),
      () => setCards((m) => new Map(m).set(id, null)),
    );
  }, []);

  useEffect(() => {
    for (const id of ids) load(id);
  }, [key, load]);

  return { cards: cards as CardMap, load, reload: (id: string) => load(id, true) };
}
