// Metrics: every line item a figure or a KB fact can state, defined once with its kind of value,
// its line-item family, its ja / en label and the keywords (ja / zh / en, normalised) that name it.
// The KB schema, the figure grammar, the checks and every label in the UI derive from this table.
import type { Label } from './lang';
import type { CountUnit } from './units';

export const METRICS = [
  'revenue',
  'revenue_growth',
  'net_income',
  'net_income_growth',
  'net_income_attrib',
  'non_gaap_net_income',
  'non_gaap_net_income_growth',
  'operating_income',
  'operating_income_growth',
  'cloud_revenue',
  'cloud_revenue_growth',
  'capex',
  'capex_growth',
  'investment_plan',
  'buyback',
  'buyback_authorization',
  'dividend',
  'bond_issue',
  'cmr',
  'cmr_growth',
  'adjusted_ebita',
  'market_share',
  'market_cap',
  'share_price',
  'share_price_change',
  'price_target',
  'turnover',
  'users',
  'downloads',
  'derivative_models',
  'parameters',
  'training_tokens',
  'fee_rate',
  'ai_budget',
  'cloud_revenue_forecast',
  'gpu_count',
  'free_cash_flow',
  'shares_outstanding',
  'valuation',
  'funding',
  'other',
] as const;
export type Metric = (typeof METRICS)[number];

/** Line items that are siblings: a figure matching one member is never "wrong" for another. */
type Family = 'revenue' | 'net_income' | 'profit' | 'spending' | 'cash' | 'capital_return' | 'financing' | 'market' | 'usage' | 'model' | 'other';

interface MetricDef {
  /** What the value is: an amount of money, a percentage, or a count. */
  kind: 'money' | 'percent' | 'count';
  family: Family;
  label: Label;
  /** Keywords that name it (normalised: NFKC, ASCII lower case). */
  words?: readonly string[];
  /** The metric a percentage next to this one's keyword states (売上高…8%増 → revenue_growth). */
  growth?: Metric;
  /** Reported results: one true value per period, so a different value for the same period is wrong. */
  reported?: true;
  /** Reported per segment: the subject may be a business unit rather than the group. */
  segment?: true;
  /** Metrics that state the same kind of thing (a plan and a budget). */
  sameAs?: readonly Metric[];
  /** For counts: the unit that implies this metric (72B parameters → parameters). */
  unit?: CountUnit;
}

