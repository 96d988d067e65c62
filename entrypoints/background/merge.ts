// A page sent in chunks (first pass + late content): each chunk is analysed on its own, with offsets
// local to the chunk; the tab's state holds the whole page, offsets shifted to page positions.
// Pure: no browser API.
import type { AnalysisResult, Mention } from '../../utils/analysis/types';
import { uniqueNotes } from '../../utils/analysis/notes';

const shift = <T extends { start: number; end: number }>(x: T, by: number): T => (by ? { ...x, start: x.start + by, end: x.end + by } : x);

/** The result with every offset moved by `by` (mentions, figures, proper nouns). */
export function shiftResult(r: Partial<AnalysisResult>, by: number): Partial<AnalysisResult> {
  if (!by) return r;
  return {
    ...r,
    entities: r.entities?.map((e) => ({ ...e, mentions: e.mentions.map((m) => shift(m, by)) })),
    figures: r.figures?.map((f) => shift(f, by)),
    unknownProperNouns: r.unknownProperNouns?.map((p) => shift(p, by)),
  };
}

/**
 * Adds a part (a later chunk's result, or the tokenizer's additions) to the page's result; `offset`
 * is where that chunk starts in the page. Relevance stays the first chunk's (the content script
 * decides on it too).
 */
export function mergeResult(page: AnalysisResult, part: Partial<AnalysisResult>, offset: number): AnalysisResult {
  const p = shiftResult(part, offset);
  const out: AnalysisResult = { ...page };
  if (p.entities?.length) {
    const byId = new Map(page.entities.map((e) => [e.id, { ...e, mentions: [...e.mentions] }]));
    for (const e of p.entities) {
      const cur = byId.get(e.id);
      if (!cur) byId.set(e.id, { ...e, mentions: [...e.mentions] });
      else {
        cur.mentions = dedupe([...cur.mentions, ...e.mentions]);
        if (e.salience !== undefined) cur.salience = Math.max(cur.salience ?? 0, e.salience);
      }
    }
    out.entities = [...byId.values()];
  }
  if (p.figures?.length) out.figures = [...page.figures, ...p.figures].sort((a, b) => a.start - b.start);
  if (p.unknownProperNouns?.length) {
    const seen = new Set((page.unknownProperNouns ?? []).map((n) => n.start));
    out.unknownProperNouns = [...(page.unknownProperNouns ?? []), ...p.unknownProperNouns.filter((n) => !seen.has(n.start))];
  }
  if (p.readings) out.readings = { ...page.readings, ...p.readings };
  if (p.notes?.length) out.notes = uniqueNotes([...(page.notes ?? []), ...p.notes]);
  return out;
}

function dedupe(ms: Mention[]): Mention[] {
  const seen = new Set<string>();
  return ms
    .filter((m) => {
      const k = `${m.start}:${m.end}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .sort((a, b) => a.start - b.start);
}

/** Distinct entities found: the toolbar badge. */
export function badgeText(r: AnalysisResult | undefined): string {
  if (!r?.relevant) return '';
  const n = new Set(r.entities.filter((e) => e.mentions.length > 0).map((e) => e.id)).size;
  return n > 0 ? String(n > 999 ? '999+' : n) : '';
}
