// The cheap relevance pre-check run by the content script on EVERY page's visible text: one pass
// over the char codes with a small constant term list, folding on the fly (case, full-width Latin,
// half-width katakana, voiced kana, middle dots, zero-width chars, whitespace runs). No KB, no
// allocation per char. It passes on a core name, or on a race name with an investment term; the
// full analysis decides the rest.
import { AhoCorasick } from './match/aho-corasick';

// Strong names of Alibaba, its units, products, models and people (mistranslations included); any one
// passes. Substrings cover longer names (アリババ covers アリババグループ).
export const CORE_TERMS: readonly string[] = [
  // Alibaba group
  'アリババ', 'alibaba', '阿里', 'baba', '9988', 'アリクラウド', 'アリペイ', 'alipay', '支付宝', '支付寶', 'アント・グループ', 'アントグループ',
  'ant group', '蚂蚁集团', '螞蟻集團', '淘天', 'タオティエン', 'taotian', 'アモイ天', 'タオバオ', 'taobao', '淘宝', '淘寶', '天猫', '天貓', 'tmall',
  'tモール', 'ティーモール', 'aliexpress', 'アリエクスプレス', '速卖通', '速賣通', 'lazada', 'ラザダ', 'trendyol', 'トレンドヨル', 'aidc', '1688.com',
  '閑魚', '闲鱼', '閒魚', 'xianyu', 'dingtalk', 'ディントーク', '釘釘', '钉钉', 'cainiao', 'ツァイニャオ', '菜鸟', '菜鳥', 'ele.me', 'ウーラマ',
  '饿了么', '餓了麼', 'amap', '高徳地図', '高德', 'fliggy', 'フリギー', '飛猪', '飞猪', '飛豬', 'freshippo', 'フーマー', '盒馬', '盒马', 'youku',
  'ヨウク', '優酷', '优酷', 'quark', 'クォーク', '夸克', 'ピントウグー', '平頭哥', '平头哥', 't-head', 'damo', '達摩院', '达摩院', 'ダーモ',
  '88vip', '淘宝閃購', '淘宝闪购', '淘寶閃購', '銀泰', '银泰', 'intime', '高鑫', 'sun art', '南華早報', '南华早报', 'scmp', 'south china morning post',
  '雲栖', '云栖', '雲棲', 'apsara', 'yunqi', '含光', 'hanguang', '倚天', 'yitian', '鎮岳', '镇岳', 'zhenyue', '真武', 'zhenwu', '玄铁', 'xuantie',
  'modelscope', 'モデルスコープ', '魔搭', '百炼', '百煉', 'bailian', 'model studio', '全站推', 'quanzhantui', 'tmall genie', '天猫精灵',
  // Qwen
  'qwen', 'クウェン', '通義', '通义', '千問', '千问', 'tongyi', '同益前', 'qwq', '万相', '萬相', 'wanxiang',
  // People
  '呉泳銘', '吴泳铭', '吳泳銘', '呉永明', '呉勇明', 'エディウー', 'eddie wu', 'wu yongming', 'yongming wu', 'wu jihan', '蔡崇信', 'ジョセフツァイ',
  'ジョーツァイ', 'joe tsai', 'joseph tsai', 'joseph c. tsai', 'jiu cai', '馬雲', '马云', 'ジャックマー', 'jack ma', 'ma yun', '徐宏', '徐紅',
  'トビーシュー', 'toby xu', 'toby hong xu', 'toby hsu', 'topi xu', 'xu hong', '蒋凡', '蔣凡', '江凡', 'ジャンファン', 'jiang fan', '張勇', '张勇',
  'ダニエルチャン', 'daniel zhang', 'zhang yong', '周靖人', 'zhou jingren', '林俊旸', '林俊暘', 'lin junyang', 'justin lin', '武卫', '武衛',
  'maggie wu', '邵晓锋', '邵曉鋒', 'lydia liu', 'マーユン', 'エディーウー', 'ウーヨンミン', 'hong xu', 'fan jiang', 'ダニエルジャン', 'jingren zhou',
  'junyang lin', 'rob lin', 'マギーウー', 'maggie wei wu', 'ジェリーヤン', '杨致远', '楊致遠', 'jerry yang', '邵暁鋒', 'shao xiaofeng', '井賢棟', '井贤栋',
  'jing xiandong', 'eric jing', '韓歆毅', '韩歆毅', 'han xinyi',
  // More units, products and programmes
  'aliyun', 'cloud intelligence', '电商集团', '電商集團', 'china e-commerce group', 'アントフィナンシャル', '螞蟻集団', '蚂蚁金服', '蚂蚁科技', '螞蟻金服',
  'ant financial', 'pingtouge', 'thead', 'トンイー', '本地生活集团', '本地生活集團', 'local services group', 'サンアート', 'インタイム', '0241.hk',
  'hkex:0241', 'サウスチャイナモーニングポスト', '算力芯片', 'アプサラ', '1+6+n', 't-mall', '来赞达', '來贊達', 'シェンユー', 'idle fish', 'eleme',
  'アマップ', 'gaode', 'autonavi', 'hema', 'プラットフォームフォーai', '人工智能平台', 'platform for ai', 'pai-eas', '模型在线服务',
  'elastic algorithm service', 'サイト全体プロモーション', 'サイト全体にわたるプロモーション', 'フルサイトプロモーション', 'site-wide marketing',
  'トータルステーションプロモーション', 'total station promotion', 'ソフトウェアサービス料', 'ソフトウェアサービス手数料', '技術サービス料',
  '软件服务费', '技术服务费', '軟件服務費', 'software service fee', 'technology service fee', '磐久', 'panjiu', 'aegaeon', 'ttg',
  // Spelling variants and translators' renderings (kb/entities aliases)
  '09988', 'alicloud', 'タオティアン', '蚂蚁集', '蚂蚁金融', '螞蟻科技', '螞蟻金融', 'カイニャオ', 'ピントウゴー', 'ダモアカデミー', '達摩アカデミー',
  'academy for discovery', 'ali health', 'alihealth', '玄鉄', '玄鐵', 'クェン', 'キュウェン', 'キューウェン', 'キュウエン', 'クウエン', 'トンイチェン',
  'wan2.', 'wan 2.', 'lingma', '手淘', 'アリエク', 'トレンディヨル', 'トレンドヨール', 'シエンユー', 'シェンユイ', 'オートナビ', 'フリッギー',
  'フーマフレッシュ', 'ジョセフツアイ', 'ジョーツアイ', 'ツァイチョンシン', 'ヨンミンウー', 'yong-ming wu', 'wu yong-ming', '呉永銘', '呉詠銘',
  'トビースー', 'シューホン', 'トビーシュウ', 'チアンファン', 'ジアンファン', 'ジョウジンレン', 'チョウジンレン', 'ジンレンジョウ', 'リンジュンヤン',
  'リディアリ', 'ロブリン', 'マギーウェイウー', 'シャオシャオフ', 'エリックジン', 'ジンシエンドン', 'ジンシェンドン', 'ハンシンイー',
];

