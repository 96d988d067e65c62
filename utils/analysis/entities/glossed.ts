// A name with its reading glossed inside it: 含光(Hanguang)800 is the chip 含光800, 雲栖大会(Apsara
// Conference)2025 the 2025 conference. When a parenthesised Latin gloss stands between a name's
// head and its number (or an event's year), the whole is one candidate of the entity the head and
// the number name together (head + number, or gloss + number, is a KB name; an event + a year).
import type { PreparedKb } from '../prepared-kb';
import { toOriginal, type Normalized } from '../text/normalize';
import type { Candidate } from './candidates';
import { foldHan } from '../match/han-fold';

const GLOSSED = /[(（]([a-z][a-z .-]{1,40})[)）](\d[0-9a-z.]{0,7})/g;
const MAX_HEAD = 8;

/** Candidates for glossed names in the text. */
export function glossedCandidates(norm: Normalized, text: string, kb: PreparedKb): Candidate[] {
  const s = foldHan(norm.text); // same length: keys are folded the same way
  const out: Candidate[] = [];
  const { keys, records } = kb.matcher;
  const index = kb.aliasIndex;
  for (let m = GLOSSED.exec(s); m; m = GLOSSED.exec(s)) {
    const open = m.index;
    const [, gloss, tail] = m as unknown as [string, string, string];
    const year = /^(19|20)\d\d$/.test(tail);
    // The longest head that with the number is a KB name (含光 + 800), or an event with its year.
    let hit: { len: number; p: number } | undefined;
    for (let len = 1; len <= Math.min(MAX_HEAD, open); len++) {
      const head = s.slice(open - len, open);
      const p = index.get(head + tail) ?? (year ? eventOf(kb, index.get(head)) : undefined);
      if (p !== undefined) hit = { len, p };
    }
    // Else the gloss with the number (Hanguang 800) over the run of Han chars before it.
    if (!hit) {
      const p = index.get(`${gloss} ${tail}`) ?? index.get(gloss + tail);
      let len = 0;
      while (len < MAX_HEAD && open - len > 0 && isHan(s.charCodeAt(open - len - 1))) len++;
      if (p !== undefined && len > 0) hit = { len, p };
    }
    if (!hit) continue;
    const rec = records[hit.p]!.find((r) => !r.ambiguous) ?? records[hit.p]![0]!;
    const ns = open - hit.len;
    const ne = open + m[0].length;
    const [start, end] = toOriginal(norm, ns, ne);
    out.push({ ns, ne, start, end, rec: { ...rec, text: text.slice(start, end) }, key: keys[hit.p]!, conditional: rec.ambiguous });
  }
  return out;
}

const isHan = (c: number) => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);

/** The key index of an event's name, else undefined. */
function eventOf(kb: PreparedKb, p: number | undefined): number | undefined {
  if (p === undefined) return undefined;
  return kb.matcher.records[p]!.some((r) => kb.entities.get(r.entityId)?.type === 'event') ? p : undefined;
}
