// Property tests of figure parsing (numbers.ts, extract.ts, sentences.ts): numerals written any way
// parse to their value, hostile numerals (10,000 digits, 億億億, 兆兆) never throw nor give Infinity,
// every figure span is a valid span of the original text, sentences stay short enough to keep the
// per-sentence work linear.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadKbIndex } from '../../scripts/lib/kb-files';
import { extractFigures } from '../../utils/analysis/figures/extract';
import { parseNumber, scanNumber } from '../../utils/analysis/figures/numbers';
import { endsSentence, MAX_SENTENCE, sentences } from '../../utils/analysis/figures/sentences';
import { normalize } from '../../utils/analysis/text/normalize';
import { anyText, expectSpan, hostileText, repeatTo, splitsPair } from './support/adversarial';

const kb = loadKbIndex();
const texts = fc.oneof(anyText, hostileText(kb, 40));
const D = '〇一二三四五六七八九';

/** 1..9999 in kanji (三千八百, 二十, 十); `one` writes 一 before 千/百/十. */
function kanjiGroup(n: number, one: boolean): string {
  let out = '';
  for (const [unit, p] of [
    ['千', 1000],
    ['百', 100],
    ['十', 10],
  ] as const) {
    const d = Math.floor(n / p) % 10;
    if (d) out += (d === 1 && !one ? '' : D[d]) + unit;
  }
  return n % 10 ? out + D[n % 10] : out;
}

/** A positive integer in kanji with 兆/億/万 groups (7兆9800億 → 七兆九千八百億). */
function kanji(n: number, one: boolean): string {
  let out = '';
  for (const [unit, p] of [
    ['兆', 1e12],
    ['億', 1e8],
    ['万', 1e4],
    ['', 1],
  ] as const) {
    const g = Math.floor(n / p) % 10000;
    if (g) out += kanjiGroup(g, one) + unit;
  }
  return out;
}

