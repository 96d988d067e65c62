import { describe, expect, it } from 'vitest';
import { normalize } from '../../utils/analysis/text/normalize';
import { extractFigures } from '../../utils/analysis/figures/extract';
import type { Figure } from '../../utils/analysis/types';

const extract = (text: string) => extractFigures(normalize(text), text);

type Want = Partial<Figure> & { surface: string };

/** Own news-style sentences (JA / ZH / EN) with every figure they hold. */
const FIXTURES: Array<{ text: string; want: Want[] }> = [
  {
    text: 'アリババグループは15日、2024年7～9月期決算を発表した。売上高は前年同期比5%増の2365億300万元、純利益は63%増の435億4700万元だった。',
    want: [
      { surface: '2024年7～9月期', kind: 'period', value: Date.UTC(2024, 6, 1), unit: 'period' },
      { surface: '5%増', kind: 'percent', value: 5, unit: 'percent', change: 'increase', basis: 'yoy' },
      { surface: '2365億300万元', kind: 'money', value: 236_503_000_000, unit: 'CNY' },
      { surface: '63%増', kind: 'percent', value: 63, unit: 'percent', change: 'increase' },
      { surface: '435億4700万元', kind: 'money', value: 43_547_000_000, unit: 'CNY' },
    ],
  },
  {
    text: '阿里巴巴第二季度营收2365.03亿元，同比增长5%；云智能集团收入296.1亿元，同比增长7%。',
    want: [
      { surface: '2365.03亿元', kind: 'money', value: 236_503_000_000, unit: 'CNY' },
      { surface: '同比增长5%', kind: 'percent', value: 5, change: 'increase', basis: 'yoy' },
      { surface: '296.1亿元', kind: 'money', value: 29_610_000_000, unit: 'CNY' },
      { surface: '同比增长7%', kind: 'percent', value: 7, change: 'increase', basis: 'yoy' },
    ],
  },
  {
    text: 'Alibaba reported revenue of RMB236.5 billion (US$33.7 billion) for the quarter ended September 30, 2024, up 5% year-on-year.',
    want: [
      { surface: 'RMB236.5 billion', kind: 'money', value: 236.5e9, unit: 'CNY' },
      { surface: 'US$33.7 billion', kind: 'money', value: 33.7e9, unit: 'USD' },
      { surface: 'the quarter ended September 30, 2024', kind: 'period', value: Date.UTC(2024, 6, 1) },
      { surface: 'up 5%', kind: 'percent', value: 5, change: 'increase', basis: 'yoy' },
    ],
  },
  {
    text: 'アリババは今後3年間で3,800億元(約7兆9,800億円)を超える額をAIとクラウドのインフラに投じる。三千八百億元という額は過去10年の投資総額を上回る。',
    want: [
      { surface: '3,800億元', kind: 'money', value: 380e9, unit: 'CNY' },
      { surface: '約7兆9,800億円', kind: 'money', value: 7.98e12, unit: 'JPY', approx: 'about' },
      { surface: '三千八百億元', kind: 'money', value: 380e9, unit: 'CNY' },
    ],
  },
  {
    text: '阿里巴巴宣布未来三年将投入超过3800亿元人民币，建设云和AI硬件基础设施。',
    want: [{ surface: '超过3800亿元人民币', kind: 'money', value: 380e9, unit: 'CNY', approx: 'over' }],
  },
  {
    text: 'Alibaba will invest more than 380 billion yuan ($53bn) in AI infrastructure, while ByteDance set aside over US$12 billion for 2025. Turnover topped HK$41 billion.',
    want: [
      { surface: 'more than 380 billion yuan', kind: 'money', value: 380e9, unit: 'CNY', approx: 'over' },
      { surface: '$53bn', kind: 'money', value: 53e9, unit: 'USD' },
      { surface: 'over US$12 billion', kind: 'money', value: 12e9, unit: 'USD', approx: 'over' },
      { surface: '2025', kind: 'period', value: Date.UTC(2025, 0, 1) },
      { surface: 'HK$41 billion', kind: 'money', value: 41e9, unit: 'HKD' },
    ],
  },
  {
    text: 'Qwen3-Max-Previewは1兆を超えるパラメーターを持つ。Qwen3は36兆トークンで学習し、119言語に対応。派生モデルは9万以上の派生モデルに達した。Metaは35万台のH100を導入する計画だ。',
    want: [
      { surface: '1兆を超えるパラメーター', kind: 'count', value: 1e12, unit: 'params', approx: 'over' },
      { surface: '36兆トークン', kind: 'count', value: 36e12, unit: 'tokens' },
      { surface: '119言語', kind: 'count', value: 119, unit: 'count' },
      { surface: '9万以上の派生モデル', kind: 'count', value: 90_000, unit: 'models', approx: 'over' },
      { surface: '35万台', kind: 'count', value: 350_000, unit: 'gpus' },
    ],
  },
  {
    text: 'Qwen2.5 comes in sizes from 0.5B to 72B parameters; 通義千問アプリは1000万ダウンロードを突破し、月間利用者は3億人を超えた。50億〜720億パラメータ。',
    want: [
      { surface: '0.5B to 72B parameters', kind: 'count', value: 0.5e9, valueMax: 72e9, unit: 'params' },
      { surface: '1000万ダウンロードを突破', kind: 'count', value: 1e7, unit: 'count', approx: 'over' },
      { surface: '3億人を超え', kind: 'count', value: 3e8, unit: 'users', approx: 'over' },
      { surface: '50億〜720億パラメータ', kind: 'count', value: 5e9, valueMax: 72e9, unit: 'params' },
    ],
  },
  {
    text: '純利益は前年同期比53%減の206億1200万元。Net income fell 53% (▲9%). クラウド事業は2桁成長、AI関連は3桁成長。利益率は2ポイント改善、成長率は5-10%の見込み。',
    want: [
      { surface: '53%減', kind: 'percent', value: -53, change: 'decrease', basis: 'yoy' },
      { surface: '206億1200万元', kind: 'money', value: 20_612_000_000, unit: 'CNY' },
      { surface: 'fell 53%', kind: 'percent', value: -53, change: 'decrease' },
      { surface: '▲9%', kind: 'percent', value: -9, change: 'decrease' },
      { surface: '2桁成長', kind: 'percent', value: 10, approx: 'atleast' },
      { surface: '3桁成長', kind: 'percent', value: 100, approx: 'atleast' },
      { surface: '2ポイント', kind: 'percent', value: 2, unit: 'pt' },
      { surface: '5-10%', kind: 'percent', value: 5, valueMax: 10 },
    ],
  },
  {
    text: '2月24日、同社は3800億元(1元は約20.7円)の計画を示した。設備投資は前期比80%増の318億元、約530億ドル規模。',
    want: [
      { surface: '2月24日', kind: 'date' },
      { surface: '3800億元', kind: 'money', value: 380e9, unit: 'CNY' },
      { surface: '1元は約20.7円', kind: 'rate', value: 20.7, unit: 'JPY/CNY' },
      { surface: '80%増', kind: 'percent', value: 80, change: 'increase', basis: 'qoq' },
      { surface: '318億元', kind: 'money', value: 31.8e9, unit: 'CNY' },
      { surface: '約530億ドル規模', kind: 'money', value: 53e9, unit: 'USD', approx: 'about' },
    ],
  },
  {
    text: '香港市場でアリババ株の売買代金は410億香港ドルを超えた。米ドル建てでは52億米ドル、日本円で約8千億円、ユーロで€4.9 billion。',
    want: [
      { surface: '410億香港ドルを超え', kind: 'money', value: 41e9, unit: 'HKD', approx: 'over' },
      { surface: '52億米ドル', kind: 'money', value: 5.2e9, unit: 'USD' },
      { surface: '約8千億円', kind: 'money', value: 8e11, unit: 'JPY', approx: 'about' },
      { surface: '€4.9 billion', kind: 'money', value: 4.9e9, unit: 'EUR' },
    ],
  },
  {
    text: 'Cloud revenue grew 8% quarter-on-quarter; margins widened 5 percentage points. 阿里巴巴股价下跌3.2%，市值约2.3万亿港元，成交额超过410亿港元。Alibaba bought back 1億株.',
    want: [
      { surface: 'grew 8%', kind: 'percent', value: 8, change: 'increase', basis: 'qoq' },
      { surface: '5 percentage points', kind: 'percent', value: 5, unit: 'pt' },
      { surface: '下跌3.2%', kind: 'percent', value: -3.2, change: 'decrease' },
      { surface: '约2.3万亿港元', kind: 'money', value: 2.3e12, unit: 'HKD', approx: 'about' },
      { surface: '超过410亿港元', kind: 'money', value: 41e9, unit: 'HKD', approx: 'over' },
      { surface: '1億株', kind: 'count', value: 1e8, unit: 'shares' },
    ],
  },
  {
    text: '全角でも３，８００億元、２０２５年度第３四半期。',
    want: [
      { surface: '３，８００億元', kind: 'money', value: 380e9, unit: 'CNY' },
      { surface: '２０２５年度第３四半期', kind: 'period', value: Date.UTC(2024, 9, 1) },
    ],
  },
];

