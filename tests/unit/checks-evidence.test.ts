// Each kind of evidence a flag needs, written from the shapes (our own sentences; values from
// shared/domain-facts.md, rates from the Fed H.10 month averages), and the shapes that must never be
// flagged: a middle-dot decimal, ¥ for yuan, a year-less or inferred period, a fiscal label, the
// publication date, an old article's conversion, an undated one within what some month's rate gives.
import { describe, expect, it } from 'vitest';
import { CONVERSION_TOLERANCE } from '../../utils/analysis/checks/conversion';
import { PLAN, SEP24, SEP25, fact, flagsOf, get, kbWith, run, status } from './support/checks-kb';

describe('currency: the same number as a KB fact of the subject in another currency', () => {
  it('a quarter’s revenue in dollars', () => {
    const f = get(run('アリババの2025年7～9月期の売上高は2,477億9,500万ドルだった。'), '2,477億9,500万ドル');
    expect(f.check).toMatchObject({ status: 'inconsistent', cause: 'currency', expected: 247_795e6, expectedUnit: 'CNY' });
  });
  it('never for ¥ in English text about China, nor for its conversion', () => {
    const en = run('Alibaba posted revenue of ¥247.8 billion (US$34.8 billion) for the quarter ended September 30, 2025.', '2025-11-26');
    expect(get(en, '¥247.8 billion').check).toMatchObject({ status: 'consistent', basis: { currency: { value: 'CNY', how: 'inferred' } } });
    expect(status(get(en, 'US$34.8 billion'))).toBe('consistent');
    expect(flagsOf(en)).toEqual([]);
  });
  it('a plan in dollars: the card’s period is the plan’s horizon, not the quarter the article reports', () => {
    const f = get(run('アリババは2025年7～9月期の決算を発表した。同社はAIインフラに3,800億ドルを投じる計画だ。', '2025-11-26'), '3,800億ドル');
    expect(f.check).toMatchObject({
      status: 'inconsistent',
      cause: 'currency',
      basis: { period: { value: { start: PLAN.start, end: PLAN.end }, how: 'inferred' } },
    });
  });
  it('but ¥ in Japanese text is yen: a yuan number under it is a currency slip', () => {
    expect(status(get(run('アリババの2025年7～9月期の売上高は¥2,477億9,500万だった。'), '¥2,477億9,500万'))).toBe('inconsistent/currency');
  });
});

describe('scale: a power of ten from the KB value', () => {
  it('×10 and a 万/億 slip', () => {
    expect(status(get(run('アリババの2025年7～9月期の売上高は2兆4,779億5,000万元だった。'), '2兆4,779億5,000万元'))).toBe('inconsistent/scale');
    expect(get(run('アリババの2025年7～9月期の純利益は20億6,120万元だった。'), '20億6,120万元').check).toMatchObject({ cause: 'scale', expected: 20_612e6 });
  });
  it('a round number ten times an event of the stated day (a bond’s size)', () => {
    expect(status(get(run('アリババは2024年5月23日、500億ドルの転換社債を発行した。'), '500億ドル'))).toBe('inconsistent/scale');
    expect(status(get(run('アリババは2024年5月23日、50億ドルの転換社債を発行した。'), '50億ドル'))).toBe('consistent');
    // with no day stated, a round number is a power of ten from too many things
    expect(flagsOf(run('アリババは500億ドルの転換社債を発行した。'))).toEqual([]);
  });
  it('a converted amount ten times too large', () => {
    expect(status(get(run('アリババは3,800億元(約79兆円)を投資する。', '2025-02-25'), '約79兆円'))).toBe('inconsistent/scale');
  });
  it('never for a middle-dot decimal the grammar read as one number (7・9兆 is 7.9兆)', () => {
    const f = get(run('アリババは今後3年間で3,800億元(約7・9兆円)を投資する。', '2025-02-25'), '約7・9兆円');
    expect(f.check).toMatchObject({ status: 'consistent', value: 7.9e12 });
  });
});

