// Numerals spelled in hiragana (にせんにひゃくごじゅうろく = 2256, さんびゃく = 300, いっせんまん = 10,000,000),
// as speech transcripts and readings write them: the whole hiragana word is read into kanji numerals
// (二千二百五十六) for the kanji grammar. A word that is not entirely a numeral is not one (に, ご, し
// are particles and words): the figure extractor never starts a figure at kana.

/** Readings → kanji, longest first (sound changes included: びゃく, ぴゃく, ぜん, いっ, ろっ, はっ). */
const READINGS: Array<[string, string]> = [
  ['きゅう', '九'],
  ['じゅう', '十'],
  ['ひゃく', '百'],
  ['びゃく', '百'],
  ['ぴゃく', '百'],
  ['ちょう', '兆'],
  ['いち', '一'],
  ['いっ', '一'],
  ['さん', '三'],
  ['よん', '四'],
  ['ろく', '六'],
  ['ろっ', '六'],
  ['なな', '七'],
  ['しち', '七'],
  ['はち', '八'],
  ['はっ', '八'],
  ['せん', '千'],
  ['ぜん', '千'],
  ['まん', '万'],
  ['おく', '億'],
  ['れい', '〇'],
  ['ぜろ', '〇'],
  ['に', '二'],
  ['し', '四'],
  ['ご', '五'],
  ['く', '九'],
];
const FIRST = new Set(READINGS.map(([r]) => r[0]!));
const isHiragana = (ch: string | undefined) => ch !== undefined && ch >= '\u3041' && ch <= '\u309f';

/** Can a hiragana numeral start at i? */
export const kanaNumeralStart = (s: string, i: number) => FIRST.has(s[i] ?? '') && !isHiragana(s[i - 1]);

/** The hiragana word at i read as kanji numerals, and its end; null when it is not all numeral. */
export function kanaToKanji(s: string, i: number): { kanji: string; end: number } | null {
  if (!kanaNumeralStart(s, i)) return null;
  let j = i;
  let out = '';
  while (j < s.length && isHiragana(s[j]) && out.length < 40) {
    const r = READINGS.find(([w]) => s.startsWith(w, j));
    if (!r) return null;
    out += r[1];
    j += r[0].length;
  }
  return out && !isHiragana(s[j]) ? { kanji: out, end: j } : null;
}
