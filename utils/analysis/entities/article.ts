// An English name the KB writes with its article (The New York Times, The Wall Street Journal), read in
// running text after a lower-case "the" (according to the New York Times): the article belongs to the
// sentence, not to the name, when the KB also knows the name without it. A capital The mid-sentence
// (reported by The Guardian) is the name's own.
import type { PreparedKb } from '../prepared-kb';
import { foldHan } from '../match/han-fold';
import { toOriginal, type Normalized } from '../text/normalize';
import type { Candidate } from './candidates';

const THE = 'the ';

/** Selected mentions with a lower-case leading "the" left out where the rest is a name of the same entity. */
export function dropArticles(sel: Candidate[], norm: Normalized, text: string, kb: PreparedKb): Candidate[] {
  let out: Candidate[] | null = null;
  for (let i = 0; i < sel.length; i++) {
    const c = sel[i]!;
    if (!norm.text.startsWith(THE, c.ns) || text[c.start] !== 't') continue;
    const ns = c.ns + THE.length;
    const at = kb.aliasIndex.get(foldHan(norm.text.slice(ns, c.ne)));
    if (at === undefined || !kb.matcher.records[at]!.some((r) => r.entityId === c.rec.entityId)) continue;
    const [start] = toOriginal(norm, ns, c.ne);
    out ??= [...sel];
    out[i] = { ...c, ns, start };
  }
  return out ?? sel;
}