describe('period: the value of another period while the text states this one', () => {
  it('last year’s quarter under this year’s label', () => {
    const f = get(run('アリババの2024年7～9月期の売上高は2,477億9,500万元だった。'), '2,477億9,500万元');
    expect(f.check).toMatchObject({ status: 'inconsistent', cause: 'period', sibling: { kind: 'period', period: SEP25 } });
  });
  it('and its conversion carries the same error', () => {
    const figs = run('アリババの2024年7～9月期の売上高は2,477億9,500万元(約348億ドル)だった。', '2025-11-26');
    expect(flagsOf(figs)).toEqual(['2,477億9,500万元:period', '約348億ドル:period']);
    expect(get(figs, '約348億ドル').check).toMatchObject({ rate: { month: '2025-09' }, convertedFrom: { surface: '2,477億9,500万元' } });
  });
  it('never when the period was inferred: a year-less label with no date', () => {
    const figs = run('アリババの7～9月期の売上高は2,365億300万元だった。');
    expect(flagsOf(figs)).toEqual([]);
    expect(status(get(figs, '2,365億300万元'))).toBe('consistent');
  });
  it('never for a fiscal label (2025年度第2四半期 is the quarter ended Sept 2024)', () => {
    const figs = run('アリババの2025年度第2四半期の売上高は2,365億300万元だった。');
    expect(get(figs, '2,365億300万元').check).toMatchObject({ status: 'consistent', factId: expect.any(String) });
  });
  it('never takes the publication date for a quarter’s period', () => {
    const f = get(run('2025年11月25日、アリババの売上高は2,477億9,500万元と発表された。'), '2,477億9,500万元');
    expect(f.check).toMatchObject({ status: 'consistent', basis: { period: { value: SEP25, how: 'inferred' } } });
  });
});

describe('conversion: at the page’s own rate, else the reference rate of the article’s month', () => {
  it('a 2019 article’s yen at 2019 rates, and the same text dated 2025 at 2025 rates', () => {
    const text = 'アリババの売上高は1190億元(約1兆9000億円)だった。';
    expect(get(run(text, '2019-11-11'), '約1兆9000億円').check).toMatchObject({
      status: 'consistent',
      rate: { source: 'reference', month: '2019-11', basis: 'article' },
    });
    expect(status(get(run(text, '2025-02-25'), '約1兆9000億円'))).toBe('inconsistent/conversion');
  });
  it('the page’s own stated rate wins over the reference rate', () => {
    const ok = get(run('アリババは3,800億元(約7兆6,000億円、1元=20円で換算)を投資する。', '2025-02-25'), '約7兆6,000億円');
    expect(ok.check).toMatchObject({ status: 'consistent', rate: { source: 'page', rate: 20 } });
    expect(status(get(run('アリババは3,800億元(約9兆円、1元=20円で換算)を投資する。', '2025-02-25'), '約9兆円'))).toBe('inconsistent/conversion');
  });
  it(`within rounding plus ${CONVERSION_TOLERANCE * 100}% of the month's rate`, () => {
    // Feb 2025: 20.84 yen per yuan, so 1,234億元 is 2兆5,717億円; 4% off passes, 9% off does not
    expect(status(get(run('テンセントは1,234億元(2兆6,746億円)を投じる。', '2025-02-25'), '2兆6,746億円'))).toBe('consistent');
    expect(status(get(run('テンセントは1,234億元(2兆8,031億円)を投じる。', '2025-02-25'), '2兆8,031億円'))).toBe('inconsistent/conversion');
    // a round amount (1,000億元) stands for anything it rounds from: wider
    expect(status(get(run('テンセントは1,000億元(2兆2,720億円)を投じる。', '2025-02-25'), '2兆2,720億円'))).toBe('consistent');
  });
  it('two amounts converted at one rate the page does not state: its own house rate, no slip', () => {
    // Feb 2025: 20.84 yen per yuan; both amounts at 22.0 (7% off) — the page's rate, not its arithmetic
    const text = 'テンセントは1,234億元(2兆7,148億円)を投じ、売上高は1,725億元(3兆7,950億円)だった。';
    expect(get(run(text, '2025-02-25'), '2兆7,148億円').check).toMatchObject({ status: 'unverified', missing: ['difference'] });
    // one amount off the rate the other uses is still flagged
    const odd = 'テンセントは1,234億元(2兆8,031億円)を投じ、売上高は1,725億元(3兆5,949億円)だった。';
    expect(status(get(run(odd, '2025-02-25'), '2兆8,031億円'))).toBe('inconsistent/conversion');
    // the same amount converted twice (headline and body) is one conversion, not a rate the page shares
    const twice = 'テンセントは1,234億元(2兆8,031億円)を投じる。テンセントは1,234億元(2兆8,031億円)を投じる。';
    expect(status(get(run(twice, '2025-02-25'), '2兆8,031億円'))).toBe('inconsistent/conversion');
  });
  it('undated: wrong only when no month’s rate since 2015 gives it', () => {
    expect(status(get(run('テンセントは1,000億元(約1,300億円)を投じる。'), '約1,300億円'))).toBe('inconsistent/conversion');
    expect(get(run('テンセントは1,000億元(約1兆6,000億円)を投じる。'), '約1兆6,000億円').check).toMatchObject({ status: 'unverified', missing: ['period'] });
  });
});

