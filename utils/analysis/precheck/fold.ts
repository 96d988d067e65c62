// The pre-check's folding of one code unit (and of a term): what it ignores and what it equates.
export const SKIP = -1;
// Half-width katakana FF66..FF9D → full-width.
const HALF = 'ヲァィゥェォャュョッーアイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン';

/** Folded code unit of c (-1 = ignore): lower-case ASCII, full-width → ASCII, voiced kana → plain, dots and zero-width dropped. */
export function fold(c: number): number {
  if (c < 128) {
    if (c >= 65 && c <= 90) return c + 32;
    if (c === 9 || c === 10 || c === 13) return 32;
    return c;
  }
  if (c >= 0xff01 && c <= 0xff5e) return fold(c - 0xfee0);
  if (c >= 0xff66 && c <= 0xff9d) return fold(HALF.charCodeAt(c - 0xff66));
  if (c === 0xff9e || c === 0xff9f || (c >= 0x3099 && c <= 0x309c)) return SKIP;
  if (c === 0x30fb || c === 0xff65 || c === 0xb7 || c === 0x2022 || c === 0x2027 || c === 0x2219 || c === 0x22c5) return SKIP;
  if (c === 0x200b || c === 0x200c || c === 0x200d || c === 0xfeff || c === 0x2060 || c === 0xad) return SKIP;
  // bidi marks, embeddings and isolates (as in normalize's INVISIBLE)
  if (c === 0x200e || c === 0x200f || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c === 0x061c) return SKIP;
  if (c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a)) return 32;
  // Voiced/semi-voiced katakana and hiragana → the plain kana (バ → ハ, パ → ハ, ヴ → ウ).
  if ((c >= 0x30ab && c <= 0x30c2) || (c >= 0x304b && c <= 0x3062)) return (c - (c >= 0x30ab ? 0x30ab : 0x304b)) % 2 === 1 ? c - 1 : c;
  if ((c >= 0x30c4 && c <= 0x30c9) || (c >= 0x3064 && c <= 0x3069)) return (c - (c >= 0x30c4 ? 0x30c4 : 0x3064)) % 2 === 1 ? c - 1 : c;
  if ((c >= 0x30cf && c <= 0x30dd) || (c >= 0x306f && c <= 0x307d))
    return (c - (c >= 0x30cf ? 0x30cf : 0x306f)) % 3 === 0 ? c : c - ((c - (c >= 0x30cf ? 0x30cf : 0x306f)) % 3);
  if (c === 0x30f4) return 0x30a6;
  return c;
}

export function foldTerm(s: string): string {
  let out = '';
  let last = -2;
  for (let i = 0; i < s.length; i++) {
    const f = fold(s.charCodeAt(i));
    if (f === SKIP || (f === 32 && last === 32)) continue;
    out += String.fromCharCode(f);
    last = f;
  }
  return out.trim();
}
