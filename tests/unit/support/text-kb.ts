// A small KB for the text-side tests (names from shared/domain-facts.md), and the real KB from
// kb/*.jsonl with these entities filled in where the real one does not have them yet.
import { kbSchemas } from '../../../utils/analysis/kb/schema';
import { PreparedKb } from '../../../utils/analysis/prepared-kb';
import type { Entity, KbBundle, Relation } from '../../../utils/analysis/kb/types';
import { loadBundle } from '../../../scripts/lib/kb-files';

type E = Omit<Entity, 'status' | 'sources' | 'description'> & { description?: Entity['description'] };

const RAW: E[] = [
  {
    id: 'alibaba',
    type: 'company',
    names: {
      ja: ['アリババグループ', 'アリババ', 'アリババ集団', '阿里巴巴集団'],
      'zh-Hans': ['阿里巴巴集团', '阿里巴巴'],
      'zh-Hant': ['阿里巴巴集團'],
      en: ['Alibaba Group Holding', 'Alibaba Group', 'Alibaba'],
    },
    aliases: [
      { text: 'BABA', kind: 'ticker' },
      { text: '9988', kind: 'ticker' },
      { text: 'アリ', kind: 'abbr', lang: 'ja', ambiguous: true },
      { text: '阿里', kind: 'abbr', lang: 'zh-Hans', ambiguous: true },
      { text: 'Ali', kind: 'abbr', lang: 'en', ambiguous: true },
    ],
    tickers: ['NYSE:BABA', 'HKEX:9988'],
  },
  {
    id: 'alibaba-cloud',
    type: 'unit',
    parent: 'alibaba',
    names: {
      ja: ['アリババクラウド', '阿里雲'],
      'zh-Hans': ['阿里云', '阿里云智能集团'],
      'zh-Hant': ['阿里雲'],
      en: ['Alibaba Cloud', 'Alibaba Cloud Intelligence Group'],
    },
    aliases: [{ text: 'アリクラウド', kind: 'variant', lang: 'ja' }],
  },
  {
    id: 'taobao-tmall-group',
    type: 'unit',
    parent: 'alibaba',
    names: { ja: ['淘天集団', 'タオティエン・グループ'], 'zh-Hans': ['淘天集团'], 'zh-Hant': ['淘天集團'], en: ['Taobao and Tmall Group'] },
    aliases: [
      { text: 'TTG', kind: 'abbr' },
      { text: 'Taotian', kind: 'variant', lang: 'en' },
      { text: '淘天グループ', kind: 'variant', lang: 'ja' },
      { text: 'TTG(トヨタグループ)', kind: 'mistranslation', lang: 'ja', note: 'seed 003: TTG is not Toyota' },
      { text: 'アモイ天グループ', kind: 'mistranslation', lang: 'ja' },
    ],
  },
  {
    id: 'qwen',
    type: 'model',
    parent: 'alibaba-cloud',
    names: { ja: ['通義千問', 'Qwen'], 'zh-Hans': ['通义千问', '千问'], 'zh-Hant': ['通義千問', '千問'], en: ['Qwen', 'Tongyi Qianwen'] },
    aliases: [
      { text: 'クウェン', kind: 'variant', lang: 'ja' },
      { text: '同益前問', kind: 'mistranslation', lang: 'ja' },
      { text: '同益前聞', kind: 'mistranslation', lang: 'ja' },
    ],
  },
  {
    id: 'eddie-wu',
    type: 'person',
    names: { ja: ['呉泳銘', 'エディ・ウー'], 'zh-Hans': ['吴泳铭'], 'zh-Hant': ['吳泳銘'], en: ['Eddie Wu', 'Eddie Yongming Wu', 'Wu Yongming'] },
    aliases: [
      { text: '呉永明', kind: 'mistranslation', lang: 'ja' },
      { text: '呉勇明', kind: 'mistranslation', lang: 'ja' },
      { text: 'Wu Jihan', kind: 'mistranslation', lang: 'en' },
      { text: '呉', kind: 'surname', lang: 'ja' },
      { text: 'ウー', kind: 'surname', lang: 'ja' },
      { text: '吴', kind: 'surname', lang: 'zh-Hans' },
      { text: 'Wu', kind: 'surname', lang: 'en' },
    ],
  },
  {
    id: 'joe-tsai',
    type: 'person',
    names: { ja: ['蔡崇信', 'ジョセフ・ツァイ', 'ジョー・ツァイ'], 'zh-Hans': ['蔡崇信'], en: ['Joe Tsai', 'Joseph Tsai', 'Joseph C. Tsai'] },
    aliases: [
      { text: 'ツァイ', kind: 'surname', lang: 'ja' },
      { text: 'Tsai', kind: 'surname', lang: 'en' },
      { text: '蔡', kind: 'surname' },
    ],
  },
  {
    id: 'jack-ma',
    type: 'person',
    names: { ja: ['ジャック・マー', '馬雲'], 'zh-Hans': ['马云'], 'zh-Hant': ['馬雲'], en: ['Jack Ma', 'Ma Yun'] },
    aliases: [
      { text: 'マー', kind: 'surname', lang: 'ja' },
      { text: 'Ma', kind: 'surname', lang: 'en' },
    ],
  },
  {
    id: 'toby-xu',
    type: 'person',
    names: { ja: ['徐宏', 'トビー・シュー'], 'zh-Hans': ['徐宏'], en: ['Toby Xu', 'Toby Hong Xu', 'Xu Hong'] },
    aliases: [
      { text: '徐紅', kind: 'mistranslation', lang: 'ja' },
      { text: 'Toby Hsu', kind: 'mistranslation', lang: 'en' },
      { text: '徐', kind: 'surname' },
      { text: 'Xu', kind: 'surname', lang: 'en' },
    ],
  },
  {
    id: 'jiang-fan',
    type: 'person',
    names: { ja: ['蒋凡', 'ジャン・ファン'], 'zh-Hans': ['蒋凡'], 'zh-Hant': ['蔣凡'], en: ['Jiang Fan'] },
    aliases: [{ text: '江凡', kind: 'mistranslation', lang: 'ja' }],
  },
  {
    id: 'aidc',
    type: 'unit',
    parent: 'alibaba',
    names: { ja: ['アリババ国際デジタルコマースグループ'], 'zh-Hans': ['阿里巴巴国际数字商业集团'], en: ['Alibaba International Digital Commerce Group'] },
    aliases: [{ text: 'AIDC', kind: 'abbr' }],
  },
  { id: 'aliexpress', type: 'product', parent: 'aidc', names: { ja: ['アリエクスプレス'], 'zh-Hans': ['速卖通'], en: ['AliExpress'] } },
  {
    id: 'taobao',
    type: 'product',
    parent: 'taobao-tmall-group',
    names: { ja: ['タオバオ', '淘宝網'], 'zh-Hans': ['淘宝'], 'zh-Hant': ['淘寶'], en: ['Taobao'] },
  },
  { id: 'tmall', type: 'product', parent: 'taobao-tmall-group', names: { ja: ['天猫', 'Tモール'], 'zh-Hans': ['天猫'], 'zh-Hant': ['天貓'], en: ['Tmall'] } },
  {
    id: 'ant-group',
    type: 'unit',
    parent: 'alibaba',
    names: { ja: ['アント・グループ'], 'zh-Hans': ['蚂蚁集团'], 'zh-Hant': ['螞蟻集團'], en: ['Ant Group'] },
    aliases: [{ text: 'Ant', kind: 'abbr', lang: 'en', ambiguous: true }],
  },
  { id: 'alipay', type: 'product', parent: 'ant-group', names: { ja: ['アリペイ', '支付宝'], 'zh-Hans': ['支付宝'], 'zh-Hant': ['支付寶'], en: ['Alipay'] } },
  {
    id: 'quark',
    type: 'product',
    parent: 'alibaba',
    names: { ja: ['クォーク'], 'zh-Hans': ['夸克'], en: ['Quark'] },
    aliases: [{ text: 'Quark', kind: 'name', lang: 'en', ambiguous: true }],
    context: ['AI', 'アプリ', 'ブラウザ', 'アシスタント', 'app'],
  },
  {
    id: 'pai',
    type: 'product',
    parent: 'alibaba-cloud',
    names: { en: ['Platform for AI'] },
    aliases: [{ text: 'PAI', kind: 'abbr', ambiguous: true }],
    context: ['機械学習', 'プラットフォーム', 'platform'],
  },
  { id: 'deepseek', type: 'company', names: { ja: ['ディープシーク'], 'zh-Hans': ['深度求索'], en: ['DeepSeek'] } },
  { id: 'bytedance', type: 'company', names: { ja: ['バイトダンス'], 'zh-Hans': ['字节跳动'], 'zh-Hant': ['字節跳動'], en: ['ByteDance'] } },
  { id: 'tencent', type: 'company', names: { ja: ['テンセント'], 'zh-Hans': ['腾讯'], 'zh-Hant': ['騰訊'], en: ['Tencent'] } },
  {
    id: 'nvidia',
    type: 'company',
    names: { ja: ['エヌビディア'], 'zh-Hans': ['英伟达'], 'zh-Hant': ['輝達'], en: ['NVIDIA', 'Nvidia'] },
    tickers: ['NASDAQ:NVDA'],
  },
];

