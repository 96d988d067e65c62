// A person's given name standing alone in English ("working closely with Joe and Eddie", "said
// Daniel") names the person once the page has written the full name (Joe Tsai, Eddie Wu; or Joseph C.
// Tsai, whose KB names give Joe): the same
// person, when no other person the page names shares that given name. Not where it starts a longer
// name (Joe Biden) or ends one (Billy Joe), and not before the full name appears.
import type { PreparedKb } from '../prepared-kb';
import { toOriginal, type Normalized } from '../text/normalize';
import type { Candidate } from './candidates';

const isLower = (c: number) => c >= 97 && c <= 122;
const isUpper = (c: number) => c >= 65 && c <= 90;
const isLetter = (c: number) => isLower(c) || isUpper(c);
// A full Latin name as written: two or more capitalised words.
const FULL = /^([A-Z][a-z]{2,})(?: [A-Z][A-Za-z.'-]+)+$/;

/** Selected mentions (sorted, disjoint) with the given names of fully named people added. */
export function givenNames(sel: Candidate[], norm: Normalized, text: string, kb: PreparedKb): Candidate[] {
  // Given name (lower case) → the person and where the full name first appears; null when shared.
  const given = new Map<string, { id: string; at: number } | null>();
  const put = (g: string, id: string, at: number) => {
    const cur = given.get(g);
    if (cur === undefined) given.set(g, { id, at });
    else if (cur && cur.id !== id) given.set(g, null);
  };
  for (const c of sel) {
    const e = kb.entities.get(c.rec.entityId);
    if (e?.type !== 'person') continue;
    const m = FULL.exec(text.slice(c.start, c.end));
    if (!m) continue;
    put(m[1]!.toLowerCase(), e.id, c.ne);
    // The person's other English names give their given names too (Joe for Joseph C. Tsai).
    for (const n of e.names.en ?? []) {
      const k = FULL.exec(n);
      if (k) put(k[1]!.toLowerCase(), e.id, c.ne);
    }
  }
  if (!given.size) return sel;
  // A given name that another person's full name starts with (Joe Biden beside Joe Tsai) is shared too.
  for (const c of sel) {
    if (kb.entities.get(c.rec.entityId)?.type !== 'person') continue;
    const first = /^[A-Za-z]+/.exec(text.slice(c.start, c.end))?.[0]?.toLowerCase();
    const cur = first ? given.get(first) : undefined;
    if (cur && cur.id !== c.rec.entityId) given.set(first!, null);
  }
  const s = norm.text;
  const taken = (a: number, b: number) => sel.some((c) => c.ns < b && a < c.ne);
  const added: Candidate[] = [];
  for (const [g, who] of given) {
    if (!who) continue;
    for (let i = s.indexOf(g, who.at); i >= 0; i = s.indexOf(g, i + 1)) {
      const e = i + g.length;
      if (isLetter(s.charCodeAt(i - 1)) || isLetter(s.charCodeAt(e)) || taken(i, e)) continue;
      const [start, end] = toOriginal(norm, i, e);
      if (!isUpper(text.charCodeAt(start))) continue;
      // Not a part of a longer name: a capitalised word right after or right before it.
      if (/^ [A-Z]/.test(text.slice(end, end + 2)) || /[A-Z][a-z]* $/.test(text.slice(Math.max(0, start - 20), start))) continue;
      added.push({
        ns: i,
        ne: e,
        start,
        end,
        key: g,
        conditional: false,
        rec: { entityId: who.id, text: text.slice(start, end), kind: 'surname', lang: 'en', ambiguous: false, caseSensitive: true, numericTicker: false },
      });
    }
  }
  if (!added.length) return sel;
  return [...sel, ...added].sort((a, b) => a.ns - b.ns);
}

// A middle initial between a given name and the surname (Joe C. Tsai, Eddie Y. Wu).
const MIDDLE = /([A-Z][a-z]+) [A-Z]\. $/;

/** Is the person's mention (Tsai) right after a given name the KB's English names give the person
 *  and a middle initial (Joe C. Tsai)? Then it names the person in full. */
export function afterGivenInitial(c: Candidate, text: string, kb: PreparedKb): number {
  const e = kb.entities.get(c.rec.entityId);
  if (e?.type !== 'person') return 0;
  const m = MIDDLE.exec(text.slice(Math.max(0, c.start - 24), c.start));
  if (!m) return 0;
  const names = [...(e.names.en ?? []), ...(e.aliases ?? []).filter((a) => a.lang === 'en').map((a) => a.text)];
  return names.some((n) => FULL.exec(n)?.[1] === m[1]) ? m[0].length : 0;
}

/** Such a mention spans the whole name. */
export function middleInitials(sel: Candidate[], norm: Normalized, text: string, kb: PreparedKb): Candidate[] {
  return sel.map((c, i) => {
    const n = afterGivenInitial(c, text, kb);
    if (!n) return c;
    const start = c.start - n;
    let ns = c.ns;
    while (ns > 0 && norm.map[ns - 1]! >= start) ns--;
    const prev = sel[i - 1];
    return prev && prev.ne > ns ? c : { ...c, ns, start };
  });
}
