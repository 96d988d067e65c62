// The reading layer's pure parts: checks worded from their structured fields, the page's one rate
// and year-less dates, the unknown-names list, KB series and chart geometry, shortcuts, relevance
// reasons, fact ranking and the exports' check columns.
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../utils/analysis/kb/types';
import type { Figure } from '../../utils/analysis/types';
import { checkRows, verdictText } from '../../utils/ui/check-text';
import { nearestYear, placeDate, readerFigures, statesYear } from '../../utils/ui/reader-view';
import { cleanUnknownNames } from '../../utils/ui/unknown-names';
import { idFamily, pickSeries, spanOf, windowPoints } from '../../utils/ui/series';
import { chartScale, linePath, niceStep } from '../../utils/ui/chart';
import { keyLabel, withBound } from '../../utils/ui/shortcuts';
import { reasonLines } from '../../utils/ui/relevance-text';
import { shortPublisher } from '../../utils/ui/names';
import { factWeakness, rankFacts } from '../../components/card/rank';
import { toCsv, toMarkdown } from '../../utils/ui/export';

const fig = (p: Partial<Figure>): Figure => ({ start: 0, end: 1, surface: 'x', kind: 'money', value: 0, unit: 'CNY', ...p });
const fact = (p: Partial<Fact>): Fact => ({ id: 'f', subject: 'alibaba', metric: 'revenue', value: 1, unit: 'CNY', source: 'S1', status: 'verified', ...p });
const q = (y: number, n: number) => {
  const m = (n - 1) * 3 + 1;
  const end = new Date(Date.UTC(y, m + 2, 0)).toISOString().slice(0, 10);
  return { start: `${y}-${String(m).padStart(2, '0')}-01`, end };
};

const flagged = fig({
  surface: '3,800億ドル',
  value: 380e9,
  unit: 'USD',
  subject: 'alibaba',
  metric: 'investment_plan',
  check: {
    status: 'inconsistent',
    cause: 'currency',
    factId: 'plan',
    expected: 380e9,
    expectedUnit: 'CNY',
    written: '3,800億ドル',
    value: 380e9,
    unit: 'USD',
    reason: 'KB: over RMB 380 billion; the article says US dollar (USD) — likely a currency mix-up.',
    basis: {
      subject: { value: 'alibaba', how: 'inherited' },
      metric: { value: 'investment_plan', how: 'explicit' },
      period: { value: q(2025, 3), how: 'inferred' },
      currency: { value: 'USD', how: 'explicit' },
    },
  },
});
const planFact = {
  ...fact({ id: 'plan', metric: 'investment_plan', value: 380e9, qualifier: 'over', period: { start: '2025-02-24', end: '2028-02-23' }, asOf: '2025-02-24' }),
  sourceInfo: { id: 'S1', url: 'https://example.com/x', publisher: 'Xinhua (via jschina.com.cn)', date: '2025-02-24' },
};