describe('value: subject, line item and period all stated, and the KB differs beyond rounding', () => {
  it('flags a different number', () => {
    expect(get(run('アリババの2025年7～9月期の売上高は2,600億元だった。'), '2,600億元').check).toMatchObject({ cause: 'value', expected: 247_795e6 });
  });
  it('a buyback total that differs from the company’s own for the quarter', () => {
    expect(get(run('アリババは2024年4～6月期に85億ドルの自社株買いを実施した。'), '85億ドル').check).toMatchObject({ cause: 'value', expected: 5.8e9 });
    expect(status(get(run('アリババは2024年4～6月期に58億ドルの自社株買いを実施した。'), '58億ドル'))).toBe('consistent');
  });
  it('not an approximate one, nor one with the company only inferred', () => {
    expect(get(run('アリババの2025年7～9月期の売上高は約2,600億元だった。'), '約2,600億元').check).toMatchObject({
      status: 'unverified',
      missing: ['difference'],
    });
    expect(flagsOf(run('2025年7～9月期の決算。\n別の話題として、売上高は2,600億元になる可能性もある。アリババ。'))).toEqual([]);
  });
  it('not against a KB figure that is not the issuer’s own (one secondary source, or a summary’s round number)', () => {
    const text = 'アリババの2025年7～9月期の売上高は2,600億元だった。';
    const isRevenue = (f: { metric: string; period?: { end: string } }) => f.metric === 'revenue' && f.period?.end === SEP25.end;
    const secondary = kbWith((f) => (isRevenue(f) ? { ...f, status: 'single-source' } : f));
    expect(get(run(text, undefined, secondary), '2,600億元').check).toMatchObject({ status: 'unverified', missing: ['difference'] });
    const rounded = kbWith((f) => (isRevenue(f) ? { ...f, value: 220e9, qualifier: 'about' } : f));
    expect(status(get(run(text, undefined, rounded), '2,600億元'))).toBe('unverified');
  });
});

describe('what a check carries for the card, panel and exports', () => {
  it('assumptions with how each was established, the figure as written and read, the fact, the cause', () => {
    const f = get(run('アリババの2024年7～9月期の売上高は2,477億9,500万元だった。'), '2,477億9,500万元');
    expect(f.check).toMatchObject({
      status: 'inconsistent',
      cause: 'period',
      scope: 'fact',
      written: '2,477億9,500万元',
      value: 247_795e6,
      unit: 'CNY',
      factId: expect.any(String),
      basis: {
        subject: { value: 'alibaba', how: 'explicit' },
        metric: { value: 'revenue', how: 'explicit' },
        period: { value: { start: SEP24.start, end: SEP24.end }, how: 'explicit' },
        currency: { value: 'CNY', how: 'explicit' },
      },
    });
    expect(f.check!.reason).toMatch(/wrong period/);
  });
  it('a conversion: the rate, its month and why that month, and the amount it converts', () => {
    const f = get(run('アリババの売上高は1190億元(約1兆9000億円)だった。', '2019-11-11'), '約1兆9000億円');
    expect(f.check).toMatchObject({
      scope: 'conversion',
      convertedFrom: { surface: '1190億元', value: 119e9, unit: 'CNY' },
      rate: { from: 'CNY', to: 'JPY', month: '2019-11', fxIds: ['usdcny-2019-11', 'usdjpy-2019-11'] },
    });
    expect(f.check!.rate!.tolerance).toBeGreaterThan(CONVERSION_TOLERANCE);
  });
  it('an unverified figure says what was missing', () => {
    expect(get(run('アリババの2023年7～9月期の売上高は2,247億元だった。'), '2,247億元').check).toMatchObject({ status: 'unverified', missing: ['fact'] });
  });
});

