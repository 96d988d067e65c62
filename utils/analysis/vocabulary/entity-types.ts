// Kinds of entities and of relations between them, with their labels.
import type { Label } from './lang';

const ENTITY_TYPE_DEFS = {
  company: { one: { ja: '企業', en: 'Company' }, many: { ja: '企業', en: 'Companies' } }, // listed or private company, media too
  unit: { one: { ja: '事業部門・子会社', en: 'Business unit' }, many: { ja: '事業部門・子会社', en: 'Business units' } },
  product: { one: { ja: '製品・サービス', en: 'Product' }, many: { ja: '製品・サービス', en: 'Products & services' } },
  model: { one: { ja: 'AIモデル', en: 'AI model' }, many: { ja: 'AIモデル', en: 'AI models' } },
  chip: { one: { ja: '半導体', en: 'Chip' }, many: { ja: '半導体', en: 'Chips' } },
  person: { one: { ja: '人物', en: 'Person' }, many: { ja: '人物', en: 'People' } },
  bank: { one: { ja: '金融機関・調査会社', en: 'Bank / research firm' }, many: { ja: '金融機関・調査会社', en: 'Banks & analysts' } },
  government: { one: { ja: '政府・公的機関', en: 'Public body' }, many: { ja: '政府・規制機関', en: 'Regulators & public bodies' } },
  event: { one: { ja: 'イベント', en: 'Event' }, many: { ja: 'イベント', en: 'Events' } },
  metric: { one: { ja: '指標', en: 'Metric' }, many: { ja: '指標', en: 'Metrics' } },
} as const satisfies Record<string, { one: Label; many: Label }>;
export type EntityType = keyof typeof ENTITY_TYPE_DEFS;
export const ENTITY_TYPES = Object.keys(ENTITY_TYPE_DEFS) as [EntityType, ...EntityType[]];

export function typeLabel(type: string, lang: 'ja' | 'en', plural = false): string {
  const d = ENTITY_TYPE_DEFS[type as EntityType];
  return d ? (plural ? d.many : d.one)[lang] : type;
}

/** Relation phrases; {x} is the other side's name. out: this entity is the relation's `from`. */
const RELATION_DEFS = {
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
} as const satisfies Record<string, Record<'ja' | 'en', readonly [string, string]>>;
export type RelationType = keyof typeof RELATION_DEFS;
export const RELATION_TYPES = Object.keys(RELATION_DEFS) as [RelationType, ...RelationType[]];

export function relationText(type: RelationType, dir: 'out' | 'in', other: string, lang: 'ja' | 'en'): string {
  return RELATION_DEFS[type][lang][dir === 'out' ? 0 : 1].replace('{x}', other);
}