describe('checks in the reader\u2019s language', () => {
  const ctx = {
    lang: 'ja' as const,
    nameOf: (id: string) => (id === 'alibaba' ? 'アリババグループ' : id),
    factOf: (id: string) => (id === 'plan' ? planFact : undefined),
  };
  it('words the verdict, cause, assumptions (and how they were known) and the KB record from the fields, never the English reason', () => {
    const rows = checkRows(flagged, ctx);
    const text = rows.map((r) => `${r.label}:${r.text}${r.how ?? ''}`).join('\n');
    expect(verdictText(flagged.check!, 'ja')).toBe('KBと不一致：通貨の取り違え（元とドルなど）');
    expect(text).toContain('記事の表記:3,800億ドル');
    expect(text).toContain('対象:アリババグループ段落・見出し・記事から');
    expect(text).toContain('期間:2025年7-9月期推定');
    expect(text).toContain('通貨:米ドル (USD)文中に明記');
    expect(text).toContain('知識ベース:3,800億元超 · 2025年2月24日 – 2028年2月23日検証済み');
    expect(rows.find((r) => r.key === 'source')?.source?.url).toBe('https://example.com/x');
    expect(text).not.toMatch(/KB: over|likely/);
    // No English phrase outside the citation (the publisher's name as the KB records it).
    expect(
      rows
        .filter((r) => r.key !== 'source')
        .map((r) => r.text + (r.how ?? ''))
        .join(' '),
    ).not.toMatch(/[A-Za-z]{3,} [A-Za-z]{3,}/);
  });
  it('names the rate, its month and why, and the allowed difference', () => {
    const conv = fig({
      surface: '約7兆9,800億円',
      value: 7.98e12,
      unit: 'JPY',
      check: {
        status: 'consistent',
        rate: { from: 'CNY', to: 'JPY', rate: 20.85, source: 'reference', month: '2025-11', basis: 'article', tolerance: 0.06 },
        convertedFrom: { start: 0, end: 1, surface: '3,800億元', value: 380e9, unit: 'CNY' },
      },
    });
    const rate = checkRows(conv, ctx).find((r) => r.key === 'rate')!;
    expect(rate.text).toBe('1元=20.85円');
    expect(rate.how).toBe('2025年11月の参照レート・記事の月のレート・許容差 ±6%');
    expect(checkRows(conv, { ...ctx, lang: 'en' }).find((r) => r.key === 'rate')!.how).toBe(
      "reference rate of Nov 2025; rate of the article's month; allowed difference ±6%",
    );
  });
  it('says what was missing and what matched instead', () => {
    const u = fig({ check: { status: 'unverified', missing: ['period', 'fact'] } });
    expect(checkRows(u, ctx).find((r) => r.key === 'missing')!.text).toBe('期間が特定できない、その期間の記録がKBにない');
    const sib = fig({ check: { status: 'inconsistent', cause: 'metric', sibling: { kind: 'line-item', factId: 'x', metric: 'net_income' } } });
    expect(checkRows(sib, ctx).find((r) => r.key === 'sibling')!.text).toBe('別の項目（純利益）');
  });
  it('a conversion ten times off its base says which amount has the slip, or that it is not settled', () => {
    const slip = (slipIn: 'either' | 'converted') =>
      fig({
        surface: '約4,200億ドル',
        value: 420e9,
        unit: 'USD',
        check: {
          status: 'inconsistent',
          cause: 'scale',
          slipIn,
          reason: 'English only for the CLI',
          convertedFrom: { start: 0, end: 1, surface: '3,000億元', value: 300e9, unit: 'CNY' },
        },
      });
    const row = (s: 'either' | 'converted', lang: 'ja' | 'en') => checkRows(slip(s), { ...ctx, lang }).find((r) => r.key === 'slipIn');
    expect(row('either', 'ja')).toMatchObject({ label: '誤りのある金額', text: '換算前・換算後のどちらに桁の誤りがあるかは不明です' });
    expect(row('either', 'en')).toMatchObject({ label: 'Which amount', text: 'Which of the two amounts has the slip is not settled' });
    expect(row('converted', 'ja')!.text).toBe('換算前の金額がKBと一致するため、桁の誤りは換算後の金額にあります');
    expect(row('converted', 'en')!.text).toBe('The base amount matches the KB, so the converted amount has the slip');
    // the row follows the cause, and a check with no slip named has none
    const keys = checkRows(slip('either'), ctx).map((r) => r.key);
    expect(keys.indexOf('slipIn')).toBe(keys.indexOf('cause') + 1);
    expect(checkRows(flagged, ctx).some((r) => r.key === 'slipIn')).toBe(false);
    // the exports word it too
    const input = {
      url: 'u',
      title: 't',
      result: { relevant: true, score: 1, reasons: [], entities: [], figures: [slip('either')] },
      nameOf: (id: string) => id,
    };
    expect(toCsv(input, { lang: 'ja', currency: 'JPY' })).toContain(
      '桁(億・兆などの単位)の誤りの可能性があります。換算前・換算後のどちらに桁の誤りがあるかは不明です。',
    );
    expect(toMarkdown(input, { lang: 'en', currency: 'USD' })).toContain('Which of the two amounts has the slip is not settled');
  });
  it('a KB value converted into the figure\u2019s currency is marked approximate, the record exact', () => {
    const twd = fig({
      surface: '約新台幣910億元',
      value: 91e9,
      unit: 'TWD',
      check: { status: 'inconsistent', cause: 'metric', factId: 'ni', expected: 90_298_477_929.9, expectedUnit: 'TWD' },
    });
    const ni = fact({ id: 'ni', metric: 'net_income', value: 20_612_000_000, period: q(2025, 3) });
    const kb = checkRows(twd, { ...ctx, factOf: () => ni }).find((r) => r.key === 'kb')!;
    expect(kb.text).toBe('約903億台湾ドル（206億1,200万元） · 2025年7-9月期');
  });
});