const fullWidth = (s: string) => s.replace(/[0-9,.]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

describe('numbers: properties', () => {
  it('Arabic numerals, grouped or not, half or full width, parse to their value', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (n) => {
        const grouped = n.toLocaleString('en-US');
        expect(parseNumber(String(n))).toBe(n);
        expect(parseNumber(grouped)).toBe(n);
        expect(parseNumber(fullWidth(grouped))).toBe(n);
      }),
      { numRuns: 300 },
    );
  });

  it('kanji numerals and mixed Arabic + 兆/億/万 parse to their value (七兆九千八百億, 7兆9,800億)', () => {
    // A lone digit after 万/億 is not taken (万一 is a word: 1万一人), so the last group is 0 or >= 10.
    const values = fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER - 10 }).map((n) => (n % 10000 > 0 && n % 10000 < 10 && n > 10000 ? n + 10 : n));
    fc.assert(
      fc.property(values, fc.boolean(), (n, one) => {
        expect(parseNumber(kanji(n, one)), kanji(n, one)).toBe(n);
        let mixed = '';
        for (const [unit, p] of [
          ['兆', 1e12],
          ['億', 1e8],
          ['万', 1e4],
        ] as const) {
          const g = Math.floor(n / p) % 10000;
          if (g) mixed += g.toLocaleString('en-US') + unit;
        }
        const rest = n % 10000;
        if (mixed && !rest) expect(parseNumber(mixed), mixed).toBe(n);
      }),
      { numRuns: 300 },
    );
  });

  it('decimals with a big unit parse to the scaled value (1.5兆, 3.8億)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 1, max: 9 }),
        fc.constantFrom(['万', 1e4], ['億', 1e8], ['兆', 1e12]),
        (i, f, [u, m]) => {
          expect(parseNumber(`${i}.${f}${u}`)).toBeCloseTo((i + f / 10) * m, -1);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('scanNumber never throws and returns a finite value or NaN over a span starting where asked', () => {
    fc.assert(
      fc.property(texts, fc.nat(), (s, k) => {
        const i = s.length ? k % s.length : 0;
        const t = scanNumber(s, i);
        if (!t) return;
        expect(t.start).toBe(i);
        expect(t.end > i && t.end <= s.length).toBe(true);
        expect(Number.isNaN(t.value) || (Number.isFinite(t.value) && t.value >= 0)).toBe(true);
        expect(Number.isFinite(t.place) && Number.isFinite(t.mult)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('hostile numerals: a 10,000-digit run is one unusable token; 億億億 and 兆兆 never give Infinity', () => {
    const long = '9'.repeat(10_000);
    const t = scanNumber(long + '億元', 0)!;
    expect(t.end).toBe(10_001); // the run and its unit, consumed at once
    expect(t.value).toBeNaN();
    expect(parseNumber(long)).toBeNull();
    for (const s of [
      '億億億',
      '兆兆',
      '1億億億',
      '1兆兆',
      '9999兆9999兆',
      '一兆兆兆',
      '九千九百九十九兆九千九百九十九億',
      '1万亿亿',
      repeatTo('9', 400) + '兆',
    ]) {
      const v = parseNumber(s);
      expect(v === null || Number.isFinite(v), s).toBe(true);
      for (let i = 0; i < s.length; i++) {
        const tok = scanNumber(s, i);
        if (tok) expect(Number.isNaN(tok.value) || Number.isFinite(tok.value), `${s} @${i}`).toBe(true);
      }
    }
  });
});

describe('figures: properties', () => {
  it('every figure extracted from hostile text is a valid span of the original text', () => {
    fc.assert(
      fc.property(texts, (text) => {
        for (const f of extractFigures(normalize(text), text)) {
          expectSpan(text, f, `figure ${f.kind}`);
          // (a garbled amount, 〇億１億億, is marked malformed with no value, by design)
          if ((f.kind === 'money' || f.kind === 'percent' || f.kind === 'count') && !f.malformed) expect(Number.isFinite(f.value), f.surface).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  // Digits glued to Latin letters are part of a name (H20, Qwen3, A100) and are not figures.
  it('figures glued to CJK names, in full width, split by invisibles are found with their value', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.constantFrom('', 'アリババ', '阿里巴巴', 'BABAの', '\u200b', '\u202e', '「'), (n, glue) => {
        for (const written of [`${n}億元`, fullWidth(`${n}億元`), `${String(n)[0]}\u200b${String(n).slice(1)}億元`]) {
          const text = `${glue}${written}${glue}。`;
          const figs = extractFigures(normalize(text), text).filter((f) => f.kind === 'money');
          expect(
            figs.map((f) => [f.surface.replace(/[\u200b\u202e]/g, ''), f.value]),
            text,
          ).toEqual([[written.replace(/\u200b/g, ''), n * 1e8]]);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('sentences: properties', () => {
  it('ordered, disjoint, non-empty, at most MAX_SENTENCE long, cover every char but terminators, never split a pair', () => {
    const longRuns = fc.tuple(fc.constantFrom('a', 'ア', '9,', '1億 ', '😀', 'x、'), fc.integer({ min: 1, max: 5000 })).map(([u, n]) => repeatTo(u, n));
    fc.assert(
      fc.property(fc.oneof(texts, longRuns), (text) => {
        const list = sentences(text);
        let covered = 0;
        for (let k = 0; k < list.length; k++) {
          const [a, b] = list[k]!;
          expect(a < b && b - a <= MAX_SENTENCE + 1, `[${a}, ${b})`).toBe(true);
          if (k) expect(a).toBeGreaterThanOrEqual(list[k - 1]![1]);
          for (let j = covered; j < a; j++) expect(endsSentence(text, j), `uncovered ${j}`).toBe(true);
          expect(splitsPair(text, a) || splitsPair(text, b)).toBe(false);
          covered = b;
        }
        for (let j = covered; j < text.length; j++) expect(endsSentence(text, j), `uncovered ${j}`).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