// Names of the AI-race companies and chips tied to Alibaba: they pass together with an investment term.
export const RACE_TERMS: readonly string[] = [
  'deepseek', 'ディープシーク', '深度求索', 'bytedance', 'バイトダンス', '字节跳动', '字節跳動', 'tencent', 'テンセント', '腾讯', '騰訊', 'baidu', 'バイドゥ',
  '百度', 'nvidia', 'エヌビディア', '英伟达', '輝達', 'huawei', 'ファーウェイ', '华为', '華為', '昇騰', '昇腾', 'moonshot', 'ムーンショット', '月之暗面',
  'minimax', 'zhipu', '智譜', '智谱', 'baichuan', '百川', '01.ai', '零一万物', 'doubao', 'ドウバオ', '豆包', 'cambricon', '寒武纪', '寒武紀', 'smic',
  '中芯', 'hygon', '海光', 'jd.com', '京东', '京東', 'meituan', '美团', '美團', 'pinduoduo', '拼多多', 'temu', 'iflytek', '科大讯飞', '科大訊飛',
  'lenovo', 'レノボ', '联想', '聯想', 'china unicom', '中国联通', '中國聯通', '中国聯通', 'openai', 'オープンai', 'open ai', 'google', 'グーグル', '谷歌',
  'microsoft', 'マイクロソフト', '微软', '微軟', 'amazon', 'アマゾン', '亚马逊', '亞馬遜', 'apple', 'アップル', '苹果', '蘋果', 'h20', 'h100',
  '英偉達', 'nvda', '0700.hk', 'bidu', '9888.hk', 'ミニマックス', '稀宇科技', '零一萬物', 'アイフライテック', '美団', 'メイトゥアン', 'pdd',
  'ピンドゥオドゥオ', 'チャイナユニコム', 'msft', 'aapl',
  'エヌビデア', 'エヌヴィディア', 'エンビディア', '辉达', 'byte dance', '00700', '月の暗面', 'ジープー', 'バイチュアン', 'lingyiwanwu', 'ゼロワンai',
  '讯飞', '訊飛', 'ホアウェイ', 'フアウェイ', 'ジンドン', 'jingdong', 'メイツアン', 'メイトゥワン', 'ピンドゥドゥ', 'ピンデュオデュオ', '中国聯合',
  '中国ユニコム', '中国联合网络', '中國聯合', 'オープンエーアイ',
];