const FIXTURE_ENTITIES: Entity[] = RAW.map(
  (e) => kbSchemas().Entity.parse({ description: { ja: '—', en: '—' }, status: 'unverified', sources: [], ...e }) as Entity,
);

/** Relations from shared/domain-facts.md (people roles, competitors, suppliers). */
const FIXTURE_RELATIONS: Relation[] = [
  { from: 'eddie-wu', type: 'ceo_of', to: 'alibaba', since: '2023-09-10' },
  { from: 'joe-tsai', type: 'chairman_of', to: 'alibaba', since: '2023-09-10' },
  { from: 'jack-ma', type: 'founder_of', to: 'alibaba' },
  { from: 'toby-xu', type: 'cfo_of', to: 'alibaba' },
  { from: 'jiang-fan', type: 'executive_of', to: 'alibaba' },
  { from: 'deepseek', type: 'competitor_of', to: 'alibaba' },
  { from: 'bytedance', type: 'competitor_of', to: 'alibaba' },
  { from: 'tencent', type: 'competitor_of', to: 'alibaba' },
  { from: 'nvidia', type: 'partner_of', to: 'alibaba-cloud', since: '2025-09' },
];

function bundleOf(entities: Entity[], base?: KbBundle): KbBundle {
  return {
    version: `test-${entities.length}`,
    builtAt: '2000-01-01T00:00:00.000Z',
    entities,
    facts: [],
    relations: base?.relations ?? [],
    sources: base?.sources ?? [],
    fx: base?.fx ?? [],
    errors: base?.errors ?? [],
  };
}