export const METRIC_DEFS: Record<Metric, MetricDef> = {
  revenue: {
    kind: 'money',
    family: 'revenue',
    label: { ja: '売上高', en: 'Revenue' },
    growth: 'revenue_growth',
    reported: true,
    words: [
      '売上高',
      '売上',
      '売り上げ',
      '営業収益',
      '総収入',
      '収益',
      '收入',
      '营收',
      '營收',
      '营业收入',
      '營業收入',
      '总营收',
      '總營收',
      '总收入',
      '總收入',
      'revenue',
      'revenues',
      'sales',
    ],
  },
  revenue_growth: { kind: 'percent', family: 'revenue', label: { ja: '増収率', en: 'Revenue growth' }, reported: true },
  net_income: {
    kind: 'money',
    family: 'net_income',
    label: { ja: '純利益', en: 'Net income' },
    growth: 'net_income_growth',
    reported: true,
    words: ['純利益', '純益', '最終利益', '当期利益', '净利润', '淨利潤', '凈利潤', '凈利润', '净利', '淨利', '凈利', 'net income', 'net profit', 'profit'],
  },
  net_income_growth: { kind: 'percent', family: 'net_income', label: { ja: '純利益の伸び率', en: 'Net income growth' }, reported: true },
  net_income_attrib: {
    kind: 'money',
    family: 'net_income',
    label: { ja: '株主帰属純利益', en: 'Net income to shareholders' },
    reported: true,
    words: [
      '普通株主に帰属する純利益',
      '株主に帰属する純利益',
      '普通株主帰属純利益',
      '归属于普通股股东的净利润',
      '歸屬於普通股股東的淨利潤',
      'net income attributable to ordinary shareholders',
      'attributable to ordinary shareholders',
    ],
  },
  non_gaap_net_income: {
    kind: 'money',
    family: 'net_income',
    label: { ja: '非GAAP純利益', en: 'Non-GAAP net income' },
    growth: 'non_gaap_net_income_growth',
    reported: true,
    words: [
      '非gaap純利益',
      'non-gaap net income',
      '经调整净利润',
      '經調整淨利潤',
      '调整后净利润',
      '非公认会计准则净利润',
      '非公認會計準則淨利潤',
      '非公認會計準則凈利潤',
      'adjusted net income',
    ],
  },
  non_gaap_net_income_growth: {
    kind: 'percent',
    family: 'net_income',
    label: { ja: '非GAAP純利益の伸び率', en: 'Non-GAAP net income growth' },
    reported: true,
  },
  operating_income: {
    kind: 'money',
    family: 'profit',
    label: { ja: '営業利益', en: 'Operating income' },
    growth: 'operating_income_growth',
    reported: true,
    words: [
      '営業利益',
      '営業損益',
      '营业利润',
      '經營利潤',
      '经营利润',
      '營業利潤',
      '经营溢利',
      '經營溢利',
      'operating income',
      'operating profit',
      'operating loss',
      'income from operations',
    ],
  },
  operating_income_growth: { kind: 'percent', family: 'profit', label: { ja: '営業利益の伸び率', en: 'Operating income growth' }, reported: true },
  cloud_revenue: {
    kind: 'money',
    family: 'revenue',
    label: { ja: 'クラウド売上高', en: 'Cloud revenue' },
    growth: 'cloud_revenue_growth',
    reported: true,
    segment: true,
    sameAs: ['cloud_revenue', 'cloud_revenue_forecast'],
    words: [
      'クラウド事業の売上高',
      'クラウド部門の売上高',
      'クラウド事業の収益',
      'クラウドの売上高',
      'クラウド売上高',
      'クラウドの収益',
      'cloud revenue',
      'cloud intelligence revenue',
      '云智能集团收入',
      '云智能集团营收',
      '云智能收入',
      '阿里云收入',
      '阿里云营收',
      '雲智能集團收入',
      '云业务收入',
    ],
  },
  cloud_revenue_growth: {
    kind: 'percent',
    family: 'revenue',
    label: { ja: 'クラウド売上高の伸び率', en: 'Cloud revenue growth' },
    reported: true,
    segment: true,
  },
  capex: {
    kind: 'money',
    family: 'spending',
    label: { ja: '設備投資', en: 'Capital expenditure' },
    growth: 'capex_growth',
    reported: true,
    words: [
      '設備投資',
      '資本支出',
      '资本开支',
      '資本開支',
      '资本支出',
      '资本性支出',
      'capex',
      'capital expenditures',
      'capital expenditure',
      'capital spending',
    ],
  },
  capex_growth: { kind: 'percent', family: 'spending', label: { ja: '設備投資の伸び率', en: 'Capex growth' } },
  investment_plan: {
    kind: 'money',
    family: 'spending',
    label: { ja: '投資計画', en: 'Investment plan' },
    segment: true,
    sameAs: ['investment_plan', 'ai_budget'],
    words: [
      '投資計画',
      '3カ年計画',
      '3か年計画',
      '投資額',
      '投資',
      '投じる',
      '投じ',
      '投入',
      '投资',
      // 再投2000亿元, 未来3年投…, 拟投… (a bare 投 is too loose: 投票, 投诉, 投放)
      '再投',
      '年投',
      '拟投',
      '将投',
      '將投',
      'invest',
      'invests',
      'investing',
      'investment',
      'investments',
      'spend',
      'spending',
      '賭ける',
      '賭け',
      '豪赌',
      '押注',
      'bet',
      'wager',
    ],
  },
  buyback: {
    kind: 'money',
    family: 'capital_return',
    label: { ja: '自社株買い', en: 'Share buyback' },
    words: ['自社株買い', '自己株式取得', '回购', '回購', 'buyback', 'buybacks', 'repurchase', 'repurchases', 'repurchased'],
  },
  buyback_authorization: {
    kind: 'money',
    family: 'capital_return',
    label: { ja: '自社株買い枠', en: 'Buyback authorization' },
    words: ['自社株買い枠', '回购授权', '回購授權', 'buyback authorization', 'repurchase program', 'repurchase authorization'],
  },
  dividend: { kind: 'money', family: 'capital_return', label: { ja: '配当', en: 'Dividend' }, words: ['配当', '股息', '派息', 'dividend', 'dividends'] },
  bond_issue: {
    kind: 'money',
    family: 'financing',
    label: { ja: '社債発行', en: 'Bond issue' },
    words: [
      '転換社債',
      '交換社債',
      '社債',
      '可转债',
      '可轉債',
      '可换股债券',
      '可轉換債券',
      '可交换债券',
      'convertible',
      'exchangeable',
      'bonds',
      'notes offering',
    ],
  },
  cmr: {
    kind: 'money',
    family: 'revenue',
    label: { ja: '顧客管理収入（CMR）', en: 'Customer management revenue' },
    growth: 'cmr_growth',
    reported: true,
    segment: true,
    words: ['顧客管理収入', '顧客管理収益', '客户管理收入', '客戶管理收入', 'customer management revenue', 'cmr'],
  },
  cmr_growth: { kind: 'percent', family: 'revenue', label: { ja: 'CMRの伸び率', en: 'CMR growth' }, reported: true, segment: true },
  adjusted_ebita: {
    kind: 'money',
    family: 'profit',
    label: { ja: '調整後EBITA', en: 'Adjusted EBITA' },
    reported: true,
    words: ['調整後ebita', '经调整ebita', '經調整ebita', 'adjusted ebita', 'ebita'],
  },
  market_share: {
    kind: 'percent',
    family: 'market',
    label: { ja: '市場シェア', en: 'Market share' },
    words: [
      '市場シェア',
      'シェア',
      '市场份额',
      '市場份額',
      '份额',
      '份額',
      '市佔率',
      '市占率',
      '市场占有率',
      '市場佔有率',
      '市場占有率',
      '占有率',
      '佔有率',
      'market share',
    ],
  },
  valuation: {
    kind: 'money',
    family: 'market',
    label: { ja: '企業評価額', en: 'Valuation' },
    words: ['評価額', '企業価値', '估值', '估值为', 'valuation', 'valued at'],
  },
  funding: {
    kind: 'money',
    family: 'financing',
    label: { ja: '資金調達額', en: 'Funding raised' },
    words: ['資金調達', '調達', '融资', '募资', '募資', 'funding round', 'funding', 'raised', 'raises', 'raising'],
  },
  market_cap: {
    kind: 'money',
    family: 'market',
    label: { ja: '時価総額', en: 'Market capitalization' },
    words: ['時価総額', '市值', 'market cap', 'market capitalization', 'market value'],
  },
  share_price: {
    kind: 'money',
    family: 'market',
    label: { ja: '株価', en: 'Share price' },
    growth: 'share_price_change',
    words: ['株価', '股价', '股價', 'share price', 'stock price', 'shares'],
  },
  share_price_change: { kind: 'percent', family: 'market', label: { ja: '株価の変動', en: 'Share price change' } },
  price_target: {
    kind: 'money',
    family: 'market',
    label: { ja: '目標株価', en: 'Price target' },
    words: ['目標株価', '株価目標', '目標価格', '目标价', '目標價', 'price target', 'target price'],
  },
  turnover: {
    kind: 'money',
    family: 'market',
    label: { ja: '売買代金', en: 'Turnover' },
    words: ['売買代金', '成交額', '成交额', '成交金额', '成交金額', 'turnover', 'trading value'],
  },
  users: {
    kind: 'count',
    family: 'usage',
    label: { ja: 'ユーザー数', en: 'Users' },
    unit: 'users',
    words: [
      '月間アクティブユーザー',
      '月間アクティブ',
      '月活跃用户',
      '月活躍用戶',
      '日活跃用户',
      '月活',
      '日活',
      'ユーザー',
      '利用者',
      '会員',
      '用户',
      '用戶',
      'users',
      'mau',
      'dau',
      'monthly active users',
    ],
  },
  downloads: { kind: 'count', family: 'usage', label: { ja: 'ダウンロード数', en: 'Downloads' }, words: ['ダウンロード', '下载', '下載', 'downloads'] },
  derivative_models: {
    kind: 'count',
    family: 'usage',
    label: { ja: '派生モデル数', en: 'Derivative models' },
    unit: 'models',
    words: ['派生モデル', '衍生模型', 'derivative models', 'derivatives'],
  },
  parameters: {
    kind: 'count',
    family: 'model',
    label: { ja: 'パラメータ数', en: 'Parameters' },
    unit: 'params',
    words: ['パラメーター', 'パラメータ', '参数', '參數', 'parameters'],
  },
  training_tokens: { kind: 'count', family: 'model', label: { ja: '学習トークン数', en: 'Training tokens' }, unit: 'tokens', words: ['トークン', 'tokens'] },
  fee_rate: {
    kind: 'percent',
    family: 'market',
    label: { ja: '手数料率', en: 'Fee rate' },
    words: ['技術サービス料', 'ソフトウェアサービス料', 'ソフトウェアサービス手数料', '手数料', 'サービス料', '服务费', '服務費', 'service fee', 'fee'],
  },
  ai_budget: { kind: 'money', family: 'spending', label: { ja: 'AI予算', en: 'AI budget' }, sameAs: ['ai_budget', 'investment_plan'] },
  cloud_revenue_forecast: { kind: 'money', family: 'revenue', label: { ja: 'クラウド売上高の予想', en: 'Cloud revenue forecast' } },
  gpu_count: { kind: 'count', family: 'model', label: { ja: 'GPU数', en: 'GPU count' }, unit: 'gpus' },
  // Not 'reported': an outflow is often written without its sign ("an outflow of 21.8bn").
  free_cash_flow: {
    kind: 'money',
    family: 'cash',
    label: { ja: 'フリーキャッシュフロー', en: 'Free cash flow' },
    words: ['フリーキャッシュフロー', 'フリー・キャッシュ・フロー', '自由现金流', '自由現金流', 'free cash flow'],
  },
  // No count unit: "56 million shares" repurchased is not the number outstanding.
  shares_outstanding: {
    kind: 'count',
    family: 'capital_return',
    label: { ja: '発行済株式数', en: 'Shares outstanding' },
    words: ['発行済株式数', '発行済み株式数', '已发行股份', '已發行股份', 'shares outstanding', 'outstanding shares'],
  },
  other: {
    // A figure of another line item. Its words block a generic keyword (売上総利益 is not 売上, 投資家 is not 投資).
    kind: 'money',
    family: 'other',
    label: { ja: 'その他', en: 'Other' },
    words: [
      '経常利益',
      '税引前利益',
      '粗利益',
      '売上総利益',
      '売上原価',
      '営業費用',
      '研究開発費',
      '研究開発投資',
      '営業利益率',
      '利益率',
      'マージン',
      '収益化率',
      '収益性',
      '投資家',
      '投資銀行',
      '投資効率',
      '投資段階',
      'margin',
      'operating margin',
      'ebitda',
      'gross profit',
      'investors',
      'investor',
      '毛利',
      '净利率',
      '营业利润率',
      '經營利潤率',
      '投资者',
      '投資者',
      // a year before 投资者 is not 年投 (2024年投资者大会)
      '年投资者',
      '年投資者',
      '年投資家',
      '評価',
    ],
  },
};