describe('no flag on evidence that only looks like it (shapes from unseen pages)', () => {
  it('a round number fits a neighbouring period by rounding alone (2,500億 for 2,477.95億): no period flag; the precise number still is one', () => {
    expect(status(get(run('アリババの2025年4～6月期の売上高は2,500億元だった。', '2025-08-30'), '2,500億元'))).toBe('unverified');
    expect(status(get(run('アリババの2025年4～6月期の売上高は2,477億9,500万元だった。', '2025-08-30'), '2,477億9,500万元'))).toBe('inconsistent/period');
  });
  it('an approximate record matches a nearby number only by its own vagueness: no period flag', () => {
    const kb = kbWith((f) => f, [fact('revenue', 251e9, 'CNY', { start: '2025-04-01', end: '2025-06-30', label: 'Q2 2025' }, { qualifier: 'about' })]);
    expect(status(get(run('アリババの2024年4～6月期の売上高は2,490億元だった。', '2025-08-30', kb), '2,490億元'))).toBe('unverified');
  });
  it('an approximate record confirms only within its own rounding: about 251bn is not 256bn', () => {
    const kb = kbWith((f) => f, [fact('revenue', 251e9, 'CNY', { start: '2024-04-01', end: '2024-06-30', label: 'Q2 2024' }, { qualifier: 'about' })]);
    expect(status(get(run('アリババの2024年4～6月期の売上高は2,560億元だった。', '2025-08-30', kb), '2,560億元'))).toBe('unverified');
    expect(status(get(run('アリババの2024年4～6月期の売上高は2,510億元だった。', '2025-08-30', kb), '2,510億元'))).toBe('consistent');
  });
  it('nor a currency flag: an approximate dollar record near a precise yuan number', () => {
    const kb = kbWith((f) => f, [fact('buyback', 28.27e9, 'USD', undefined, { qualifier: 'about', asOf: '2025-06-01' })]);
    expect(flagsOf(run('アリババは自社株買いに274億3,400万元を投じた。', '2025-08-30', kb))).toEqual([]);
  });
  it('a fact announced years after the article is not what it meant: no currency flag in a 2016 article', () => {
    expect(status(get(run('アリババの売上高は2,477億9,500万ドルだった。', '2016-08-12'), '2,477億9,500万ドル'))).toBe('none');
    expect(status(get(run('アリババの売上高は2,477億9,500万ドルだった。', '2025-12-01'), '2,477億9,500万ドル'))).toBe('inconsistent/currency');
  });
  it('a plan announced years after the period the figure names is not the figure', () => {
    expect(flagsOf(run('アリババは2015年4～6月期に3,800億ドルの投資計画を発表した。', '2016-08-12'))).toEqual([]);
  });
  it('an undated page converts a result at a rate no earlier than its announcement', () => {
    const text = 'アリババの2025年7～9月期の売上高は2,477億9,500万元(約5兆4,100億円)だった。';
    const announced = kbWith((f) => (f.metric === 'revenue' && f.period?.end === SEP25.end ? { ...f, asOf: '2025-11-25' } : f));
    expect(get(run(text, undefined, announced), '約5兆4,100億円').check).toMatchObject({ status: 'consistent', rate: { month: '2025-11' } });
  });
});
