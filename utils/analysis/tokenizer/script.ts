// Character-class helpers for the tokenizer's post-processing. Pure.

export function isKanji(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || c === 0x3005; // 々
}

export function isKatakana(c: number): boolean {
  return (c >= 0x30a1 && c <= 0x30fa) || c === 0x30fc || (c >= 0x31f0 && c <= 0x31ff) || (c >= 0xff66 && c <= 0xff9f);
}

/** Middle dots used inside foreign names (エディ・ウー). */
export function isNameDot(c: number): boolean {
  return c === 0x30fb || c === 0xff65 || c === 0x00b7 || c === 0x2027;
}

export const allKanji = (s: string) => s.length > 0 && every(s, isKanji);
export const allKatakana = (s: string) => s.length > 0 && every(s, (c) => isKatakana(c) || isNameDot(c)) && some(s, isKatakana);
export const hasKanji = (s: string) => some(s, isKanji);

/** Latin word that looks like a name: starts upper-case and has a lower-case letter (DeepSeek, Moonshot). */
export function isLatinName(s: string): boolean {
  return s.length >= 3 && /^[A-Z][A-Za-z0-9.&'-]*[a-z][A-Za-z0-9.&'-]*$/.test(s);
}

/** Compare key for names: NFKC, no spaces or middle dots, lower case. */
export function nameKey(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[\s・･·‧=＝]/g, '')
    .toLowerCase();
}

function every(s: string, f: (c: number) => boolean): boolean {
  for (let i = 0; i < s.length; i++) if (!f(s.charCodeAt(i))) return false;
  return true;
}
function some(s: string, f: (c: number) => boolean): boolean {
  for (let i = 0; i < s.length; i++) if (f(s.charCodeAt(i))) return true;
  return false;
}