/** Only the fixture entities. */
export function fixtureKb(): PreparedKb {
  return new PreparedKb({ ...bundleOf(FIXTURE_ENTITIES), relations: FIXTURE_RELATIONS });
}

/** The real KB, plus fixture entities for ids it does not have yet (parents that do not exist are dropped). */
export function realKbWithFallback(): { kb: PreparedKb; filled: string[] } {
  let real: KbBundle | undefined;
  try {
    real = loadBundle();
  } catch {
    real = undefined;
  }
  const have = new Set((real?.entities ?? []).map((e) => e.id));
  const filled = FIXTURE_ENTITIES.filter((e) => !have.has(e.id));
  const all = [...(real?.entities ?? []), ...filled];
  const ids = new Set(all.map((e) => e.id));
  const entities = all.map((e) => (e.parent && !ids.has(e.parent) ? { ...e, parent: undefined } : e));
  const key = (r: Relation) => `${r.from} ${r.type} ${r.to}`;
  const realRel = new Set((real?.relations ?? []).map(key));
  const relations = [...(real?.relations ?? []), ...FIXTURE_RELATIONS.filter((r) => !realRel.has(key(r)) && ids.has(r.from) && ids.has(r.to))];
  return { kb: new PreparedKb({ ...bundleOf(entities, real), relations }), filled: filled.map((e) => e.id) };
}
