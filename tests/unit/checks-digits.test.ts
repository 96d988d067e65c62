// Evidence from the digits alone. (a) Scale: every significant digit written (three at least) equals a
// fact of the subject's line-item family for the figure's period times a power of ten, in the KB's own
// currency, and no fact of the family equals the figure: a dropped decimal point or a slipped 万/億,
// million/billion (also the fact's own digits under another currency's sign), flagged even where the
// plain value check would only be unsure (the subject or the period inherited). (b) Wrong line item: the figure's own line item, named in its sentence, has another
// value in the KB for the period, and the figure equals another line item's value of the same subject and
// period to every digit written (revenue given net income, a segment given the group's total, growth
// given a margin); pairs writers use loosely (net income / attributable / non-GAAP, operating income /
// EBITA) never count. All values below are hypothetical, for the logic only.
import { describe, expect, it } from 'vitest';
import { SEP25, fact, flagsOf, get, kbWith, run } from './support/checks-kb';

const EPS = [
  fact('non_gaap_eps', 14.75, 'CNY', SEP25),
  fact('non_gaap_eps', 2.06, 'USD', SEP25),
  fact('eps', 17.98, 'CNY', SEP25),
  fact('net_income_growth', -52.3, 'percent', SEP25, { basis: 'yoy' }),
];
const KB = kbWith((f) => f, EPS);
const check = (text: string, surface: string, kb = KB) => get(run(text, undefined, kb), surface).check;

describe('scale from the digits', () => {
  it('a per-share amount with its decimal point dropped: a scale slip, the power of ten named', () => {
    const c = check('阿里巴巴2026财年第二季度非GAAP每股美国存托股收益为1475元人民币。', '1475元人民币');
    expect(c).toMatchObject({ status: 'inconsistent', cause: 'scale', expected: 14.75 });
    expect(c!.reason).toMatch(/100× larger/);
  });
  it('with the subject and the period only the article’s (a digest’s bullet): still a scale slip', () => {
    const text = '阿里巴巴公布2026财年第二季度业绩。\n- 非GAAP每股美国存托股收益为206美元\n- 营收2477.95亿元';
    expect(check(text, '206美元')).toMatchObject({ status: 'inconsistent', cause: 'scale', expected: 2.06 });
  });
  it('the digits of a sibling of the family (EPS written where the non-GAAP figure is meant): scale, the sibling named', () => {
    const c = check('阿里巴巴2026财年第二季度每股收益为1475元人民币。', '1475元人民币');
    expect(c).toMatchObject({ status: 'inconsistent', cause: 'scale', sibling: { kind: 'line-item', metric: 'non_gaap_eps' } });
  });
  it('two digits only, with the subject and period inherited: not evidence enough', () => {
    const text = '阿里巴巴公布2026财年第二季度业绩。\n- 非GAAP每股美国存托股收益为150元人民币\n- 营收2477.95亿元';
    expect(check(text, '150元人民币')?.status).not.toBe('inconsistent');
  });
  it('digits that match only after a conversion (no fact in the figure’s currency): never a scale flag', () => {
    const noUsd = kbWith(
      (f) => f,
      EPS.filter((x) => x.unit !== 'USD'),
    );
    const text = '阿里巴巴公布2026财年第二季度业绩。\n- 非GAAP每股美国存托股收益为206美元\n- 营收2477.95亿元';
    expect(check(text, '206美元', noUsd)?.status).not.toBe('inconsistent');
  });
  it('the fact’s own digits ×10 under a dollar sign (a yuan amount, currency and unit slipped): scale', () => {
    const c = check('阿里巴巴公布2026财年第二季度业绩。\n营收为24,779.5亿美元。', '24,779.5亿美元');
    expect(c).toMatchObject({ status: 'inconsistent', cause: 'scale', expected: 247_795e6, expectedUnit: 'CNY' });
    expect(c!.reason).toMatch(/US dollar \(USD\) and 10× larger/);
  });
  it('a dollar amount near the conversion ×10 (no digits of the KB’s own): never a flag', () => {
    expect(check('阿里巴巴2026财年第二季度营收为3,481亿美元。', '3,481亿美元')?.status).not.toBe('inconsistent');
  });
  it('a percentage with its decimal point dropped (-523% for -52.3%): scale, with the line item’s fact', () => {
    const c = check('阿里巴巴公布2026财年第二季度业绩。\n营收2477.95亿元。\n净利润同比下降523%', '同比下降523%');
    expect(c).toMatchObject({ status: 'inconsistent', cause: 'scale', expected: -52.3 });
  });
  it('a figure equal to a fact of the family is never a scale slip', () => {
    expect(check('阿里巴巴2026财年第二季度非GAAP每股美国存托股收益为14.75元人民币。', '14.75元人民币')?.status).toBe('consistent');
  });
});

describe('another line item’s number', () => {
  it('revenue given net income’s number, to every digit: the wrong line item, that item named', () => {
    const c = check('阿里巴巴2026财年第二季度营收为206.12亿元。', '206.12亿元');
    expect(c).toMatchObject({ status: 'inconsistent', cause: 'metric', sibling: { kind: 'line-item', metric: 'net_income' }, expected: 20_612e6 });
  });
  it('revenue growth given net income’s growth (three digits): the wrong line item', () => {
    const c = check('阿里巴巴2026财年第二季度营收同比下降52.3%。', '同比下降52.3%');
    expect(c).toMatchObject({ status: 'inconsistent', cause: 'metric', sibling: { metric: 'net_income_growth' } });
  });
  it('a segment’s line item given the group’s total of the period: the wrong line item', () => {
    const c = check('阿里巴巴2026财年第二季度云智能集团收入为2477.95亿元。', '2477.95亿元');
    expect(c).toMatchObject({ status: 'inconsistent', cause: 'metric', sibling: { metric: 'revenue' } });
  });
  it('a loose pair (net income given adjusted EBITA’s number) is never called the wrong line item', () => {
    const figs = run('阿里巴巴2026财年第二季度净利润为90.73亿元。', undefined, KB);
    expect(flagsOf(figs).filter((x) => x.endsWith(':metric'))).toEqual([]);
  });
  it('a line item not named in the figure’s sentence: never the wrong line item', () => {
    const figs = run('阿里巴巴2026财年第二季度营收为2477.95亿元。\n另外，206.12亿元。', undefined, KB);
    expect(flagsOf(figs)).toEqual([]);
  });
  it('where the KB has nothing of the named line item for the period: not flagged', () => {
    const noRevenue = kbWith((f) => (f.metric === 'revenue' && f.period?.end === SEP25.end ? null : f), EPS);
    expect(flagsOf(run('阿里巴巴2026财年第二季度营收为206.12亿元。', undefined, noRevenue))).toEqual([]);
  });
});