describe('one rate and the article\u2019s date', () => {
  it('year-less dates go to the year nearest the article', () => {
    expect(statesYear('Sept. 10')).toBe(false);
    expect(statesYear('2月24日')).toBe(false);
    expect(statesYear('2025年2月24日')).toBe(true);
    expect(statesYear('昨年11月11日')).toBe(true);
    expect(nearestYear('2000-09-10', '2023-06-19')).toBe('2023-09-10');
    expect(nearestYear('2021-02-24', '2025-03-01')).toBe('2025-02-24');
    expect(nearestYear('2020-12-30', '2025-01-05')).toBe('2024-12-30');
    expect(nearestYear('2024-02-29', '2025-03-01')).toBe('2024-02-29'); // no 29 Feb in 2025
    const d = fig({ kind: 'date', surface: '2月24日', value: Date.UTC(2021, 1, 24), unit: 'date', period: { start: '2021-02-24', end: '2021-02-24' } });
    expect(placeDate(d, '2025-03-10').period?.start).toBe('2025-02-24');
    expect(placeDate({ ...d, surface: '2021年2月24日' }, '2025-03-10').period?.start).toBe('2021-02-24');
  });
  it('every amount converts at the one rate given', () => {
    const figs = [
      fig({ value: 10, unit: 'CNY', converted: { CNY: 10, USD: 1, JPY: 200, rateDate: '2019-09', rateBasis: 'figure' } }),
      fig({ value: 10, unit: 'CNY' }),
      fig({ kind: 'percent', value: 5, unit: 'percent' }),
    ];
    const out = readerFigures(figs, {
      articleDate: '2025-11-26',
      convert: (v) => ({ CNY: v, USD: v / 7, JPY: v * 21, rateDate: '2025-11', rateBasis: 'article' }),
    });
    expect(out[0]!.converted).toEqual(out[1]!.converted);
    expect(out[0]!.converted).toMatchObject({ JPY: 210, rateDate: '2025-11', rateBasis: 'article' });
    expect(out[2]!.converted).toBeUndefined();
  });
});

describe('unknown names', () => {
  const text = 'Published: 3 May. Meanwhile, Alibaba said Non-GAAP income rose. Zhipu and Moonshot compete. Analysts expect more.\nMoonshot grew.';
  const at = (surface: string) => ({ surface, start: text.indexOf(surface), end: text.indexOf(surface) + surface.length });
  it('drops common words, sentence-initial capitals and pieces of hyphenated words; keeps names', () => {
    const nouns = ['Published', 'Meanwhile', 'Non', 'Zhipu', 'Moonshot', 'Analysts'].map(at);
    expect(cleanUnknownNames(nouns, text).map((n) => n.surface)).toEqual(['Moonshot']);
    // Zhipu starts its only sentence: it could be any word there, so it waits for a mid-sentence use.
    expect(
      cleanUnknownNames(
        [at('DeepSeek')].map((n) => ({ ...n, surface: 'DeepSeek' })),
        'DeepSeek rose.',
      ).map((n) => n.surface),
    ).toEqual(['DeepSeek']);
    expect(
      cleanUnknownNames(
        [
          { surface: 'ティッカー', start: 0, end: 5 },
          { surface: '智譜', start: 6, end: 8 },
        ],
        'ティッカー 智譜',
      ).map((n) => n.surface),
    ).toEqual(['智譜']);
  });
});