const metricsWhere = (p: (d: MetricDef, m: Metric) => boolean): Set<Metric> => new Set(METRICS.filter((m) => p(METRIC_DEFS[m], m)));

/** Metrics a money amount can state ('other' included). */
export const MONEY_METRICS = metricsWhere((d) => d.kind === 'money');
/** Percentages that are market figures of their own, not a line item's growth ('other' included). */
export const PERCENT_METRICS = metricsWhere((d, m) => (d.kind === 'percent' && d.family === 'market') || m === 'other');
/** Metrics whose value is a count (a percentage cannot state them). */
export const COUNT_METRICS = metricsWhere((d) => d.kind === 'count');
export const REPORTED_METRICS = metricsWhere((d) => !!d.reported);
export const SEGMENT_METRICS = metricsWhere((d) => !!d.segment);
/** A percentage next to a money metric is its growth. */
export const GROWTH_OF: Partial<Record<Metric, Metric>> = Object.fromEntries(
  METRICS.flatMap((m) => (METRIC_DEFS[m].growth ? [[m, METRIC_DEFS[m].growth]] : [])),
);
/** Reported results and their growth: flows over a span (a quarter, a year), never over one day. */
export const RESULTS_METRICS = new Set<Metric>([...REPORTED_METRICS].flatMap((m) => (GROWTH_OF[m] ? [m, GROWTH_OF[m]] : [m])));
/** Metrics a count's unit implies. */
export const COUNT_METRIC: Partial<Record<CountUnit, Metric>> = Object.fromEntries(
  METRICS.flatMap((m) => (METRIC_DEFS[m].unit ? [[METRIC_DEFS[m].unit, m]] : [])),
);

const isMetric = (m: string): m is Metric => (METRICS as readonly string[]).includes(m);
export const metricLabel = (m: string, lang: 'ja' | 'en'): string => (isMetric(m) ? METRIC_DEFS[m].label[lang] : m);