function same(f: Figure, w: Want): boolean {
  for (const [k, v] of Object.entries(w)) if ((f as unknown as Record<string, unknown>)[k] !== v) return false;
  return true;
}

describe('extractFigures on news-style sentences', () => {
  for (const fx of FIXTURES) {
    it(fx.text.slice(0, 30), () => {
      const figs = extract(fx.text);
      for (const f of figs) expect(fx.text.slice(f.start, f.end)).toBe(f.surface);
      for (const w of fx.want) {
        const f = figs.find((x) => x.surface === w.surface);
        expect(f, `missing ${w.surface} in ${JSON.stringify(figs.map((x) => x.surface))}`).toBeDefined();
        expect(f).toMatchObject(w);
      }
    });
  }

  it('value-exactness over all fixtures', () => {
    let expected = 0;
    let found = 0;
    let exact = 0;
    for (const fx of FIXTURES) {
      const figs = extract(fx.text);
      for (const w of fx.want) {
        expected++;
        const f = figs.find((x) => x.start === fx.text.indexOf(w.surface) || x.surface === w.surface);
        if (f) found++;
        if (f && same(f, w)) exact++;
      }
    }
    console.log(`[figures] value exactness: found ${found}/${expected}, exact ${exact}/${expected}`);
    expect(exact).toBe(expected);
  });
});

