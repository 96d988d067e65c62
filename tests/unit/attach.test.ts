import { describe, expect, it } from 'vitest';
import { PreparedKb } from '../../utils/analysis/prepared-kb';
import type { Entity, Fact, KbBundle, Relation } from '../../utils/analysis/kb/types';
import { normalize } from '../../utils/analysis/text/normalize';
import { extractFigures } from '../../utils/analysis/figures/extract';
import { attachContext } from '../../utils/analysis/figures/attach';
import { exactMentions } from './support/checks-kb';
import type { Figure } from '../../utils/analysis/types';

const ent = (id: string, type: Entity['type'], names: string[], parent?: string): Entity => ({
  id,
  type,
  names: { ja: names },
  description: { ja: id, en: id },
  status: 'verified',
  sources: [],
  ...(parent ? { parent } : {}),
});
const fact = (id: string, subject: string, metric: Fact['metric']): Fact => ({ id, subject, metric, value: 1, unit: 'CNY', source: 'S', status: 'verified' });
const ENTITIES = [
  { ...ent('alibaba', 'company', ['アリババグループ', 'アリババ', '阿里巴巴', 'Alibaba']), fiscal: 'march-end' },
  ent('alibaba-cloud', 'unit', ['アリババクラウド', 'Alibaba Cloud', '阿里云'], 'alibaba'),
  ent('taobao', 'product', ['タオバオ'], 'alibaba'),
  ent('bytedance', 'company', ['バイトダンス', 'ByteDance']),
  ent('tencent', 'company', ['テンセント']),
  ent('goldman-sachs', 'bank', ['ゴールドマン・サックス']),
  ent('eddie-wu', 'person', ['呉泳銘']),
  ent('qwen3-max', 'model', ['Qwen3-Max']),
];
const RELATIONS: Relation[] = [{ from: 'eddie-wu', type: 'ceo_of', to: 'alibaba' }];
const KB = new PreparedKb({
  version: 't',
  builtAt: '',
  entities: ENTITIES,
  relations: RELATIONS,
  sources: [],
  fx: [],
  errors: [],
  facts: [fact('a', 'alibaba', 'cloud_revenue'), fact('b', 'goldman-sachs', 'price_target'), fact('c', 'alibaba', 'revenue')],
} as KbBundle);

const mentions = exactMentions(ENTITIES);

function run(text: string, articleDate?: string): Figure[] {
  const norm = normalize(text);
  return attachContext(extractFigures(norm, text), { text, norm, mentions: mentions(text), kb: KB, articleDate });
}
const fig = (figs: Figure[], surface: string) => {
  const f = figs.find((x) => x.surface === surface);
  if (!f) throw new Error(`no ${surface} in ${figs.map((x) => x.surface).join(' | ')}`);
  return f;
};