// Short Latin/digit terms that count only as whole words (BABA not in BABAR, 9988 not in 19988).
const WORD_TERMS = new Set([
  'baba', '9988', '09988', '00700', 'ttg', 'aidc', 'damo', 'amap', 'scmp', 'temu', 'smic', 'qwq', 'hema', 'pdd', 'nvda', 'msft', 'aapl', 'bidu', 'h20', 'h100',
  'yunqi', 'eleme', 'gaode', 'intime', 'apple', 'thead', 'quark', 'hygon', 'gpu', 'gpus', 'chip', 'chips', 'compute', 'capex',
]);

// Investment / compute / chip-export terms (relevance uses the same list for race-only articles).
export const INVEST_TERMS: readonly string[] = [
  '設備投資', '資本支出', '資本的支出', '投資計画', '巨額投資', '輸出規制', '輸出管理', '禁輸', 'データセンター', '計算能力', '計算資源', 'GPU',
  'AIインフラ', '半導体', 'チップ', '资本开支', '資本開支', '资本支出', '出口管制', '数据中心', '數據中心', '算力', '芯片', '晶片', 'capex',
  'capital expenditure', 'capital spending', 'export control', 'export controls', 'data center', 'data centers', 'data centre', 'data centres',
  'AI infrastructure', 'semiconductor', 'semiconductors', 'chip', 'chips', 'compute', 'GPUs',
];

const SKIP = -1;
// Half-width katakana FF66..FF9D → full-width.
const HALF = 'ヲァィゥェォャュョッーアイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン';

/** Folded code unit of c (-1 = ignore): lower-case ASCII, full-width → ASCII, voiced kana → plain, dots and zero-width dropped. */
function fold(c: number): number {
  if (c < 128) {
    if (c >= 65 && c <= 90) return c + 32;
    if (c === 9 || c === 10 || c === 13) return 32;
    return c;
  }
  if (c >= 0xff01 && c <= 0xff5e) return fold(c - 0xfee0);
  if (c >= 0xff66 && c <= 0xff9d) return fold(HALF.charCodeAt(c - 0xff66));
  if (c === 0xff9e || c === 0xff9f || (c >= 0x3099 && c <= 0x309c)) return SKIP;
  if (c === 0x30fb || c === 0xff65 || c === 0xb7 || c === 0x2022 || c === 0x2027 || c === 0x2219 || c === 0x22c5) return SKIP;
  if (c === 0x200b || c === 0x200c || c === 0x200d || c === 0xfeff || c === 0x2060 || c === 0xad) return SKIP;
  // bidi marks, embeddings and isolates (as in normalize's INVISIBLE)
  if (c === 0x200e || c === 0x200f || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c === 0x061c) return SKIP;
  if (c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a)) return 32;
  // Voiced/semi-voiced katakana and hiragana → the plain kana (バ → ハ, パ → ハ, ヴ → ウ).
  if ((c >= 0x30ab && c <= 0x30c2) || (c >= 0x304b && c <= 0x3062)) return (c - (c >= 0x30ab ? 0x30ab : 0x304b)) % 2 === 1 ? c - 1 : c;
  if ((c >= 0x30c4 && c <= 0x30c9) || (c >= 0x3064 && c <= 0x3069)) return (c - (c >= 0x30c4 ? 0x30c4 : 0x3064)) % 2 === 1 ? c - 1 : c;
  if ((c >= 0x30cf && c <= 0x30dd) || (c >= 0x306f && c <= 0x307d)) return (c - (c >= 0x30cf ? 0x30cf : 0x306f)) % 3 === 0 ? c : c - ((c - (c >= 0x30cf ? 0x30cf : 0x306f)) % 3);
  if (c === 0x30f4) return 0x30a6;
  return c;
}

