// Span boundaries after resolution: an organisation's name directly followed by a suffix that
// belongs to it (アリババ国際デジタルコマース + 集団, 阿里 + 集团, Tencent + Holdings, 阿里巴巴 + -SW)
// is one mention over the whole, longest sensible span.
import type { PreparedKb } from '../prepared-kb';
import { toOriginal, type Normalized } from '../text/normalize';
import type { Candidate } from './candidates';
import { codeAt, isKatakana, isWordChar } from './chars';

const ORG_TYPES = new Set(['company', 'unit', 'bank']);
// Normalised forms, longest first where one is a prefix of another.
const CJK_SUFFIXES = [
  '事業グループ', '事業群', '事业群', 'ホールディングス', 'ホールディング', 'グループ',
  '集団', '集團', '集团', '控股', '股份',
];
const LATIN_SUFFIXES = [' group', ' holdings', ' holding', '-sw', '-w'];
// A group word that starts a longer word of its own: 集団訴訟 (class action), 集团诉讼.
const NOT_AFTER_GROUP = ['訴訟', '诉讼'];

/** Normalised end of a suffix at ne, or -1. */
function suffixAt(norm: Normalized, text: string, ne: number): number {
  const s = norm.text;
  for (const x of CJK_SUFFIXES) {
    if (!s.startsWith(x, ne)) continue;
    const end = ne + x.length;
    if (isKatakana(x.charCodeAt(x.length - 1)) && isKatakana(codeAt(s, end))) continue;
    if (NOT_AFTER_GROUP.some((w) => s.startsWith(w, end))) continue;
    return end;
  }
  for (const x of LATIN_SUFFIXES) {
    if (!s.startsWith(x, ne)) continue;
    const end = ne + x.length;
    if (isWordChar(codeAt(s, end))) continue;
    // Written with a capital (Group, Holdings, -SW): "the Alibaba group of companies" is no name.
    const letter = x.search(/[a-z]/);
    const [o] = toOriginal(norm, ne + letter, ne + letter + 1);
    const c = text.charCodeAt(o);
    if (!((c >= 65 && c <= 90) || (c >= 0xff21 && c <= 0xff3a))) continue;
    return end;
  }
  return -1;
}

/** Extend selected organisation mentions (sorted, disjoint) over a following suffix. */
export function extendSuffixes(sel: Candidate[], norm: Normalized, text: string, kb: PreparedKb): Candidate[] {
  let out: Candidate[] | null = null;
  for (let i = 0; i < sel.length; i++) {
    const c = sel[i]!;
    const type = kb.entities.get(c.rec.entityId)?.type;
    if (!type || !ORG_TYPES.has(type)) continue;
    let ne = c.ne;
    for (let k = 0; k < 2; k++) {
      const n = suffixAt(norm, text, ne);
      if (n < 0) break;
      ne = n;
    }
    if (ne === c.ne) continue;
    const next = sel[i + 1];
    if (next && next.ns < ne) continue;
    const [, end] = toOriginal(norm, c.ns, ne);
    out ??= [...sel];
    out[i] = { ...c, ne, end };
  }
  return out ?? sel;
}
