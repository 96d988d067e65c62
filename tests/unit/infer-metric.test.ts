// Which line item a figure is when its sentence names none for it: the shapes (our own sentences) where
// the sentence implies it, as a guess the checks may confirm but never flag on; and the shapes that
// must stay unattributed (estimates, a part in brackets, revenue from a named business).
import { describe, expect, it } from 'vitest';
import { SEP25, fact, flagsOf, get, kbWith, run, status } from './support/checks-kb';

// the test KB with Alibaba Cloud's own cloud revenue (F18: RMB 39,824m, up 34%)
const KB = kbWith(
  (x) => x,
  [
    fact('cloud_revenue', 39_824e6, 'CNY', SEP25, { subject: 'alibaba-cloud' }),
    fact('cloud_revenue_growth', 34, 'percent', SEP25, { subject: 'alibaba-cloud', basis: 'yoy' }),
  ],
);
const go = (text: string, date = '2025-11-26') => run(text, date, KB);

describe('a list of segments under one line item', () => {
  const figs = go('アリババの2025年7～9月期の部門別の売上高は、主力のコマース事業が10%増の1,000億元、アリババクラウドが34%増の398億2,400万元だった。');
  it("each amount is its segment's line item, the segment its subject, as a guess", () => {
    expect(get(figs, '398億2,400万元')).toMatchObject({ metric: 'cloud_revenue', subject: 'alibaba-cloud', via: { metric: 'inferred' } });
    expect(get(figs, '34%増')).toMatchObject({ metric: 'cloud_revenue_growth', subject: 'alibaba-cloud' });
    expect(status(get(figs, '398億2,400万元'))).toBe('consistent');
    expect(get(figs, '398億2,400万元').check?.basis?.metric).toEqual({ value: 'cloud_revenue', how: 'inferred' });
  });
  it('a segment the KB does not know is no line item of the group', () => {
    expect(get(figs, '1,000億元').metric).not.toBe('revenue');
    expect(get(figs, '10%増').metric).not.toBe('revenue_growth');
  });
  it('never a part in brackets (うち…)', () => {
    const f = get(go('売上高は、コマース事業が1,000億元(うちアリババクラウドは398億元)、その他が50億元だった。'), '398億元');
    expect(f.metric).not.toBe('cloud_revenue');
  });
});

describe('a results sentence that names no line item', () => {
  it('its first amount is revenue, and the growth joined to it revenue growth', () => {
    const figs = go('アリババの2025年7～9月期業績は、前年同期比5%増の2,477億9,500万元だった。');
    expect(get(figs, '2,477億9,500万元')).toMatchObject({ metric: 'revenue', via: { metric: 'inferred' } });
    expect(get(figs, '5%増').metric).toBe('revenue_growth');
    expect(status(get(figs, '2,477億9,500万元'))).toBe('consistent');
  });
  it('never flagged on a guessed line item: a 10× slip under 売上高 is, under 業績 it is not', () => {
    expect(status(get(go('アリババの2025年7～9月期の売上高は2兆4,779億5,000万元だった。'), '2兆4,779億5,000万元'))).toBe('inconsistent/scale');
    const figs = go('アリババの2025年7～9月期業績は、前年同期比5%増の2兆4,779億5,000万元だった。');
    expect(get(figs, '2兆4,779億5,000万元').metric).toBe('revenue');
    expect(flagsOf(figs)).toEqual([]);
  });
  it('never an estimate (市場予想, consensus)', () => {
    expect(get(go('アリババの2025年7～9月期業績は、市場予想の2,400億元を上回った。'), '2,400億元').metric).not.toBe('revenue');
  });
});