describe('series for the charts', () => {
  it('quarters and years by length', () => {
    expect(spanOf(q(2025, 3))).toBe('quarter');
    expect(spanOf({ start: '2024-04-01', end: '2025-03-31' })).toBe('year');
    expect(spanOf({ start: '2024-01-01', end: '2024-06-30' })).toBeUndefined();
  });
  it('one record per period: the best-kept, then the definition the series holds most of', () => {
    const facts = [
      fact({ id: 'msft-capex-cash-fy2025q1', metric: 'capex', value: 14.9e9, unit: 'USD', status: 'single-source', period: q(2024, 3) }),
      fact({ id: 'msft-capex-cash-fy2025q2', metric: 'capex', value: 15.8e9, unit: 'USD', status: 'single-source', period: q(2024, 4) }),
      fact({ id: 'microsoft-capex-2024q3', metric: 'capex', value: 20e9, unit: 'USD', status: 'single-source', period: q(2024, 3) }),
      fact({ id: 'msft-capex-x-2025q1', metric: 'capex', value: 16.7e9, unit: 'USD', status: 'verified', period: q(2025, 1) }),
      fact({ id: 'ttm', metric: 'capex', value: 60e9, unit: 'USD', period: { start: '2024-07-01', end: '2025-06-30' } }),
    ];
    expect(pickSeries(facts, 'capex', 'quarter').map((f) => f.id)).toEqual(['msft-capex-cash-fy2025q1', 'msft-capex-cash-fy2025q2', 'msft-capex-x-2025q1']);
    expect(idFamily('oracle-capex-fy26q1')).toBe('oracle-capex');
  });
  it('never two counts of a line item in one series: the count covering the most periods', () => {
    const facts = [
      fact({ id: 'm-cash-1', metric: 'capex', value: 10e9, unit: 'USD', status: 'verified', definition: 'cash', period: q(2024, 1) }),
      fact({ id: 'm-cash-2', metric: 'capex', value: 11e9, unit: 'USD', status: 'verified', definition: 'cash', period: q(2024, 2) }),
      fact({ id: 'm-cash-3', metric: 'capex', value: 12e9, unit: 'USD', status: 'single-source', definition: 'cash', period: q(2024, 3) }),
      // Better kept, but counted with finance leases: not on the cash line, not even for its own quarter.
      fact({ id: 'm-lease-3', metric: 'capex', value: 15e9, unit: 'USD', status: 'verified', definition: 'incl-leases', period: q(2024, 3) }),
      fact({ id: 'm-lease-4', metric: 'capex', value: 16e9, unit: 'USD', status: 'verified', definition: 'incl-leases', period: q(2024, 4) }),
      fact({ id: 'm-head-4', metric: 'capex', value: 14e9, unit: 'USD', status: 'verified', period: q(2024, 4) }),
    ];
    expect(pickSeries(facts, 'capex', 'quarter').map((f) => f.id)).toEqual(['m-cash-1', 'm-cash-2', 'm-cash-3']);
  });
  it('years: fiscal years, not trailing twelve months', () => {
    const fy = (y: number) => ({ start: `${y}-04-01`, end: `${y + 1}-03-31` });
    const facts = [
      fact({ id: 'a-2023', period: fy(2023) }),
      fact({ id: 'a-2024', period: fy(2024) }),
      fact({ id: 'ttm-2025', period: { start: '2024-10-01', end: '2025-09-30' } }),
    ];
    expect(pickSeries(facts, 'revenue', 'year').map((f) => f.id)).toEqual(['a-2023', 'a-2024']);
  });
  it('a window around the figure\u2019s period', () => {
    const pts = Array.from({ length: 20 }, (_, i) => ({ end: `20${10 + i}-12-31` }));
    expect(windowPoints(pts, 5, '2020-12-31').map((p) => p.end)).toEqual(['2018-12-31', '2019-12-31', '2020-12-31', '2021-12-31', '2022-12-31']);
    expect(windowPoints(pts, 5).at(-1)!.end).toBe('2029-12-31');
  });
});

