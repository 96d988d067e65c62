// Own sentences for shapes that kept figures from being checked: a pinyin gloss inside a keyword,
// list items joined by semicolons, variant and traditional spellings of line items, a business unit's
// own revenue, spending said with a bare 投 — each now reads its line item, and the check follows.
import { describe, expect, it } from 'vitest';
import { normalize } from '../../utils/analysis/text/normalize';
import { analyze } from '../../utils/analysis/analyze';
import { loadKbIndex } from '../../scripts/lib/kb-files';
import type { Figure } from '../../utils/analysis/types';

const kb = loadKbIndex();
const run = (text: string, date = '2025-03-01') => analyze({ text, date }, kb).figures;
const fig = (list: Figure[], surface: string) => {
  const f = list.find((x) => x.surface.endsWith(surface));
  if (!f) throw new Error(`no figure "${surface}" in ${list.map((x) => x.surface).join(' | ')}`);
  return f;
};

describe('pinyin glosses', () => {
  it('a one-syllable gloss with a tone mark after a Han character is dropped, offsets kept', () => {
    const src = '經(jīng)營(yíng)利潤(rùn)為412.05億元';
    const n = normalize(src);
    expect(n.text).toBe('經營利潤為412.05億元');
    expect(src.slice(n.map[4]!, n.map[5]!)).toBe('為');
  });
  it('other parentheses stay: no tone mark, not after Han, or not pinyin', () => {
    expect(normalize('阿里巴巴(ali)收入').text).toBe('阿里巴巴(ali)收入');
    expect(normalize('revenue (yíng)').text).toBe('revenue (yíng)');
    expect(normalize('收入(2024年)').text).toBe('收入(2024年)');
  });
});

describe('line items read across list separators and spellings', () => {
  const text =
    '阿里巴巴截至2024年12月31日止季度收入2801.54億元,同比增長8%;經(jīng)營(yíng)利潤(rùn)為412.05億元,同比增長(zhǎng)83%;歸屬于普通股股東的凈利潤為489.45億元;凈利潤為464.34億元;非公認會計準則下的凈利潤為510.66億元,同比增長6%。';
  const list = run(text);
  it.each([
    ['412.05億元', 'operating_income'],
    ['83%', 'operating_income_growth'],
    ['489.45億元', 'net_income_attrib'],
    ['464.34億元', 'net_income'],
    ['510.66億元', 'non_gaap_net_income'],
    ['6%', 'non_gaap_net_income_growth'],
  ])('%s is %s and checks against the release', (surface, metric) => {
    const f = fig(list, surface);
    expect(f.metric).toBe(metric);
    expect(f.check?.status).toBe('consistent');
  });
});

describe('an estimate in the previous list item is not this item’s', () => {
  it('勝市場預期的2774億元;經調整淨利潤按年增長6.5%: the growth is the non-GAAP net income’s', () => {
    const list = run('阿里巴巴第三財季收入2801.54億元,勝市場預期的2774億元;經調整(non-GAAP)淨利潤按年增長6.5%至510.66億元。');
    expect(fig(list, '6.5%').metric).toBe('non_gaap_net_income_growth');
    expect(fig(list, '2774億元').metric).not.toBe('revenue'); // an estimate: never the reported revenue
  });
});

describe('a keyword after an amount names it only within its clause', () => {
  it('經營現金流量淨額為709億元,同比增長10%;自由現金流為390億元: the first is no free cash flow', () => {
    const list = run('阿里巴巴經營活動產生的現金淨額為709.15億元,同比增長10%;自由現金流為390.20億元。');
    expect(fig(list, '709.15億元').metric).not.toBe('free_cash_flow');
    expect(fig(list, '390.20億元').metric).toBe('free_cash_flow');
  });
});

describe("a business unit's own revenue", () => {
  it('国际数字商业分部收入 is the unit’s revenue, not another line item', () => {
    const list = run('截至2025年6月30日止季度，阿里国际数字商业集团分部收入347亿元人民币，同比增长19%。', '2025-08-30');
    const f = fig(list, '347亿元人民币');
    expect(f.subject).toBe('aidc');
    expect(f.metric).toBe('revenue');
    expect(f.check?.status).toBe('consistent');
  });
  it("a product's revenue still is not the company's", () => {
    const list = run('2025年4月至6月，阿里巴巴AI相关产品收入100亿元。', '2025-08-30');
    expect(fig(list, '100亿元').metric).not.toBe('revenue');
  });
});

describe('spending said with 投', () => {
  it('再投 / 年投 before an amount is an investment plan', () => {
    const list = run('4月20日，阿里云宣布未来3年再投2000亿元，用于数据中心建设。', '2020-04-21');
    const f = fig(list, '2000亿元');
    expect(f.metric).toBe('investment_plan');
    expect(f.check?.status).toBe('consistent');
    expect(fig(run('阿里云未来3年投2000亿元建设数据中心。', '2020-04-21'), '2000亿元').metric).toBe('investment_plan');
  });
  it('a year before 投资者 is not spending', () => {
    const list = run('阿里巴巴在2024年投资者日上公布回购250亿美元。', '2024-05-01');
    expect(fig(list, '250亿美元').metric).not.toBe('investment_plan');
  });
});

