// More period shapes of English and Chinese results stories, each written from the shape (own
// sentences, own figures): a growth "over" an earlier quarter, a plan "for the (full) year", "its most
// recent fiscal year", "quarterly results", 今年三季度 without 第, 最新季度 / 单季 / 当季.
import { describe, expect, it } from 'vitest';
import { Q, periodOf } from './support/periods';
const Y = (y: number): [string, string] => [`${y}-01-01`, `${y}-12-31`];

describe('English', () => {
  const en = { date: '2024-08-10' };
  it('"an increase of N% over the second quarter of 2023" is the basis, not the amount\'s quarter', () => {
    const text =
      'Acme Holdings announced results for the second quarter of 2024 ("2Q2024").\n\n- Total revenues were RMB41,200 million, an increase of 12% over the second quarter of 2023.';
    expect(periodOf(text, 'RMB41,200 million', en)).toEqual(Q(2024, 2));
  });
  it('a plan "for the year" / "for the full year" is the year under way, before a later "next year"', () => {
    const text = 'Acme lifted its spending plans for the year to about $42 billion and signalled a further rise for next year.';
    expect(periodOf(text, '$42 billion', en)).toEqual(Y(2024));
    const t2 = 'Acme posted second-quarter revenue of $20 billion. It raised its capex forecast for the full year to $31 billion.';
    expect(periodOf(t2, '$31 billion', en)).toEqual(Y(2024));
  });
  it('"for the year" in a sentence after one on next year still names this year', () => {
    const text = 'Rivals will spend more next year. Beta is said to be investing up to $18bn in capex for the year.';
    expect(periodOf(text, '$18bn', en)).toEqual(Y(2024));
  });
  it('"its most recent fiscal year" of a calendar-year company is the last year ended', () => {
    const text = 'Acme Web Services, the leader, brought in $90.2 billion in its most recent fiscal year.';
    expect(periodOf(text, '$90.2 billion', en)).toEqual(Y(2023));
  });
  it('"to spend … this quarter" is the quarter under way, not the one reported', () => {
    expect(periodOf('Acme to spend record $12 billion this quarter as demand grows', '$12 billion', en)).toEqual(Q(2024, 3));
  });
  it('"quarterly revenue" names the quarter reported, not a year named in the sentence before', () => {
    const text = 'Acme raised its outlook for next year. The company beat estimates for quarterly revenue, which rose 11 percent.';
    expect(periodOf(text, '11 percent', en)).toEqual(Q(2024, 2));
  });
  it('"alongside its quarterly results" dates an announcement, not the plan amount', () => {
    const text = 'Acme will spend an extra $3bn this year. The $3bn rise to its earlier $40 billion plan came alongside its quarterly results.';
    expect(periodOf(text, '$40 billion', en)).toEqual(Y(2024));
  });
});

describe('Chinese', () => {
  const zh = { date: '2025-11-20' };
  it('今年三季度 / 去年四季度 (no 第) is that quarter of the year counted from the date', () => {
    expect(periodOf('财报显示,今年三季度该业务收入为88亿元,同比下滑9%。', '88亿元', zh)).toEqual(Q(2025, 3));
    expect(periodOf('去年四季度该业务收入为70亿元。', '70亿元', zh)).toEqual(Q(2024, 4));
  });
  it('最新季度财报 names the latest quarter ended', () => {
    expect(periodOf('某集团近日发布最新季度财报,经营利润同比下滑40%至61亿元。', '61亿元', zh)).toEqual(Q(2025, 3));
  });
  it('单季 after a four-quarter total is a single quarter, the latest one', () => {
    const text = '过去四个季度累计资本开支约900亿元,单季投入达260亿元。';
    expect(periodOf(text, '900亿元', zh)).toEqual(['2024-10-01', '2025-09-30']);
    expect(periodOf(text, '260亿元', zh)).toEqual(Q(2025, 3));
  });
  it('当季 in results news is the quarter reported', () => {
    expect(periodOf('某公司发布2025年第三季度财报,当季总营收210亿元。', '210亿元', zh)).toEqual(Q(2025, 3));
  });
  it("a half dating a market-share statistic is not passed on to the cloud unit's results after it", () => {
    const text =
      '阿里巴巴公布2025年第三季度业绩,收入2400亿元。\n据某机构报告,2025年上半年阿里云以33.1%的市场份额位居第一。\n云智能业务收入同比增长30%至380亿元。';
    expect(periodOf(text, '380亿元', zh)).toEqual(Q(2025, 3));
  });
});
