// What the hover card and the side panel show about one entity: KB data (all a web page's card
// gets), plus the reader's own data for the side panel.
import type { PreparedKb } from '../analysis/prepared-kb';
import type { EntityCard, KbCard } from '../messaging/protocol';
import type { ReaderDb } from './schema';
import { getNote, isWatched, listOwnAliases } from './user';

/** The card of an entity with the reader's data; db null (storage unavailable): the KB part only. */
export async function entityCard(db: ReaderDb | null, kb: PreparedKb, id: string, lang: 'ja' | 'zh' | 'en' = 'ja'): Promise<EntityCard | null> {
  const card = kbCard(kb, id, lang);
  if (!card) return null;
  const [watched, note, own] = db ? await Promise.all([isWatched(db, id), getNote(db, id), listOwnAliases(db, id)]) : [false, undefined, []];
  return { ...card, watched, note, ownAliases: own.map((a) => a.text) };
}

/** What the KB says about an entity: names, parent, relations, facts newest first with sources. */
export function kbCard(kb: PreparedKb, id: string, lang: 'ja' | 'zh' | 'en' = 'ja'): KbCard | null {
  const entity = kb.entities.get(id);
  if (!entity) return null;
  const ref = (other: string) => ({ id: other, name: kb.name(other, lang), type: kb.entities.get(other)?.type ?? 'unknown' });
  const relations = (kb.relationsByEntity.get(id) ?? []).map((r) => {
    const dir = r.from === id ? ('out' as const) : ('in' as const);
    return { type: r.type, dir, other: ref(dir === 'out' ? r.to : r.from), since: r.since, until: r.until };
  });
  // Newest first: what the article most likely talks about.
  const facts = [...(kb.factsBySubject.get(id) ?? [])]
    .sort((a, b) => factDate(b).localeCompare(factDate(a)))
    .map((f) => ({ ...f, sourceInfo: kb.sources.get(f.source) }));
  return {
    entity,
    parent: entity.parent ? { id: entity.parent, name: kb.name(entity.parent, lang) } : undefined,
    relations,
    facts,
  };
}

function factDate(f: { period?: { end: string }; asOf?: string }): string {
  return f.period?.end ?? f.asOf ?? '';
}