describe('chart geometry', () => {
  const box = { width: 300, height: 120, left: 40, right: 10, top: 10, bottom: 20 };
  const t = (iso: string) => Date.parse(iso);
  const pts = ['2024-03-31', '2024-06-30', '2024-09-30', '2024-12-31'].map((d, i) => ({ t: t(d), v: 200 + i * 10 }));
  it('the figure sits at its period\u2019s x; y from zero with nice ticks', () => {
    const s = chartScale(pts, box, { t: t('2024-09-30'), v: 220 });
    expect(s.mark!.x).toBeCloseTo(s.x(pts[2]!.t), 6);
    expect(s.mark!.clamped).toBeNull();
    expect(s.yTicks[0]).toBe(0);
    expect(s.x(pts[0]!.t)).toBe(40);
    expect(s.x(pts[3]!.t)).toBe(290);
    expect(niceStep(230, 3)).toBe(100);
  });
  it('a figure ten times the series is clamped above the plot, flagged as off the scale', () => {
    const s = chartScale(pts, box, { t: t('2024-09-30'), v: 2300 });
    expect(s.mark!.clamped).toBe('above');
    expect(s.mark!.y).toBe(box.top);
    expect(Math.max(...s.yTicks)).toBeLessThan(400);
  });
  it('a gap of more than two quarters breaks the line', () => {
    expect(
      linePath([
        { x: 0, y: 0, t: 0 },
        { x: 1, y: 1, t: 90 * 864e5 },
        { x: 2, y: 2, t: 500 * 864e5 },
      ]),
    ).toBe('M0.0,0.0L1.0,1.0M2.0,2.0');
  });
});

describe('shortcuts, reasons, sources, ranking, exports', () => {
  it('shortcuts: the page\u2019s keys and the browser\u2019s current keys for its commands', () => {
    expect(keyLabel('Alt+Shift+Period')).toBe('Alt+Shift+.');
    const keys = withBound(
      new Map([
        ['next-highlight', 'Ctrl+Shift+Period'],
        ['prev-highlight', ''],
      ]),
    ).map((s) => s.keys);
    expect(keys).toEqual(['Alt+Shift+J', 'Alt+Shift+K', 'Esc', 'Ctrl+Shift+.', '']);
  });
  it('relevance reasons in Japanese', () => {
    const lines = reasonLines(
      {
        entities: [{ id: 'alibaba', role: 'core', mentions: 6 }],
        title: { id: 'alibaba', role: 'core' },
        topics: [{ term: 'AI', count: 3 }],
        moneyFigures: 2,
        passingMention: false,
      },
      () => 'アリババグループ',
      'ja',
    );
    expect(lines).toEqual(['アリババグループ（6回）', '見出しにアリババグループ', '話題の語「AI」（3回）', '金額 2件']);
  });
  it('short publisher names', () => {
    expect(shortPublisher('AI Journal (Business Wire release)')).toBe('AI Journal');
    expect(shortPublisher('Alibaba Group release (Exhibit 99.1), machine translation on Futu News')).toBe('Alibaba Group release');
    expect(shortPublisher('Reportify')).toBe('Reportify');
  });
  it('facts stated after the article, undated or unverified go last', () => {
    const facts = [
      fact({ id: 'later', period: q(2026, 1), asOf: '2026-05-12' }),
      fact({ id: 'undated', status: 'unverified' }),
      fact({ id: 'ok', period: q(2025, 3), asOf: '2025-11-25' }),
    ];
    expect(factWeakness(facts[0]!, '2025-11-26').later).toBe(true);
    expect(rankFacts(facts, [], 'alibaba', '2025-11-26').map((f) => f.id)).toEqual(['ok', 'later', 'undated']);
  });
  it('CSV and Markdown carry the check in the reader\u2019s language', () => {
    const input = {
      url: 'https://example.com/a',
      title: 'A',
      result: { relevant: true, score: 1, reasons: [], entities: [], figures: [flagged] },
      nameOf: () => 'アリババグループ',
      factOf: () => planFact,
    };
    const csv = toCsv(input, { lang: 'ja', currency: 'JPY' });
    const [head, row] = csv.trim().split('\r\n');
    expect(head).toContain('check_text,cause_text,assumed,rate,kb_record,kb_source');
    expect(row).toContain('KBと不一致：通貨の取り違え（元とドルなど）');
    expect(row).toContain('対象: アリババグループ（段落・見出し・記事から）');
    expect(row).toContain('<https://example.com/x>');
    const md = toMarkdown(input, { lang: 'ja', currency: 'JPY' });
    expect(md).toContain('## 照合の前提');
    expect(md).toContain('  - 通貨: 米ドル (USD) (文中に明記)');
  });
});
