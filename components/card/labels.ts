// Vocabulary labels, Japanese and English: entity types, metrics, relations and check causes. Used by
// the card, the side panel and the exports. (UI chrome — buttons, headings, status words — is in the
// message catalog, utils/i18n.) To be derived from the analysis core's vocabulary module.
import type { EntityType, Metric, RelationType } from '../../utils/analysis/kb/types';
import type { CheckCause } from '../../utils/analysis/types';
import type { UiLang } from '../../utils/i18n';

const CAUSE: Record<CheckCause, [string, string]> = {
  currency: ['通貨の取り違え(元とドル・円など)の可能性があります。', 'The currency looks wrong (e.g. yuan written as dollars or yen).'],
  scale: ['桁(億・兆などの単位)の誤りの可能性があります。', 'The order of magnitude (units such as 億/兆 or billion) looks wrong.'],
  period: ['別の期間の数字を当てている可能性があります。', 'The figure seems to belong to a different period.'],
  conversion: ['換算が基準レートと合いません。', 'The conversion does not match the reference exchange rate.'],
  value: ['値が知識ベースの記録と異なります。', 'The value differs from the knowledge base record.'],
};

export function causeText(cause: CheckCause, lang: UiLang): string {
  return CAUSE[cause][lang === 'ja' ? 0 : 1];
}

const TYPES: Record<EntityType, [string, string]> = {
  company: ['企業', 'Company'], unit: ['事業部門・子会社', 'Business unit'], product: ['製品・サービス', 'Product'],
  model: ['AIモデル', 'AI model'], chip: ['半導体', 'Chip'], person: ['人物', 'Person'],
  bank: ['金融機関・調査会社', 'Bank / research firm'], government: ['政府・公的機関', 'Public body'],
  event: ['イベント', 'Event'], metric: ['指標', 'Metric'],
};

export function typeText(type: string, lang: UiLang): string {
  const t = TYPES[type as EntityType];
  return t ? t[lang === 'ja' ? 0 : 1] : type;
}

const METRIC: Partial<Record<Metric, [string, string]>> = {
  revenue: ['売上高', 'Revenue'], revenue_growth: ['増収率', 'Revenue growth'], net_income: ['純利益', 'Net income'],
  net_income_growth: ['純利益の伸び', 'Net income growth'], net_income_attrib: ['株主帰属純利益', 'Net income attributable'],
  non_gaap_net_income: ['非GAAP純利益', 'Non-GAAP net income'], non_gaap_net_income_growth: ['非GAAP純利益の伸び', 'Non-GAAP net income growth'],
  cloud_revenue: ['クラウド売上高', 'Cloud revenue'], cloud_revenue_growth: ['クラウド増収率', 'Cloud revenue growth'],
  capex: ['設備投資', 'Capex'], capex_growth: ['設備投資の伸び', 'Capex growth'], investment_plan: ['投資計画', 'Investment plan'],
  buyback: ['自社株買い', 'Buyback'], buyback_authorization: ['自社株買い枠', 'Buyback authorization'], dividend: ['配当', 'Dividend'],
  bond_issue: ['社債・転換社債', 'Bond issue'], cmr: ['顧客管理収入(CMR)', 'Customer management revenue'],
  cmr_growth: ['CMRの伸び', 'CMR growth'], adjusted_ebita: ['調整後EBITA', 'Adjusted EBITA'], market_share: ['市場シェア', 'Market share'],
  market_cap: ['時価総額', 'Market cap'], share_price: ['株価', 'Share price'], share_price_change: ['株価の変動', 'Share price change'],
  price_target: ['目標株価', 'Price target'], turnover: ['売買代金', 'Turnover'], users: ['利用者数', 'Users'],
  downloads: ['ダウンロード数', 'Downloads'], derivative_models: ['派生モデル数', 'Derivative models'], parameters: ['パラメータ数', 'Parameters'],
  training_tokens: ['学習トークン数', 'Training tokens'], fee_rate: ['手数料率', 'Fee rate'], ai_budget: ['AI予算', 'AI budget'],
  cloud_revenue_forecast: ['クラウド売上予想', 'Cloud revenue forecast'], gpu_count: ['GPU数', 'GPU count'], other: ['その他', 'Other'],
};

export function metricText(metric: string, lang: UiLang): string {
  const m = METRIC[metric as Metric];
  return m ? m[lang === 'ja' ? 0 : 1] : metric;
}

/** Relation phrases; {x} is the other side's name. out = this entity is the relation's `from`. */
const REL: Record<RelationType, { ja: [string, string]; en: [string, string] }> = {
  ceo_of: { ja: ['{x}のCEO', 'CEO: {x}'], en: ['CEO of {x}', 'CEO: {x}'] },
  chairman_of: { ja: ['{x}の会長', '会長: {x}'], en: ['Chairman of {x}', 'Chairman: {x}'] },
  cfo_of: { ja: ['{x}のCFO', 'CFO: {x}'], en: ['CFO of {x}', 'CFO: {x}'] },
  cto_of: { ja: ['{x}のCTO', 'CTO: {x}'], en: ['CTO of {x}', 'CTO: {x}'] },
  founder_of: { ja: ['{x}の創業者', '創業者: {x}'], en: ['Founder of {x}', 'Founder: {x}'] },
  executive_of: { ja: ['{x}の幹部', '幹部: {x}'], en: ['Executive at {x}', 'Executive: {x}'] },
  director_of: { ja: ['{x}の取締役', '取締役: {x}'], en: ['Director of {x}', 'Director: {x}'] },
  unit_of: { ja: ['{x}の傘下', '傘下: {x}'], en: ['Part of {x}', 'Unit: {x}'] },
  product_of: { ja: ['{x}の製品', '製品: {x}'], en: ['Product of {x}', 'Product: {x}'] },
  developed_by: { ja: ['開発: {x}', '{x}を開発'], en: ['Developed by {x}', 'Developed {x}'] },
  successor_of: { ja: ['{x}の後継', '後継: {x}'], en: ['Successor of {x}', 'Succeeded by {x}'] },
  investor_in: { ja: ['{x}に出資', '出資者: {x}'], en: ['Investor in {x}', 'Investor: {x}'] },
  competitor_of: { ja: ['競合: {x}', '競合: {x}'], en: ['Competes with {x}', 'Competes with {x}'] },
  supplier_of: { ja: ['{x}に供給', '供給元: {x}'], en: ['Supplier to {x}', 'Supplier: {x}'] },
  partner_of: { ja: ['提携: {x}', '提携: {x}'], en: ['Partner of {x}', 'Partner: {x}'] },
  analyst_at: { ja: ['{x}のアナリスト', 'アナリスト: {x}'], en: ['Analyst at {x}', 'Analyst: {x}'] },
  regulates: { ja: ['{x}を監督', '監督機関: {x}'], en: ['Regulates {x}', 'Regulated by {x}'] },
  owns: { ja: ['{x}を保有', '保有者: {x}'], en: ['Owns {x}', 'Owned by {x}'] },
};

export function relationText(type: RelationType, dir: 'out' | 'in', other: string, lang: UiLang): string {
  const r = REL[type];
  const tpl = r ? r[lang][dir === 'out' ? 0 : 1] : `${type}: {x}`;
  return tpl.replace('{x}', other);
}
