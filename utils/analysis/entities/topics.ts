// Topic terms of the AI-investment race (ja / zh / en) with weights, and cues of unrelated uses of
// the name Alibaba (the fairy tale, restaurants). Scanned on normalised text in one pass.
import { AhoCorasick } from '../match/aho-corasick';
import { INVEST_TERMS } from '../precheck/precheck';
import { EXPORT_RULE_TERMS as EXPORT_RULE_LIST, MODEL_RACE_TERMS, RESULTS_TERMS } from '../precheck/invest-terms';
import type { Normalized } from '../text/normalize';
import { normalizeKey } from '../text/normalize';
import { allLettersUpper, isAsciiAlnum, isWordChar, nextIndex, prevIndex } from './chars';

// weight 2: results and models (the investment/compute/chip-export terms come from the precheck
// list, so that race-only relevance never needs a term the precheck does not know); weight 1: broader words.
const TOPIC_2 = [
  // The model race said as such (the pre-check's list).
  ...MODEL_RACE_TERMS,
  'LLM',
  '生成AI',
  ...RESULTS_TERMS,
  'クラウド事業',
  '大模型',
  '云计算',
  '雲端運算',
  '人工智能',
];
const TOPIC_1 = [
  'AI',
  'artificial intelligence',
  '人工知能',
  'クラウド',
  '投資',
  'チップ',
  'インフラ',
  '推論',
  'モデル',
  'オープンソース',
  '株価',
  '時価総額',
  '自社株買い',
  '増収',
  '増益',
  '前年同期比',
  'アナリスト',
  '目標株価',
  'Eコマース',
  '電子商取引',
  '投资',
  '云',
  '雲',
  '股价',
  '股價',
  '回购',
  '回購',
  '电商',
  '電商',
  '模型',
  '开源',
  '開源',
  'cloud',
  'investment',
  'invest',
  'investing',
  'profit',
  'shares',
  'stock',
  'model',
  'models',
  'open-source',
  'open source',
  'infrastructure',
  'buyback',
  'analyst',
  'analysts',
  'e-commerce',
  'inference',
  'GPUs',
  // The company's founder and leaders as its subject (a core person named is needed for any weight).
  '創業者',
  '創始者',
  '创始人',
  '創始人',
  'founder',
  // Instant commerce and food delivery: Alibaba's own business (Taobao Instant Commerce, Ele.me).
  'フードデリバリー',
  '即時小売',
  '即時配送',
  '外卖',
  '外賣',
  '即时零售',
  '即時零售',
  '闪购',
  '閃購',
  'food delivery',
  'instant commerce',
  'instant retail',
  'quick commerce',
];
const FAIRY = [
  '40人の盗賊',
  '四十人の盗賊',
  '40人の泥棒',
  // The tale's thieves however counted or spelled (the 1971 film 『アリババと40匹の盗賊』, picture
  // books' 四十人のとうぞく); business news on Alibaba has no thieves.
  '盗賊',
  'とうぞく',
  'ひらけごま',
  'ひらけゴマ',
  '開けゴマ',
  'アラビアンナイト',
  '千夜一夜',
  'forty thieves',
  '40 thieves',
  'open sesame',
  'arabian nights',
  'one thousand and one nights',
  '四十大盗',
  '四十大盜',
  '40大盗',
  '芝麻开门',
  '芝麻開門',
  '一千零一夜',
  '天方夜谭',
  '天方夜譚',
];
const VENUE = [
  'レストラン',
  'ケバブ',
  '料理店',
  '食堂',
  '飲食店',
  'ランチ',
  'メニュー',
  'カフェ',
  'restaurant',
  'kebab',
  'menu',
  'cafe',
  '餐厅',
  '餐廳',
  '烤肉',
];

type TermGroup = 'topic' | 'invest' | 'fairy' | 'venue';

/** Chip-export rules said as such (one list, in the pre-check's terms). */
export const EXPORT_RULE_TERMS: ReadonlySet<string> = new Set(EXPORT_RULE_LIST);
/** AI said as such. */
export const AI_TERMS: ReadonlySet<string> = new Set(['AI', 'artificial intelligence', '人工知能', '人工智能', '生成AI']);
/** A company's results said as such (the pre-check's list). */
export const RESULT_TERMS: ReadonlySet<string> = new Set(RESULTS_TERMS);

interface Term {
  text: string; // as listed (for reasons)
  key: string;
  group: TermGroup;
  weight: number;
  caseSensitive: boolean;
}

let built: { ac: AhoCorasick; terms: Term[] } | undefined;

function build() {
  const terms: Term[] = [];
  const add = (list: string[], group: TermGroup, weight: number) => {
    for (const text of list) {
      const caseSensitive = /^[A-Z]{1,4}s?$/.test(text);
      terms.push({ text, key: normalizeKey(text), group, weight, caseSensitive });
    }
  };
  add([...INVEST_TERMS], 'invest', 2);
  add(TOPIC_2, 'topic', 2);
  add(TOPIC_1, 'topic', 1);
  add(FAIRY, 'fairy', 1);
  add(VENUE, 'venue', 1);
  return { ac: new AhoCorasick(terms.map((t) => t.key)), terms };
}

export interface TermHit {
  term: string;
  group: TermGroup;
  weight: number;
  ns: number;
  ne: number;
}

/** Every topic/fairy/venue term in the text (Latin terms as whole words; AI/GPU/LLM upper case only). */
export function scanTerms(norm: Normalized, text: string): TermHit[] {
  built ??= build();
  const { ac, terms } = built;
  const hits: TermHit[] = [];
  ac.scan(norm.text, (p, ne) => {
    const t = terms[p];
    const ns = ne - t.key.length;
    const start = norm.map[ns];
    const end = norm.ends ? norm.ends[ne - 1] : norm.map[ne];
    if (isAsciiAlnum(t.key.charCodeAt(0))) {
      const i = prevIndex(text, start);
      if (i >= 0 && isWordChar(text.charCodeAt(i))) return;
    }
    if (isAsciiAlnum(t.key.charCodeAt(t.key.length - 1))) {
      const j = nextIndex(text, end);
      if (j < text.length && isWordChar(text.charCodeAt(j))) return;
    }
    if (t.caseSensitive && !allLettersUpper(text.slice(start, t.text.endsWith('s') ? end - 1 : end))) return;
    hits.push({ term: t.text, group: t.group, weight: t.weight, ns, ne });
  });
  return hits;
}