describe('metric', () => {
  const cases: Array<[string, string, string | undefined]> = [
    ['アリババの売上高は2,365億元だった。', '2,365億元', 'revenue'],
    // the currency it is counted in (以本币计, 按美元计) is no scope of its own
    ['以本币计的总收入为2478亿元人民币。', '2478亿元人民币', 'revenue'],
    ['按美元计的总收入为348亿美元。', '348亿美元', 'revenue'],
    ['売上高は前年同期比5%増の2,365億元。', '5%増', 'revenue_growth'],
    ['純利益は435億元で、前年同期比63%増。', '63%増', 'net_income_growth'],
    ['非GAAP項目を除くと、純利益は365億元。', '365億元', 'non_gaap_net_income'],
    ['非IFRSベースの純利益は705億5100万元。', '705億5100万元', 'non_gaap_net_income'],
    // machine translation's non-GAAP: the attributable figure under it is the non-GAAP line item
    ['米国一般会計基準に従わない場合、バイドゥに帰属する当期純利益は59億元です。', '59億元', 'non_gaap_net_income'],
    ['バイドゥに帰属する当期純利益は76億元です。', '76億元', 'net_income_attrib'],
    // and Chinese news's wording of it (not per US GAAP)
    ['不按美国通用会计准则,归属于百度的净利润为38亿元。', '38亿元', 'non_gaap_net_income'],
    ['不按照通用會計準則，歸屬於百度的淨利潤為38億元。', '38億元', 'non_gaap_net_income'],
    // (another figure's qualifier is not this one's)
    ['調整後EBITAは100億元、株主に帰属する純利益は76億元。', '76億元', 'net_income_attrib'],
    ['非国际财务报告准则下归母净利润为705.5亿元。', '705.5亿元', 'non_gaap_net_income'],
    ['Non-IFRS profit attributable to equity holders was RMB70.55 billion.', 'RMB70.55 billion', 'non_gaap_net_income'],
    ['普通株主に帰属する純利益は438億元。', '438億元', 'net_income_attrib'],
    ['普通株主に帰属する純利益は前年同期比53%減の206億元。', '53%減', 'net_income_attrib_growth'],
    ['調整後EBITAは前年同期比35%増の36億元。', '35%増', 'adjusted_ebita_growth'],
    ['会計年度の流通総額(GMV)は8兆3,170億元に達した。', '8兆3,170億元', 'gmv'],
    ['Revenue grew 9 percent and net profit advanced 11 percent.', '11 percent', 'net_income_growth'],
    ['The company maintains a strong net cash position of RMB 405.7 billion.', 'RMB 405.7 billion', 'cash'],
    ['营收增长，经营活动产生的现金流量为709亿元。', '709亿元', 'operating_cash_flow'],
    ['7─9月の総売上高は1550億6000万元で、予想を上回った。', '1550億6000万元', 'revenue'],
    ['中国事業の総売上高は1550億元。', '1550億元', 'other'],
    ['売上高は伸びたが、流通総額は前年比2%増にとどまった。', '2%増', 'gmv_growth'],
    ['そのうちクラウド事業の売上高は296億元。', '296億元', 'cloud_revenue'],
    ['AI関連製品の売上高は120億元。', '120億元', 'other'],
    ['設備投資は318億元に達した。', '318億元', 'capex'],
    ['設備投資は、研究開発投資のために80%急増した。', '80%急増', 'capex_growth'],
    ['今後3年間で3,800億元以上を投資する。', '3,800億元以上', 'investment_plan'],
    ['6月に58億ドルの自社株買いを実施した。', '58億ドル', 'buyback'],
    ['5月に約50億ドルの転換社債を発行した。', '約50億ドル', 'bond_issue'],
    ['時価総額は3,000億ドルを回復した。', '3,000億ドルを回復', undefined],
    ['時価総額は3,000億ドル。', '3,000億ドル', 'market_cap'],
    ['目標株価を160ドルに引き上げた。', '160ドル', 'price_target'],
    ['香港株式の売上高は410億香港ドルを超えた。', '410億香港ドルを超え', 'turnover'],
    ['EBITDA利益率は35%に改善した。', '35%', 'other'],
    ['营收2365亿元，同比增长5%。', '同比增长5%', 'revenue_growth'],
    ['净利润206亿元。', '206亿元', 'net_income'],
    ['云智能集团收入398亿元。', '398亿元', 'cloud_revenue'],
    ['Alibaba reported revenue of RMB236.5 billion.', 'RMB236.5 billion', 'revenue'],
    ['Net income fell 53% from a year earlier.', 'fell 53%', 'net_income_growth'],
    ['Cloud revenue rose 34% year-on-year.', 'rose 34%', 'cloud_revenue_growth'],
    ['Qwen3-Maxは1兆パラメータを超える。', '1兆パラメータを超える', 'parameters'],
    ['売上高2,365億元のうち、国際部門は300億元。', '300億元', undefined],
    ['売上高のうち、クラウド事業は398億元。', '398億元', 'other'],
    ['クラウドの外部顧客向け売上高は29%増えた。', '29%増', 'other'],
    ['売上高は市場予想の2,500億元を下回る2,477億元だった。', '2,500億元', 'other'],
    ['純利益(普通株主帰属)は438億元。', '438億元', 'net_income_attrib'],
    ['アモイ天グループの売上高は1,007億元。', '1,007億元', 'other'],
    ['アリババグループの売上高は2,801億元。', '2,801億元', 'revenue'],
    ['パラメータ数は1兆を超える。', '1兆を超える', 'parameters'],
    ['豆包的月活跃用户数为1.72亿。', '1.72亿', 'users'],
    ['営業利益は前年同期比85%減の53億元だった。', '53億元', 'operating_income'],
    ['営業利益は前年同期比85%減の53億元だった。', '85%減', 'operating_income_growth'],
    ['Operating income rose to $25.0 billion.', '$25.0 billion', 'operating_income'],
    ['经营利润53.65亿元。', '53.65亿元', 'operating_income'],
    ['クラウド事業の営業利益は36億元。', '36億元', 'other'],
    ['国際事業の営業利益は16億元。', '16億元', 'other'],
    ['North America segment operating income was $11.5 billion.', '$11.5 billion', 'other'],
    ['Family of Apps operating income was $25.0 billion.', '$25.0 billion', 'other'],
    ['営業利益率は11%に低下した。', '11%', 'other'],
  ];
  for (const [text, surface, metric] of cases) {
    it(`${text} → ${metric}`, () => {
      const f = run(text).find((x) => x.surface === surface);
      if (metric === undefined && !f) return; // not even a figure is fine for the undefined cases
      expect(f?.metric).toBe(metric);
    });
  }
});

