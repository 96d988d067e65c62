// Display names of entities for the UI language. Pure.
import type { Entity, Lang } from '../analysis/kb/types';
import type { AnalysisResult } from '../analysis/types';
import type { UiLang } from '../i18n';

const ORDER: Record<UiLang, Lang[]> = {
  ja: ['ja', 'zh-Hant', 'zh-Hans', 'en'],
  en: ['en', 'ja', 'zh-Hans', 'zh-Hant'],
};

/** Canonical name of a KB entity in the UI language (falls back through the other languages). */
export function entityName(e: Pick<Entity, 'id' | 'names'>, lang: UiLang): string {
  for (const l of ORDER[lang]) {
    const n = e.names[l];
    if (n && n.length) return n[0]!;
  }
  return e.id;
}

/**
 * A name lookup for an article: the name the analysis gave (the article's language, as the
 * reader sees it on the page), else the card's name in the UI language, else the id.
 */
export function makeNameOf(result: AnalysisResult | undefined, cards: ReadonlyMap<string, { entity: Entity } | null>, lang: UiLang) {
  const fromResult = new Map((result?.entities ?? []).map((e) => [e.id, e.name]));
  return (id: string): string => {
    const named = fromResult.get(id);
    if (named) return named;
    const card = cards.get(id);
    return card ? entityName(card.entity, lang) : id;
  };
}

/** A source's publisher without the KB's provenance notes: "AI Journal (Business Wire release)" →
 *  "AI Journal" (the whole record stays in the link's title and the exports). */
export function shortPublisher(publisher: string): string {
  const cut = publisher.split(/\s[(（]|;|,\s/)[0]!.trim();
  return cut || publisher;
}

/** A source record as cards show it: short publisher, the full one kept in the title. */
export function shownSource<S extends { publisher: string; title?: string }>(s: S | undefined): S | undefined {
  if (!s) return undefined;
  const short = shortPublisher(s.publisher);
  return short === s.publisher ? s : { ...s, publisher: short, title: s.title ? `${s.title} — ${s.publisher}` : s.publisher };
}