function foldTerm(s: string): string {
  let out = '';
  let last = -2;
  for (let i = 0; i < s.length; i++) {
    const f = fold(s.charCodeAt(i));
    if (f === SKIP || (f === 32 && last === 32)) continue;
    out += String.fromCharCode(f);
    last = f;
  }
  return out.trim();
}

const GROUPS = [CORE_TERMS, RACE_TERMS, INVEST_TERMS];
const ALL = GROUPS.flat();
const GROUP_OF = GROUPS.flatMap((g, i) => g.map(() => i));
let ac: AhoCorasick | undefined;
/** fold() precomputed for U+0000..30FF and U+FF00..FFFF; other code units fold to themselves (but U+FEFF). */
let LO: Int32Array | undefined;
let HI: Int32Array | undefined;
let folded: string[] = [];
const MAX_HITS = 8;

const isAlnum = (f: number) => (f >= 48 && f <= 57) || (f >= 97 && f <= 122);

/** Whole-word check for a term of folded length len ending at original index end (inclusive). */
function bounded(text: string, end: number, len: number): boolean {
  for (let j = end + 1; j < text.length; j++) {
    const f = fold(text.charCodeAt(j));
    if (f === SKIP) continue;
    if (isAlnum(f)) return false;
    break;
  }
  let k = end;
  for (let count = 0; k >= 0; k--) if (fold(text.charCodeAt(k)) !== SKIP && ++count === len) break;
  for (let j = k - 1; j >= 0; j--) {
    const f = fold(text.charCodeAt(j));
    if (f === SKIP) continue;
    return !isAlnum(f);
  }
  return true;
}

/** Passes when a core name occurs, or a race name together with an investment term. */
export function precheck(text: string): { pass: boolean; hits: string[] } {
  if (!ac) {
    folded = ALL.map(foldTerm);
    ac = new AhoCorasick(folded);
    // Plain loops: on a fresh page this runs cold, where a mapping callback per element is slow.
    const lo = new Int32Array(0x3100);
    for (let c = 0; c < 0x3100; c++) lo[c] = fold(c);
    const hi = new Int32Array(0x100);
    for (let c = 0; c < 0x100; c++) hi[c] = fold(0xff00 + c);
    LO = lo;
    HI = hi;
  }
  const a = ac;
  const hits: string[] = [];
  const seen = [0, 0, 0];
  let s = 0;
  let last = -2;
  let at = 0;
  const n = text.length;
  const onHit = (p: number) => {
    const t = ALL[p];
    if (hits.includes(t)) return;
    if (WORD_TERMS.has(folded[p]) && !bounded(text, at, folded[p].length)) return;
    hits.push(t);
    seen[GROUP_OF[p]]++;
  };
  // Hot loop kept call-free on the common path (root state, table fold): on a fresh page the
  // content script runs this cold, before the JIT has optimised anything.
  const lo = LO!;
  const hi = HI!;
  const root = a.rootTable;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const f = c < 0x3100 ? lo[c]! : c >= 0xff00 ? hi[c - 0xff00]! : c === 0xfeff ? SKIP : c;
    if (f === SKIP || (f === 32 && last === 32)) continue;
    last = f;
    s = s === 0 ? root[f]! : a.step(s, f);
    if (s !== 0 && a.hasOutput(s)) {
      at = i;
      a.outputs(s, onHit);
      if (hits.length >= MAX_HITS && (seen[0] || (seen[1] && seen[2]))) break;
    }
  }
  const pass = seen[0] > 0 || (seen[1] > 0 && seen[2] > 0);
  return { pass, hits: pass ? hits : [] };
}
