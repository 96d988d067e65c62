// The reader's own layer as seen from an extension page (watchlist, dismissed flags), kept live by
// the background's layerChanged broadcasts, and a cache of entity cards (names, facts with sources,
// note, own aliases) fetched from the background on demand and again when the layer changes.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { servePages, toBackground, type EntityCard } from '@/utils/messaging/protocol';

/** Calls `onChange` with every layerChanged broadcast (`card`: whose card changed, '*' for any). */
export function useLayerChanges(onChange: (card: string | undefined) => void): void {
  const cb = useRef(onChange);
  cb.current = onChange;
  useEffect(() => servePages({ layerChanged: { run: ({ card }) => cb.current(card) } }), []);
}

export function useLayer() {
  const [watched, setWatched] = useState<ReadonlySet<string>>(new Set());
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());

  useEffect(() => {
    toBackground('listWatched', undefined).then(
      (l) => setWatched(new Set(l)),
      () => {},
    );
    toBackground('listDismissed', undefined).then(
      (l) => setDismissed(new Set(l)),
      () => {},
    );
    return servePages({
      layerChanged: {
        run: (layer) => {
          setWatched(new Set(layer.watched));
          setDismissed(new Set(layer.dismissed));
        },
      },
    });
  }, []);

  // The background broadcasts the new layer to every page (this one too).
  const toggleWatch = useCallback((id: string) => toBackground('toggleWatch', { id }), []);
  const dismiss = useCallback((key: string) => toBackground('dismissFlag', { key }), []);

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
    toBackground('getEntityCard', { id }).then(
      (c) => setCards((m) => new Map(m).set(id, c)),
      () => setCards((m) => new Map(m).set(id, null)),
    );
  }, []);

  useEffect(() => {
    for (const id of ids) load(id);
  }, [key, load]);

  // A watch, note or own alias changed (here or in another page): refetch the cards concerned.
  useLayerChanges((card) => {
    for (const id of asked.current) if (card === '*' || id === card) load(id, true);
  });

  const view: CardMap = cards;
  return { cards: view, load, reload: (id: string) => load(id, true) };
}
