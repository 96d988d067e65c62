// Random and adversarial text for the property tests (tests/unit/properties-*.test.ts), and the
// span invariants every offset the core reports must keep.
import fc from 'fast-check';
import { expect } from 'vitest';
import type { PreparedKb } from '../../../utils/analysis/prepared-kb';
import { kbNames, splitsPair } from '../../../scripts/bench/hostile';

export { hostileMix, kbNames, repeatTo, splitsPair } from '../../../scripts/bench/hostile';

const ch = (c: number) => String.fromCharCode(c);
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** A name with zero-width chars or RTL marks pushed between its characters (ア\u200Bリババ). */
export function withInvisibles(name: string, at: number[], mark: string): string {
  const cuts = new Set(at.map((k) => 1 + (k % Math.max(1, name.length - 1))));
  let out = '';
  for (let i = 0; i < name.length; i++) {
    if (cuts.has(i) && !isLow(name.charCodeAt(i))) out += mark;
    out += name[i];
  }
  return out;
}

const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\ufeff', '\u2060', '\u00ad'];
const RTL = ['\u200f', '\u202e', '\u202b', '\u202c', '\u2067', '\u2069', '\u061c'];
const NUMERIC = [
  '億',
  '兆',
  '万',
  '萬',
  '亿',
  '千',
  '百',
  '十',
  '元',
  '円',
  'ドル',
  '%',
  '％',
  '増',
  '減',
  '約',
  '前年同期比',
  '年',
  '月',
  '期',
  'billion',
  'bn',
  'B',
  ',',
  '，',
  '、',
  '.',
  '．',
  '〜',
  '-',
  '—',
];
const PUNCT = ['。', '、', '！', '？', '\n', ' ', '　', '・', '･', '(', ')', '（', '）', '「', '」', ':', '/', '@', 'https://', 'www.', '.com'];

/** One fragment of hostile text. */
function fragment(names: string[]): fc.Arbitrary<string> {
  const name = fc.constantFrom(...names);
  return fc.oneof(
    { weight: 4, arbitrary: name },
    {
      weight: 2,
      arbitrary: fc
        .tuple(name, fc.array(fc.nat(), { minLength: 1, maxLength: 3 }), fc.constantFrom(...INVISIBLE, ...RTL))
        .map(([n, at, m]) => withInvisibles(n, at, m)),
    },
    { weight: 3, arbitrary: fc.stringMatching(/^[0-9０-９]{1,25}$/) },
    { weight: 1, arbitrary: fc.integer({ min: 1, max: 400 }).map((n) => '9'.repeat(n)) },
    { weight: 3, arbitrary: fc.constantFrom(...NUMERIC) },
    { weight: 1, arbitrary: fc.integer({ min: 2, max: 30 }).chain((n) => fc.constantFrom('億', '兆', '万').map((u) => u.repeat(n))) },
    { weight: 1, arbitrary: fc.stringMatching(/^[〇一二三四五六七八九十百千万億兆]{1,12}$/) },
    { weight: 2, arbitrary: fc.constantFrom(...INVISIBLE, ...RTL) },
    { weight: 1, arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map(ch) }, // lone surrogate
    { weight: 1, arbitrary: fc.integer({ min: 0x0300, max: 0x036f }).map(ch) }, // combining mark
    { weight: 1, arbitrary: fc.constantFrom('\u3099', '\u309a', '\uff9e', '\uff9f') }, // kana voicing marks
    { weight: 1, arbitrary: fc.constantFrom('𝐀', '😀', '𠮷', '🇯🇵', '👨‍👩‍👧', '\u{1F3FB}') }, // astral, ZWJ sequences
    { weight: 3, arbitrary: fc.constantFrom(...PUNCT) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom('ア', 'a', '9', '・', ' ', '億', '.'), fc.integer({ min: 2, max: 200 })).map(([c, n]) => c.repeat(n)) },
    { weight: 2, arbitrary: fc.string({ maxLength: 8 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
    {
      weight: 1,
      arbitrary: fc.constantFrom('ｱﾘﾊﾞﾊﾞ', 'ＡＬＩＢＡＢＡ', 'Ａｌｉｂａｂａ', 'ﾃﾝｾﾝﾄ', 'Ｑｗｅｎ３', 'ｴﾃﾞｨ･ｳｰ', 'عربي', 'עברית', 'Ελληνικά', 'Кириллица'),
    },
  );
}

/** Hostile article text: KB names (whole, split by invisibles, glued to digits), numerals of every
 *  kind, invisible and RTL marks, lone surrogates, combining marks, mixed scripts, runs of one char. */
export function hostileText(kb: PreparedKb, maxParts = 40): fc.Arbitrary<string> {
  return fc.array(fragment(kbNames(kb)), { maxLength: maxParts }).map((parts) => parts.join(''));
}

/** Any string at all, UTF-16 code units included (lone surrogates and all). */
export const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ maxLength: 60 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map(ch), maxLength: 60 }),
);

interface Span {
  start: number;
  end: number;
  surface: string;
}

/** What is wrong with a reported span, or null: it must be inside the text, non-empty, on
 *  code-point boundaries, and be its surface. */
function spanProblem(text: string, s: Span): string | null {
  if (!Number.isInteger(s.start) || !Number.isInteger(s.end)) return 'offsets are not integers';
  if (!(s.start >= 0 && s.start < s.end && s.end <= text.length)) return 'outside the text or empty';
  if (splitsPair(text, s.start) || splitsPair(text, s.end)) return 'splits a surrogate pair';
  if (text.slice(s.start, s.end) !== s.surface) return 'surface differs from the text';
  return null;
}

/** Fails the test when a span is invalid (cheap when it is valid: 1 MB pages have 30k spans). */
export function expectSpan(text: string, s: Span, what = 'span'): void {
  const problem = spanProblem(text, s);
  if (problem) {
    const near = JSON.stringify(text.slice(Math.max(0, s.start - 10), s.end + 10));
    expect.fail(`${what} ${s.start}-${s.end} ${JSON.stringify(s.surface)}: ${problem}, in ${near}`);
  }
}