describe('what is not a figure', () => {
  const none = [
    '記事ID 20250224123 を参照',
    'Tel: 03-1234-5678',
    '1. はじめに',
    'SEHK: 9988に上場、NYSE: BABA',
    '9988.HKの株価',
    'NVIDIAのH100やA800、GPT-4o、Qwen2.5-Max、Qwen3-235B-A22B、Qwen2.5-Omni-7Bなど',
    '十分に検討した。一部の店舗では一人ひとりに',
    '6四半期連続で、第2の柱に',
    '需要が1兆倍以上に増える',
    'https://example.com/article/12347152',
  ];
  for (const t of none) it(t, () => expect(extract(t).filter((f) => f.kind !== 'period' && f.kind !== 'date')).toEqual([]));

  it("'2025年' alone is a period, never a count", () => {
    const figs = extract('2025年は重要な年だ');
    expect(figs).toHaveLength(1);
    expect(figs[0]).toMatchObject({ kind: 'period', surface: '2025年' });
  });

  it('a bare big number is money only in a money sentence, in the article currency', () => {
    const figs = extract('投資額は3,800億元。クラウドの投資は3年間で380億を燃やす。その数は380億に達するかもしれない。');
    const bare = figs.filter((f) => f.surface === '380億');
    expect(bare).toHaveLength(1);
    expect(bare[0]).toMatchObject({ kind: 'money', unit: 'CNY', value: 38e9 });
  });
});

describe('robustness', () => {
  it('long and hostile inputs finish and keep offsets', () => {
    const text = ('売上高は2365億300万元、' + '9'.repeat(10_000) + '億元。' + '億'.repeat(5000) + 'ＡＢＣ、３，８００億元\n').repeat(20);
    const figs = extract(text);
    for (const f of figs) expect(text.slice(f.start, f.end)).toBe(f.surface);
    expect(figs.filter((f) => f.value === 236_503_000_000)).toHaveLength(20);
    expect(figs.filter((f) => f.value === 380e9)).toHaveLength(20);
    expect(figs.every((f) => (f.kind === 'money' ? Number.isFinite(f.value) : true))).toBe(true);
  });

  it('handles text without any numbers', () => {
    expect(extract('')).toEqual([]);
    expect(extract('アリババのAI戦略')).toEqual([]);
  });
});