describe('funding rounds and valuations', () => {
  it('an amount raised and the valuation it sets are line items of their own, checked against the round', () => {
    const list = run(
      '米オープンAIは10月2日、投資家から66億ドル(約9600億円)を調達したと発表した。オープンAIの調達後の企業評価額は1570億ドルとなる。',
      '2024-10-03',
    );
    expect(fig(list, '66億ドル').metric).toBe('funding');
    expect(fig(list, '66億ドル').check?.status).toBe('consistent');
    expect(fig(list, '1570億ドル').metric).toBe('valuation');
    expect(fig(list, '1570億ドル').check?.status).toBe('consistent');
  });
  it('OpenAI raised $6.6 billion at a $157 billion valuation', () => {
    const list = run('OpenAI raised $6.6 billion in new funding at a valuation of $157 billion.', '2024-10-03');
    expect(fig(list, '$6.6 billion').metric).toBe('funding');
    expect(fig(list, '$157 billion').metric).toBe('valuation');
  });
  it('a valuation loss (評価損) is not a valuation', () => {
    const list = run('アリババは投資の評価損50億元を計上した。', '2024-10-03');
    expect(fig(list, '50億元').metric).not.toBe('valuation');
  });
});

describe('the company an article is about, outside the Alibaba group', () => {
  it('a sentence without a name takes the one company the article keeps naming', () => {
    const text =
      'テンセントは13日、4～6月期決算を発表した。テンセントの売上高は1845億元だった。テンセントはAI投資を続ける。\n純利益は553億元と前年から増えた。';
    const f = fig(run(text, '2025-08-14'), '553億元');
    expect(f.subject).toBe('tencent');
    expect(f.via?.subject).toBe('article');
  });
  it('two companies named as often: nobody', () => {
    const text = 'テンセントとバイドゥは決算を発表した。テンセントとバイドゥはAIに投資する。テンセントとバイドゥは競う。\n純利益は553億元だった。';
    expect(fig(run(text, '2025-08-14'), '553億元').subject).toBeUndefined();
  });
});

describe('earnings per share', () => {
  const text =
    '阿里巴巴截至2024年12月31日止季度攤薄每股美國存托股收益為20.39元及攤薄每股收益為2.55元;非公認會計準則下攤薄每股美國存托股收益為21.39元及攤薄每股收益為2.67元。';
  it.each([
    ['20.39元', 'eps'],
    ['2.55元', 'eps'],
    ['21.39元', 'non_gaap_eps'],
    ['2.67元', 'non_gaap_eps'],
  ])('%s is %s (per ADS and per share both), never a share price', (surface, metric) => {
    const f = fig(run(text), surface);
    expect(f.metric).toBe(metric);
    expect(f.check?.status).toBe('consistent');
  });
  it('a price per share stays a price; a profit word elsewhere in the clause does not change that', () => {
    expect(fig(run('阿里巴巴股價收報144.51美元。'), '144.51美元').metric).toBe('share_price');
    expect(fig(run('利益確定売りでアリババの株価は138.5香港ドルとなった。'), '138.5香港ドル').metric).toBe('share_price');
  });
  it('a wrong unit on an EPS figure is a scale slip, named as such', () => {
    const f = fig(run('阿里巴巴截至2024年12月31日止季度攤薄每股美國存托股收益為2039元。'), '2039元');
    expect(f.metric).toBe('eps');
    expect([f.check?.status, f.check?.cause]).toEqual(['inconsistent', 'scale']);
  });
});
describe('a share of the total between an item and its growth', () => {
  it('收入347亿元 占总收入14.0% 同比增长19%: the growth is the item’s, the share names nothing else', () => {
    const list = run('截至2025年6月30日止季度，阿里国际数字商业集团分部收入347亿元人民币，占总收入14.0%，同比增长19%。', '2025-08-30');
    expect(fig(list, '19%').metric).toBe('revenue_growth');
    expect(fig(list, '19%').subject).toBe('aidc');
    expect(fig(list, '19%').check?.status).toBe('consistent');
    expect(fig(list, '14.0%').metric).not.toBe('revenue_growth');
  });
});

describe('month ranges joined by 至 / 到', () => {
  it('2025年4月至6月 is the quarter, like 4月から6月', () => {
    const list = run('2025年4月至6月，阿里国际数字商业集团分部收入347亿元人民币，同比增长19%。', '2025-08-30');
    expect([fig(list, '19%').period?.start, fig(list, '19%').period?.end]).toEqual(['2025-04-01', '2025-06-30']);
    expect(fig(list, '19%').check?.status).toBe('consistent');
  });
});

describe('buyback words of translated releases', () => {
  it('株式買い戻し計画 is a buyback authorization, 買い戻し a buyback', () => {
    const list = run('アリババは、既存の250億ドルの株式買い戻し計画を拡大した。アリババは四半期に30億ドルの株式を買い戻した。', '2022-11-17');
    expect(fig(list, '250億ドル').metric).toBe('buyback_authorization');
    expect(fig(list, '30億ドル').metric).toBe('buyback');
  });
});