describe('a growth rate joined to an amount', () => {
  it('a segment jumped X% to an amount: its revenue and its growth', () => {
    const figs = go('In the quarter ended September 30, 2025, Alibaba Cloud jumped 34% year-over-year (YoY) to RMB39.8 billion.');
    expect(get(figs, 'RMB39.8 billion')).toMatchObject({ metric: 'cloud_revenue', subject: 'alibaba-cloud' });
    expect(get(figs, 'jumped 34%')).toMatchObject({ metric: 'cloud_revenue_growth', subject: 'alibaba-cloud' });
    expect(status(get(figs, 'RMB39.8 billion'))).toBe('consistent');
  });
  it('the same in Chinese: 同比增长X%至<amount>', () => {
    const figs = go('2025年第三季度，阿里云同比增长34%至398.24亿元。');
    expect(get(figs, '398.24亿元')).toMatchObject({ metric: 'cloud_revenue', subject: 'alibaba-cloud' });
    expect(get(figs, '同比增长34%').metric).toBe('cloud_revenue_growth');
  });
  it("but not the analysts' estimate after it", () => {
    const figs = go('In the quarter ended September 30, 2025, Alibaba Cloud jumped 34% to RMB39.8 billion, exceeding analysts estimated RMB37.9 billion.');
    expect(get(figs, 'RMB37.9 billion').metric).not.toBe('cloud_revenue');
    expect(flagsOf(figs)).toEqual([]);
  });
  it('an amount, marking an X% rise: the growth of its line item', () => {
    const figs = go('For the quarter ended September 30, 2025, Alibaba posted revenue of RMB247.8 billion ($34.8 billion), marking a 5% year-on-year rise.');
    expect(get(figs, '5% year-on-year rise').metric).toBe('revenue_growth');
  });
  it('an amount, the period it is for, then ", up X% from a year earlier": the growth of its line item, as a guess', () => {
    const figs = go('Alibaba Cloud reported revenue of RMB39.8 billion for the quarter ended September 30, 2025, up 34% from a year earlier.');
    expect(get(figs, 'up 34%')).toMatchObject({ metric: 'cloud_revenue_growth', subject: 'alibaba-cloud', via: { metric: 'inferred' } });
    expect(status(get(figs, 'up 34%'))).toBe('consistent');
    const wrong = go('Alibaba Cloud reported revenue of RMB39.8 billion in the September quarter of 2025, up 43% from a year earlier.');
    expect(get(wrong, 'up 43%').metric).toBe('cloud_revenue_growth');
    expect(flagsOf(wrong)).toEqual([]); // an inferred line item is never flagged
  });
  it('but not a rate in another clause with no period between (…, its shares up 3%)', () => {
    const figs = go('Alibaba Cloud reported revenue of RMB39.8 billion, and its shares were up 3% in Hong Kong.');
    expect(get(figs, 'up 3%').metric).not.toBe('cloud_revenue_growth');
  });
  it('a line item named as a cause (…事業の収益成長により) is not the figure’s own', () => {
    const figs = go('アリババは2025年7～9月期において、クラウド事業の収益成長により、前年同期比5%増の2,477億9,500万元の売上高を達成した。');
    expect(get(figs, '5%増').metric).toBe('revenue_growth');
    expect(get(figs, '2,477億9,500万元').metric).toBe('revenue');
  });
  it('a rate before the line item (前年比34%の売上高増) is no segment name', () => {
    const figs = go('2025年7～9月期、アリババクラウドは、前年比34%の売上高増により、398億2,400万元に達した。');
    expect(get(figs, '398億2,400万元')).toMatchObject({ metric: 'cloud_revenue', subject: 'alibaba-cloud' });
    expect(get(figs, '34%').metric).toBe('cloud_revenue_growth');
  });
});

describe("a segment's revenue is the line item the KB files it under", () => {
  it("Alibaba Cloud's revenue is its cloud revenue, never the group's revenue", () => {
    const f = get(go('アリババクラウドの2025年7～9月期の売上高は398億2,400万元だった。'), '398億2,400万元');
    expect(f).toMatchObject({ metric: 'cloud_revenue', subject: 'alibaba-cloud' });
    expect(status(f)).toBe('consistent');
  });
  it('revenue from a named business is not the group’s revenue', () => {
    const f = get(go('Revenue from China commerce retail businesses decreased by 2%.'), 'decreased by 2%');
    expect(f.metric).toBe('other');
  });
});

describe('a move of a share price', () => {
  it('a share or an ADR that rose or fell X%: the change of its price', () => {
    expect(get(go('アリババの米上場株は序盤の取引で一時約10%下落した。'), '約10%下落')).toMatchObject({ metric: 'share_price_change', subject: 'alibaba' });
    expect(get(go('Alibaba’s ADRs fell about 2.3% on Tuesday.'), 'fell about 2.3%').metric).toBe('share_price_change');
  });
  it('never a stake, a holder or an index', () => {
    expect(get(go('アリババは同社株式の10%を取得した。'), '10%').metric).not.toBe('share_price_change');
    expect(get(go('アリババ株が買われ、ハンセン指数は2%上昇した。'), '2%上昇').metric).not.toBe('share_price_change');
  });
  it('each cell of a return table (騰落率 columns) is the change of its row’s share price over its column', () => {
    const text = '(1/11(水)までの騰落率)\n銘柄名 騰落率(5日) 騰落率(1ヵ月) 騰落率(3ヵ月)\n09988 アリババ 14.1% 2.9% 10.5% EC大手。\n';
    const f = get(go(text, '2023-01-12'), '14.1%');
    expect(f).toMatchObject({ metric: 'share_price_change', subject: 'alibaba', via: { metric: 'inferred' } });
    expect(f.period?.end).toBe('2023-01-11');
  });
});

describe('spending on computing', () => {
  it('committed over three years to infrastructure: an investment plan; spent on servers: capital spending', () => {
    const plan = get(go('Alibaba has committed roughly RMB 380bn over three years to cloud and AI infrastructure.', '2025-03-01'), 'roughly RMB 380bn');
    expect(plan).toMatchObject({ metric: 'investment_plan', via: { metric: 'inferred' } });
    expect(get(go('バイトダンスは昨年、AI関連サーバーに80億ドルを費やした。'), '80億ドル').metric).toBe('capex');
  });
  it('never an estimate, nor spending on anything else', () => {
    expect(get(go('Analysts estimate Alibaba spent RMB 120 billion on AI infrastructure.'), 'RMB 120 billion').metric).not.toBe('capex');
    expect(get(go('テンセントは昨年、広告に80億ドルを費やした。'), '80億ドル').metric).not.toBe('capex');
  });
  it("a unit's revenue the text does not name is not the group's", () => {
    const f = get(go('The cloud computing unit was a vibrant spot with revenue picking up by an annual 26%.'), '26%');
    expect(f.metric).not.toBe('revenue_growth');
  });
});

