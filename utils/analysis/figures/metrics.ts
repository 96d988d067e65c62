// Metric keyword tables (JA / ZH / EN) and the scan that finds them in normalised text.
// 'other' entries block a generic keyword (売上総利益 is not 売上, 投資家 is not 投資).
import type { Metric } from '../kb/types';

const TABLE: Array<[Metric, string[]]> = [
  ['other', [
    '営業利益', '営業損益', '経常利益', '税引前利益', '粗利益', '売上総利益', '売上原価', '営業費用', '研究開発費', '研究開発投資',
    '利益率', 'マージン', '収益化率', '収益性', '投資家', '投資銀行', '投資効率', '投資段階', 'margin', 'ebitda', 'operating income',
    'operating profit', 'operating loss', 'gross profit', 'investors', 'investor', '营业利润', '经营利润', '經營利潤', '毛利', '净利率',
    '投资者', '評価', '估值', 'valuation',
  ]],
  ['adjusted_ebita', ['調整後ebita', '经调整ebita', '經調整ebita', 'adjusted ebita', 'ebita']],
  ['net_income_attrib', [
    '普通株主に帰属する純利益', '株主に帰属する純利益', '普通株主帰属純利益', '归属于普通股股东的净利润', '歸屬於普通股股東的淨利潤',
    'net income attributable to ordinary shareholders', 'attributable to ordinary shareholders',
  ]],
  ['non_gaap_net_income', ['非gaap純利益', 'non-gaap net income', '经调整净利润', '經調整淨利潤', '调整后净利润', '非公认会计准则净利润', 'adjusted net income']],
  ['cloud_revenue', [
    'クラウド事業の売上高', 'クラウド部門の売上高', 'クラウド事業の収益', 'クラウドの売上高', 'クラウド売上高', 'クラウドの収益', 'cloud revenue',
    'cloud intelligence revenue', '云智能集团收入', '云智能集团营收', '云智能收入', '阿里云收入', '阿里云营收', '雲智能集團收入', '云业务收入',
  ]],
  ['cmr', ['顧客管理収入', '顧客管理収益', '客户管理收入', '客戶管理收入', 'customer management revenue', 'cmr']],
  ['revenue', ['売上高', '売上', '売り上げ', '営業収益', '総収入', '収益', '收入', '营收', '營收', '营业收入', '營業收入', '总营收', 'revenue', 'revenues', 'sales']],
  ['net_income', ['純利益', '純益', '最終利益', '当期利益', '净利润', '淨利潤', '净利', '淨利', 'net income', 'net profit', 'profit']],
  ['capex', ['設備投資', '資本支出', '资本开支', '資本開支', '资本支出', '资本性支出', 'capex', 'capital expenditures', 'capital expenditure', 'capital spending']],
  ['investment_plan', [
    '投資計画', '3カ年計画', '3か年計画', '投資額', '投資', '投じる', '投じ', '投入', '投资', 'invest', 'invests', 'investing',
    'investment', 'investments', 'spend', 'spending', '賭ける', '賭け', '豪赌', '押注', 'bet', 'wager',
  ]],
  ['buyback_authorization', ['自社株買い枠', '回购授权', '回購授權', 'buyback authorization', 'repurchase program', 'repurchase authorization']],
  ['buyback', ['自社株買い', '自己株式取得', '回购', '回購', 'buyback', 'buybacks', 'repurchase', 'repurchases', 'repurchased']],
  ['dividend', ['配当', '股息', '派息', 'dividend', 'dividends']],
  ['bond_issue', ['転換社債', '交換社債', '社債', '可转债', '可轉債', '可换股债券', '可轉換債券', '可交换债券', 'convertible', 'exchangeable', 'bonds', 'notes offering']],
  ['market_cap', ['時価総額', '市值', '市值', 'market cap', 'market capitalization', 'market value']],
  ['price_target', ['目標株価', '株価目標', '目標価格', '目标价', '目標價', 'price target', 'target price']],
  ['share_price', ['株価', '股价', '股價', 'share price', 'stock price', 'shares']],
  ['turnover', ['売買代金', '成交額', '成交额', '成交金额', '成交金額', 'turnover', 'trading value']],
  ['market_share', ['市場シェア', 'シェア', '市场份额', '市場份額', '份额', '份額', '市佔率', '市占率', '市场占有率', '市場佔有率', '市場占有率', '占有率', '佔有率', 'market share']],
  ['fee_rate', ['技術サービス料', 'ソフトウェアサービス料', 'ソフトウェアサービス手数料', '手数料', 'サービス料', '服务费', '服務費', 'service fee', 'fee']],
  ['users', ['月間アクティブユーザー', '月間アクティブ', '月活跃用户', '月活躍用戶', '日活跃用户', '月活', '日活', 'ユーザー', '利用者', '会員', '用户', '用戶', 'users', 'mau', 'dau', 'monthly active users']],
  ['downloads', ['ダウンロード', '下载', '下載', 'downloads']],
  ['derivative_models', ['派生モデル', '衍生模型', 'derivative models', 'derivatives']],
  ['parameters', ['パラメーター', 'パラメータ', '参数', '參數', 'parameters']],
  ['training_tokens', ['トークン', 'tokens']],
];

