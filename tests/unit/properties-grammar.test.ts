// Property tests of the figure grammar: random compositions of numerals (Arabic, grouped, full
// width, kanji), multipliers (万/億/兆, million/billion/bn), currencies (words after and symbols
// before, from the vocabulary), signs and change words give the value and unit they spell.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../utils/analysis/text/normalize';
import { extractFigures } from '../../utils/analysis/figures/extract';

const figures = (text: string, lang?: string) => extractFigures(normalize(text), text, undefined, lang).filter((f) => f.kind !== 'date' && f.kind !== 'period');
const D = '〇一二三四五六七八九';
/** 1..9999 in kanji, 一 written before 千/百/十 (三千八百, 一千二百). */
function kanji(n: number): string {
  let out = '';
  for (const [unit, p] of [
    ['千', 1000],
    ['百', 100],
    ['十', 10],
  ] as const) {
    const d = Math.floor(n / p) % 10;
    if (d) out += D[d] + unit;
  }
  return n % 10 ? out + D[n % 10] : out;
}
const fullWidth = (s: string) => s.replace(/[0-9,.]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

/** [written, value]: the ways a positive integer is written in CJK text. */
const numeral = fc
  .integer({ min: 10, max: 9999 })
  .chain((n) =>
    fc.constantFrom<[string, number]>(
      [String(n), n],
      [n.toLocaleString('en-US'), n],
      [fullWidth(n.toLocaleString('en-US')), n],
      [kanji(n), n],
      [`${n}.5`, n + 0.5],
    ),
  );
const bigUnit = fc.constantFrom<[string, number]>(['万', 1e4], ['億', 1e8], ['亿', 1e8], ['兆', 1e12]);
const currencyAfter = fc.constantFrom<[string, string]>(
  ['元', 'CNY'],
  ['人民元', 'CNY'],
  ['円', 'JPY'],
  ['ドル', 'USD'],
  ['美元', 'USD'],
  ['港元', 'HKD'],
  ['香港ドル', 'HKD'],
  ['ユーロ', 'EUR'],
  ['ウォン', 'KRW'],
  ['スイスフラン', 'CHF'],
  ['新加坡元', 'SGD'],
  ['台湾ドル', 'TWD'],
  ['豪ドル', 'AUD'],
  ['カナダドル', 'CAD'],
  ['ルピー', 'INR'],
  ['英ポンド', 'GBP'],
);
const currencyBefore = fc.constantFrom<[string, string]>(
  ['US$', 'USD'],
  ['HK$', 'HKD'],
  ['RMB', 'CNY'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['NT$', 'TWD'],
  ['S$', 'SGD'],
);
const minus = fc.constantFrom<[string, number]>(['', 1], ['-', -1], ['▲', -1], ['マイナス', -1], ['−', -1]);

describe('figure grammar: properties', () => {
  it('numeral × big unit × currency word after, with a sign: the value and unit they spell', () => {
    fc.assert(
      fc.property(numeral, bigUnit, currencyAfter, minus, ([w, n], [u, m], [c, code], [sg, s]) => {
        const text = `今期の損益は${sg}${w}${u}${c}だった。`;
        const f = figures(text);
        expect(
          f.map((x) => x.unit),
          text,
        ).toEqual([code]);
        expect(f[0]!.value, text).toBeCloseTo(s * n * m, -1);
        if (s < 0) expect(f[0]!.change, text).toBe('decrease');
      }),
      { numRuns: 400 },
    );
  });

  it('a symbol or code before the number, with an English scale word', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 999 }),
        fc.constantFrom<[string, number]>([' million', 1e6], [' billion', 1e9], ['bn', 1e9], [' trillion', 1e12]),
        currencyBefore,
        (n, [sc, m], [c, code]) => {
          const text = `It raised ${c}${n}${sc} last week.`;
          const f = figures(text);
          expect(
            f.map((x) => [x.unit, x.value]),
            text,
          ).toEqual([[code, n * m]]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('percentages with change words and Chinese fraction forms carry their sign', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 99 }),
        fc.constantFrom<[string, string, number]>(
          ['', '%増', 1],
          ['', '%減', -1],
          ['下降', '%', -1],
          ['增长', '%', 1],
          ['', 'パーセント減少', -1],
          ['百分之', '', 1],
        ),
        (n, [pre, post, s]) => {
          const written = pre === '百分之' ? `百分之${kanji(n)}` : `${pre}${n}${post}`;
          const text = `利益は${written}だった。`;
          const f = figures(text, pre === '百分之' ? 'zh-Hans' : undefined);
          expect(
            f.map((x) => [x.unit, x.value]),
            text,
          ).toEqual([['percent', s * n]]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('decrease words before or after a percentage (ja / zh / en) give a negative value; increases a positive one', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 99 }),
        fc.constantFrom<[string, string, number, string | undefined]>(
          ['', '%の大幅減益', -1, undefined],
          ['', '%の落ち込み', -1, undefined],
          ['', '%下落', -1, undefined],
          ['', '%縮小', -1, undefined],
          ['', '%の大幅増益', 1, undefined],
          ['下挫', '%', -1, 'zh-Hans'],
          ['回落', '%', -1, 'zh-Hans'],
          ['同比下滑', '%', -1, 'zh-Hans'],
          ['负增长', '%', -1, 'zh-Hans'],
          ['降幅为', '%', -1, 'zh-Hans'],
          ['plummeted ', '%', -1, 'en'],
          ['plunging ', '%', -1, 'en'],
          ['a contraction of ', '%', -1, 'en'],
          ['fell about ', '%', -1, 'en'],
          ['rose ', '%', 1, 'en'],
        ),
        (n, [pre, post, s, lang]) => {
          const text = lang === 'en' ? `Profit ${pre}${n}${post} last year.` : `利益は${pre}${n}${post}だった。`;
          const f = figures(text, lang);
          expect(
            f.map((x) => [x.unit, x.value]),
            text,
          ).toEqual([['percent', s * n]]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a loss word before an amount, with a verb between, is negative; from X to Y gives two positive levels', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 1, max: 9999 }),
        fc.constantFrom('净亏损', '净亏损达到', '经营亏损高达', '淨損達', '大虧', '亏损为'),
        (a, b, loss) => {
          const text = `公司${loss}${a}亿元。`;
          expect(
            figures(text, 'zh-Hans').map((x) => x.value),
            text,
          ).toEqual([-a * 1e8]);
          const pair = `收入从${a}亿元降至${b}亿元。`;
          expect(
            figures(pair, 'zh-Hans').map((x) => x.value),
            pair,
          ).toEqual([a * 1e8, b * 1e8]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('two big units out of order are one malformed figure, never a number', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 9999 }), fc.constantFrom('億', '兆'), (a, b, u) => {
        const text = `売上高は${a}${u}${b}${u}元だった。`;
        const f = figures(text);
        expect(
          f.map((x) => [x.malformed, Number.isNaN(x.value)]),
          text,
        ).toEqual([[true, true]]);
      }),
      { numRuns: 200 },
    );
  });
});