describe('subject', () => {
  it('is the nearest preceding mention in the sentence', () => {
    const figs = run('テンセントの売上高は1,672億元、アリババの売上高は2,365億元だった。');
    expect(fig(figs, '1,672億元').subject).toBe('tencent');
    expect(fig(figs, '2,365億元')).toMatchObject({ subject: 'alibaba', via: { subject: 'sentence' } });
  });
  it('a person stands for the company they run', () => {
    expect(fig(run('呉泳銘CEOは3,800億元以上を投資すると述べた。'), '3,800億元以上').subject).toBe('alibaba');
  });
  it('banks own price targets only', () => {
    const figs = run('ゴールドマン・サックスはアリババの目標株価を160ドルに引き上げた。ゴールドマン・サックスによれば売上高は2,800億元。');
    expect(fig(figs, '160ドル').subject).toBe('alibaba'); // the nearest mention is Alibaba itself
    expect(fig(run('ゴールドマン・サックスは目標株価を160ドルとした。'), '160ドル').subject).toBe('goldman-sachs');
    expect(fig(figs, '2,800億元').subject).toBe('alibaba'); // dominant company, not the bank
  });
  it('falls back to the dominant Alibaba-group company when the sentence names none', () => {
    const f = fig(run('アリババグループが決算を発表した。売上高は2,365億元だった。'), '2,365億元');
    expect(f).toMatchObject({ subject: 'alibaba', via: { subject: 'article' } });
  });
  it('follows the KB convention for unit metrics', () => {
    expect(fig(run('アリババクラウドの売上高は296億元。'), '296億元')).toMatchObject({ subject: 'alibaba', metric: 'cloud_revenue' });
    // not for group-level metrics: a unit's revenue is not the group's
    expect(fig(run('タオバオの売上高は800億元。'), '800億元').subject).toBe('taobao');
  });
  it('the entity owning the keyword beats a nearer mention', () => {
    const f = fig(run('テンセントの売上高はアリババを上回る1,928億元だった。'), '1,928億元');
    expect(f).toMatchObject({ subject: 'tencent', via: { subject: 'sentence' } });
  });
  it('several companies in the sentence and no clear owner: mixed', () => {
    const f = fig(run('テンセントやアリババなど大手の売上高は合計で4,000億元に達する。'), '4,000億元');
    expect(f.via?.subject).toBe('mixed');
    expect(fig(run('テンセントと競う中、アリババは2,365億元を売り上げた。売上高は過去最高。'), '2,365億元').via?.subject).toBe('sentence');
  });
  it('an article about another company has no Alibaba fallback', () => {
    const figs = run('テンセントは決算を発表した。テンセントの純利益は増えた。アリババも注目される。売上高は1,928億元だった。');
    expect(fig(figs, '1,928億元').subject).toBeUndefined();
  });
  it('no metric, no fallback subject', () => {
    expect(fig(run('アリババが発表した。関係者によると約3,000億元だという。'), '約3,000億元').subject).toBeUndefined();
  });
});

