// Ordinary words that are also names in this news (Apple, アリ, 小米, "the paper"), and generic terms
// other platforms use too (技術サービス料). An alias equal to one must be ambiguous, with context
// words, or left out: kb:audit lists those that are not. Compared after NFKC, lower case, no
// spaces or middle dots. Small on purpose: a list to audit with, not a dictionary.
export const COMMON_WORDS: Record<'en' | 'ja' | 'zh', readonly string[]> = {
  en: [
    'apple', 'meta', 'oracle', 'alphabet', 'android', 'ant', 'ali', 'fed', 'fun', 'step', 'seed', 'spark', 'nova', 'quark', 'wind',
    'the paper', 'the information', 'the guardian', 'the economist', 'the register', 'insider', 'fortune', 'wired', 'copilot', 'cursor',
    'gemini', 'llama', 'sora', 'runway', 'lambda', 'snowflake', 'vanguard', 'crusoe', 'manus', 'phi', 'yi', 'wan', 'kimi', 'claude',
    'mistral', 'ascend', 'blackwell', 'hopper', 'rubin', 'apollo', 'davos', 'trump', 'micron', 'arm', 'grab', 'counterpoint', 'cadence',
    'whisper', 'codex', 'gemma', 'perplexity', 'cohere', 'accio', 'wukong', 'huabei', 'pangu', 'kunpeng', 'kirin', 'two sessions',
    'technology service fee', 'service fee', 'cloud intelligence', 'local service group', 'e-commerce business group', 'chain', 'ring', 'ling',
  ],
  ja: [
    'アリ', 'アップル', 'メタ', 'トランプ', 'マスク', 'ファン', 'チャン', 'クラウド', 'モデル', 'ジェミニ', 'クォーク',
    'アプリ', 'アフロ', 'グラブ', 'マーベル', 'アーム', 'アルファベット', 'アンドロイド', 'ダイヤモンド', 'インフォメーション',
    'ガーディアン', 'エコノミスト', 'ルービン', 'ホッパー', 'アポロ', 'ダボス', '共同', '時事', '朝日', '毎日', '技術サービス料', '商務省',
  ],
  zh: [
    '阿里', '小米', '百川', '豆包', '元宝', '元寶', '星火', '悟空', '飞天', '飛天', '天工', '口碑', '大麦', '大麥', '雪球', '灵犀', '神龙', '神龍',
    '盘古', '盤古', '麒麟', '鲲鹏', '鯤鵬', '中金', '晚点', '今日新闻', '今日新聞', '量子位', '理想', '蚂蚁', '螞蟻', '字节', '字節', '中国电商',
    '技术服务费', '技術服務費', '商务部', '商務部', '联想', '聯想', '浪潮', '曙光', '海光', '通义', '通義', '千问', '千問', '信报', '信報',
  ],
};