export interface MetricHit {
  a: number; // normalised offsets
  b: number;
  metric: Metric;
  kw: string;
}

const KW = new Map<string, Metric>();
for (const [m, words] of TABLE) for (const w of words) if (!KW.has(w)) KW.set(w, m);

// Keywords by first character, longest first; English ones need a word edge on both sides.
const BY_FIRST = new Map<number, string[]>();
const FIRST = new Uint8Array(65536);
for (const w of [...KW.keys()].sort((a, b) => b.length - a.length)) {
  const c = w.charCodeAt(0);
  FIRST[c] = 1;
  (BY_FIRST.get(c) ?? BY_FIRST.set(c, []).get(c)!).push(w);
}
const isLower = (c: number) => c >= 97 && c <= 122;

/** Every metric keyword in normalised text s, in order: at each place the longest keyword that
 *  fits, then on after it (the leftmost-longest, non-overlapping hits). */
export function metricHits(s: string): MetricHit[] {
  const out: MetricHit[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!FIRST[c]) continue;
    if (isLower(c) && isLower(s.charCodeAt(i - 1))) continue; // inside an English word
    for (const w of BY_FIRST.get(c)!) {
      if (!s.startsWith(w, i) || (isLower(c) && isLower(s.charCodeAt(i + w.length)))) continue;
      out.push({ a: i, b: i + w.length, metric: KW.get(w)!, kw: w });
      i += w.length - 1;
      break;
    }
  }
  return out;
}

/** Metrics a money amount can have. */
export const MONEY_METRICS = new Set<Metric>([
  'revenue', 'net_income', 'net_income_attrib', 'non_gaap_net_income', 'cloud_revenue', 'capex', 'investment_plan', 'buyback',
  'buyback_authorization', 'dividend', 'bond_issue', 'cmr', 'adjusted_ebita', 'market_cap', 'share_price', 'price_target',
  'turnover', 'ai_budget', 'cloud_revenue_forecast', 'other',
]);

/** A percentage next to a money metric is its growth, when the KB has such a metric. */
export const GROWTH_OF: Partial<Record<Metric, Metric>> = {
  revenue: 'revenue_growth', net_income: 'net_income_growth', non_gaap_net_income: 'non_gaap_net_income_growth',
  cloud_revenue: 'cloud_revenue_growth', capex: 'capex_growth', cmr: 'cmr_growth', share_price: 'share_price_change',
};

/** Percent metrics that are not growth. */
export const PERCENT_METRICS = new Set<Metric>(['market_share', 'fee_rate', 'share_price_change', 'other']);

/** Metrics a count's unit implies. */
export const COUNT_METRIC: Record<string, Metric> = {
  params: 'parameters', tokens: 'training_tokens', gpus: 'gpu_count', users: 'users', models: 'derivative_models',
};

/** Words of money talk, for a bare 380億 (no currency) to count as an amount. */
export function isMoneyMetric(m: Metric): boolean {
  return MONEY_METRICS.has(m) && m !== 'other' && m !== 'share_price';
}

/** Several years of spending named in a sentence (3年間, 3カ年, three years, 三年): plan talk. */
export const MULTI_YEAR = /(?:[2-9２-９二三四五十]|10)\s?(?:年間|カ年|ヶ年|か年|年で|年に)|三年|(?:two|three|four|five|ten)[-\s]year|(?:two|three|four|five|ten)\syears|[2-9]\syears/;
