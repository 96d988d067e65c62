// The analyze reply for the content script: what it paints and shows in cards, nothing more. The
// tab's state (side panel) keeps the full result. On pages with very many mentions the reply keeps
// only `max` items (entity mentions + figures) in document order around where the reader is.
// Each content script also gets its page's part of the reader's layer (watched entities, dismissed
// flags), never the whole of it. Pure: no browser API.
import type { AnalysisResult } from '../../utils/analysis/types';
import { note as makeNote, type Note } from '../../utils/analysis/notes';
import { MAX_HIGHLIGHTS, type AnalyzeReply, type Layer, type PageView } from '../../utils/messaging/protocol';
import { flagKey, isFlagged } from '../../utils/ui/flags';

interface Ref {
  s: number;
  e: number; // entity index, or -1 for a figure
  i: number; // mention or figure index
}

export interface Reply {
  reply: AnalyzeReply;
  /** Set when items were left out, for the reader (result.notes). */
  note?: Note;
}

export function replyFor(result: AnalysisResult, layer: Layer, near = 0, max = MAX_HIGHLIGHTS): Reply {
  const refs: Ref[] = [];
  result.entities.forEach((ent, e) => ent.mentions.forEach((m, i) => refs.push({ s: m.start, e, i })));
  result.figures.forEach((f, i) => refs.push({ s: f.start, e: -1, i }));
  let keep: ((e: number, i: number) => boolean) | null = null;
  let note: Note | undefined;
  if (refs.length > max) {
    refs.sort((a, b) => a.s - b.s);
    // A window of `max` items from a little before the reader's position.
    const at = lowerBound(refs, near);
    const from = Math.max(0, Math.min(at - Math.floor(max / 4), refs.length - max));
    const marks = [...result.entities.map((ent) => new Uint8Array(ent.mentions.length)), new Uint8Array(result.figures.length)];
    const figs = marks.length - 1;
    for (const r of refs.slice(from, from + max)) marks[r.e < 0 ? figs : r.e]![r.i] = 1;
    keep = (e, i) => marks[e < 0 ? figs : e]![i] === 1;
    note =
      max === 0
        ? makeNote('highlightLimit', { more: refs.length })
        : makeNote(from === 0 ? 'highlightFirst' : 'highlightAround', { shown: max, total: refs.length });
  }
  const reply: AnalyzeReply = {
    relevant: result.relevant,
    score: result.score,
    reasons: result.reasons,
    ...(result.lang ? { lang: result.lang } : {}),
    entities: keep ? result.entities.map((ent, e) => ({ ...ent, mentions: ent.mentions.filter((_, i) => keep(e, i)) })) : result.entities,
    // `via` (how subject and period were found) is for the side panel only.
    figures: result.figures.filter((_, i) => !keep || keep(-1, i)).map(({ via: _via, ...f }) => f),
    ...(result.readings ? { readings: result.readings } : {}),
    ...(result.notes ? { notes: result.notes } : {}),
    ...pageLayer(result, layer),
  };
  return { reply, note };
}

/** The entities of `result` the reader watches, and its flags the reader dismissed. */
function pageLayer(result: AnalysisResult, layer: Layer): Pick<PageView, 'watched' | 'dismissed'> {
  const ids = new Set(result.entities.map((e) => e.id));
  const keys = new Set(result.figures.filter(isFlagged).map(flagKey));
  return { watched: layer.watched.filter((id) => ids.has(id)), dismissed: layer.dismissed.filter((k) => keys.has(k)) };
}

/** What a page's content script gets when the layer or the enrichment of its page changes. */
export function pageView(result: AnalysisResult, layer: Layer): PageView {
  return { ...pageLayer(result, layer), readings: result.readings ?? {} };
}

function lowerBound(refs: Ref[], s: number): number {
  let lo = 0;
  let hi = refs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (refs[mid]!.s < s) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