describe('period', () => {
  it('from the same sentence', () => {
    const f = fig(run('アリババの2024年7～9月期の売上高は2,365億元。'), '2,365億元');
    expect(f.period).toMatchObject({ start: '2024-07-01', end: '2024-09-30' });
    expect(f.via?.period).toBe('sentence');
  });
  it('from an earlier sentence of the same paragraph', () => {
    const text = 'アリババグループは、2025年9月30日を期末とする第2四半期の決算を発表した。売上高は2,477億元だった。\n別の段落。純利益は206億元。';
    const figs = run(text);
    expect(fig(figs, '2,477億元')).toMatchObject({ period: { end: '2025-09-30' }, via: { period: 'paragraph' } });
    expect(fig(figs, '206億元').via?.period).toBe('article');
  });
  it('a vague period word stops inheritance', () => {
    const text = '2025年7～9月期の決算を発表した。下半期には売上高が2桁成長すると見込む。';
    expect(fig(run(text), '2桁成長').period).toBeUndefined();
  });
  it('a later period far away in the sentence is not taken', () => {
    const text = '2024年7～9月期の決算を発表した。\n売上高は2,365億元となり、同社は今後も投資を続け2028年度に黒字化を目指す。';
    expect(fig(run(text), '2,365億元')).toMatchObject({ period: { end: '2024-09-30' }, via: { period: 'article' } });
    expect(fig(run('売上高は2,365億元(2024年7～9月期)。'), '2,365億元')).toMatchObject({ period: { end: '2024-09-30' }, via: { period: 'sentence' } });
  });
  it('relative periods resolve against the article date', () => {
    const figs = run('今後3年間で3,800億元以上を投資する。今年5月に約50億ドルの転換社債を発行した。', '2025-02-24');
    expect(fig(figs, '3,800億元以上')).toMatchObject({ period: { start: '2025-02-24', end: '2028-02-23' }, via: { period: 'assumed' } });
    expect(fig(figs, '約50億ドル')).toMatchObject({ period: { start: '2025-01-01', end: '2025-12-31' }, via: { period: 'sentence' } });
  });
  it('year-less dates take the article year; unresolvable ones are dropped', () => {
    const withDate = run('2月24日、アリババは計画を発表した。', '2025-03-01');
    expect(withDate.find((f) => f.kind === 'date')?.period?.start).toBe('2025-02-24');
    expect(run('2月24日、アリババは計画を発表した。').filter((f) => f.kind === 'date')).toEqual([]);
  });
  it('an earlier period named next to the figure moves it back', () => {
    const figs = run('アリババの2025年7～9月期の売上高は、前年同期の2,365億元から5%増の2,477億元だった。');
    expect(fig(figs, '2,365億元')).toMatchObject({ period: { start: '2024-07-01', end: '2024-09-30' }, via: { period: 'assumed' } });
    expect(fig(figs, '2,477億元')).toMatchObject({ metric: 'revenue', period: { end: '2025-09-30' }, via: { period: 'sentence' } });
    expect(fig(figs, '5%増').period?.end).toBe('2025-09-30'); // 前年同期比 is a basis, not a shift
  });
  it('the article period is evidence only when it is the one short period named', () => {
    const one = run('アリババの2025年7～9月期決算。\n売上高は2,477億元。');
    expect(fig(one, '2,477億元').via?.period).toBe('article');
    const two = run('アリババの2025年7～9月期決算。2024年7～9月期と比べる。\n売上高は2,477億元。');
    expect(fig(two, '2,477億元').via?.period).toBe('assumed');
  });
  it('conversions take the context of their source amount', () => {
    const figs = run('アリババは2025年に3800億元(約7.8兆円)を投資する。');
    const a = fig(figs, '3800億元');
    const b = fig(figs, '約7.8兆円');
    expect(b).toMatchObject({ subject: a.subject, metric: a.metric, period: a.period });
    expect(a.metric).toBe('investment_plan');
  });
});