describe("a company's cloud unit named by a common noun", () => {
  it("opening the sentence (Alibaba's cloud division …, with revenue rising): the cloud unit's revenue, as a guess", () => {
    const figs = go(
      "Alibaba's cloud division delivered its strongest quarter in the three months to September, with revenue rising 34% YoY to 39.8 billion yuan.",
    );
    expect(get(figs, '39.8 billion yuan')).toMatchObject({ metric: 'cloud_revenue', subject: 'alibaba-cloud', via: { metric: 'inferred' } });
    expect(get(figs, 'rising 34%')).toMatchObject({ metric: 'cloud_revenue_growth', subject: 'alibaba-cloud', via: { metric: 'inferred' } });
    expect(status(get(figs, '39.8 billion yuan'))).toBe('consistent');
  });
  it('a guess never flags, even on another value', () => {
    const figs = go(
      "Alibaba's cloud division delivered its strongest quarter in the three months to September, with revenue rising 34% YoY to 49.8 billion yuan.",
    );
    expect(flagsOf(figs)).toEqual([]);
  });
  it('not when the cloud unit is only mentioned further in, nor revenue from something else', () => {
    expect(get(go('Alibaba, which also runs a cloud division, reported revenue of 247.8 billion yuan.'), '247.8 billion yuan').metric).not.toBe(
      'cloud_revenue',
    );
    expect(
      get(go("Alibaba's cloud division delivered a strong quarter, with revenue from AI products rising 34% to 9.8 billion yuan."), '9.8 billion yuan').metric,
    ).not.toBe('cloud_revenue');
  });
});

describe('an amount naming a plan over years right after it', () => {
  it("Alibaba's RMB 380 billion three-year cloud and AI commitment: an investment plan, as a guess", () => {
    const f = get(go("Tencent's new models stack against Alibaba's RMB 380 billion three-year cloud and AI commitment.", '2025-06-01'), 'RMB 380 billion');
    expect(f).toMatchObject({ metric: 'investment_plan', via: { metric: 'inferred' } });
  });
  it('not an estimate, nor an amount with another figure between it and the plan', () => {
    expect(get(go('Analysts expect Alibaba to make a RMB 380 billion three-year cloud commitment.'), 'RMB 380 billion').metric).not.toBe('investment_plan');
    expect(get(go('Alibaba earned RMB 380 billion, and its 3-year plan is new.'), 'RMB 380 billion').metric).not.toBe('investment_plan');
  });
});

describe('the whole of the company, in other words', () => {
  it('以本币计算总收入 (total revenue in local-currency terms) is the revenue', () => {
    const figs = go('阿里巴巴2025年第三季度以本币计算总收入2,477.95亿元人民币，同比增长5%。');
    expect(get(figs, '2,477.95亿元人民币').metric).toBe('revenue');
    expect(status(get(figs, '2,477.95亿元人民币'))).toBe('consistent');
  });
  it("整體收入 after a unit's line item (带动整体收入增长) is that unit's revenue, not another item", () => {
    const f = get(go('阿里云客户数增长，带动整体收入增长34%至398.24亿元。'), '398.24亿元');
    expect(f.metric).toBe('cloud_revenue');
  });
  it('a bullet ends the item: an estimate in the bullet before is not this one', () => {
    const figs = go('阿里巴巴2025年第三季度 - 总收入349亿美元 超出共识预期0.9% [2] - 以本币计算总收入2,477.95亿元人民币 同比增长5% [2]');
    expect(get(figs, '2,477.95亿元人民币').metric).toBe('revenue');
    expect(get(figs, '0.9%').metric).not.toBe('revenue_growth');
  });
});

describe('収入, the Japanese (often machine-translated) word for revenue', () => {
  it("四半期の収入 is the company's revenue", () => {
    const figs = go('アリババの2025年7～9月期の四半期の収入は前年同期比5%増の2,477億9,500万元だった。');
    expect(get(figs, '2,477億9,500万元').metric).toBe('revenue');
    expect(status(get(figs, '2,477億9,500万元'))).toBe('consistent');
  });
  it("a named line's 収入 (広告収入) is not the company's revenue, and fintech-and-cloud services is no cloud revenue", () => {
    expect(get(go('アリババの2025年7～9月期の広告収入は5%増の2,477億9,500万元だった。'), '2,477億9,500万元').metric).not.toBe('revenue');
    expect(get(go('テンセントの2025年7～9月期のフィンテック・クラウドサービス収入は2%増の531億元だった。'), '531億元').metric).not.toBe('cloud_revenue');
  });
});
