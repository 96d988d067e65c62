// Currencies: codes, the words and symbols that state them in ja / zh / en text, and their labels.
// Defined once: the figure grammar, conversions, checks, the KB schema and the UI derive from it.
import type { Label } from './lang';

interface CurrencyDef {
  /** Word after an amount in the reader's language: 3,800億元, CNY 380bn. */
  unit: Label;
  /** Full name, for menus. */
  name: Label;
  /** Words after the number (normalised: NFKC, ASCII lower case). English ones need a word edge. */
  after: readonly string[];
  /** Symbols and codes right before the number (normalised). */
  before: readonly string[];
  /** Prefix in English sentences ("RMB 380 billion", "US$53 billion"). */
  short: string;
  /** Minor units after the main one, with their worth: 2222円13銭, 2ドル3セント, 50元6角3分. */
  minor?: ReadonlyArray<readonly [string, number]>;
}

export const CURRENCY_DEFS = {
  CNY: {
    unit: { ja: '元', en: 'CNY' },
    name: { ja: '人民元', en: 'Chinese yuan' },
    short: 'RMB ',
    after: ['人民元', '人民币', '人民幣', '元人民币', '元人民幣', '中国元', '元', 'chinese yuan', 'yuan renminbi', 'yuan', 'renminbi', 'cny', 'rmb'],
    before: ['人民币', '人民幣', 'rmb', 'cny'],
    minor: [
      ['角', 0.1],
      ['毛', 0.1],
      ['分', 0.01],
    ],
  },
  USD: {
    unit: { ja: 'ドル', en: 'USD' },
    name: { ja: '米ドル', en: 'US dollar' },
    short: 'US$',
    after: ['米ドル', 'ドル', '美元', '美圆', '美金', 'us dollars', 'u.s. dollars', 'dollars', 'dollar', 'usd'],
    before: ['us$', 'usd', '$'],
    minor: [
      ['セント', 0.01],
      ['美分', 0.01],
      ['cents', 0.01],
    ],
  },
  JPY: {
    unit: { ja: '円', en: 'JPY' },
    name: { ja: '日本円', en: 'Japanese yen' },
    short: '¥',
    after: ['日本円', '日元', '日圆', '日圓', '円', 'japanese yen', 'yen', 'jpy'],
    before: ['jpy', '\\'],
    minor: [['銭', 0.01]],
  },
  HKD: {
    unit: { ja: '香港ドル', en: 'HKD' },
    name: { ja: '香港ドル', en: 'Hong Kong dollar' },
    short: 'HK$',
    after: ['香港ドル', '港ドル', '港元', '港币', '港幣', 'hong kong dollars', 'hk dollars', 'hkd'],
    before: ['hk$', 'hkd', '港币', '港幣'],
  },
  EUR: {
    unit: { ja: 'ユーロ', en: 'EUR' },
    name: { ja: 'ユーロ', en: 'Euro' },
    short: '€',
    after: ['ユーロ', '欧元', '歐元', 'euros', 'euro', 'eur'],
    before: ['eur', '€'],
  },
  GBP: {
    unit: { ja: 'ポンド', en: 'GBP' },
    name: { ja: '英ポンド', en: 'Pound sterling' },
    short: '£',
    after: ['英ポンド', 'ポンド', '英镑', '英鎊', 'pounds sterling', 'pounds', 'gbp'],
    before: ['gbp', '£'],
  },
  TWD: {
    unit: { ja: '台湾ドル', en: 'TWD' },
    name: { ja: '台湾ドル', en: 'New Taiwan dollar' },
    short: 'NT$',
    after: ['ニュー台湾ドル', '新台湾ドル', '台湾ドル', '新台币', '新台幣', '台币', '台幣', 'new taiwan dollars', 'taiwan dollars', 'twd'],
    before: ['nt$', 'twd', '新台币', '新台幣'],
  },
  AUD: {
    unit: { ja: '豪ドル', en: 'AUD' },
    name: { ja: '豪ドル', en: 'Australian dollar' },
    short: 'A$',
    after: ['オーストラリアドル', '豪ドル', '澳元', '澳大利亚元', '澳大利亞元', 'australian dollars', 'aud'],
    before: ['a$', 'aud'],
  },
  CAD: {
    unit: { ja: 'カナダドル', en: 'CAD' },
    name: { ja: 'カナダドル', en: 'Canadian dollar' },
    short: 'C$',
    after: ['カナダドル', '加元', '加拿大元', 'canadian dollars', 'cad'],
    before: ['c$', 'cad'],
  },
  SGD: {
    unit: { ja: 'シンガポールドル', en: 'SGD' },
    name: { ja: 'シンガポールドル', en: 'Singapore dollar' },
    short: 'S$',
    after: ['シンガポールドル', '新加坡元', '新加坡币', '新加坡幣', '新元', '新币', '新幣', 'singapore dollars', 'sgd'],
    before: ['s$', 'sgd'],
  },
  KRW: {
    unit: { ja: 'ウォン', en: 'KRW' },
    name: { ja: '韓国ウォン', en: 'South Korean won' },
    short: '₩',
    after: ['韓国ウォン', 'ウォン', '韩元', '韓元', '韩币', '韓幣', 'korean won', 'krw'],
    before: ['krw', '₩'],
  },
  CHF: {
    unit: { ja: 'スイスフラン', en: 'CHF' },
    name: { ja: 'スイスフラン', en: 'Swiss franc' },
    short: 'CHF ',
    after: ['スイスフラン', '瑞士法郎', 'swiss francs', 'chf'],
    before: ['chf'],
  },
  INR: {
    unit: { ja: 'ルピー', en: 'INR' },
    name: { ja: 'インドルピー', en: 'Indian rupee' },
    short: '₹',
    after: ['インドルピー', 'ルピー', '印度卢比', '印度盧比', '卢比', '盧比', 'indian rupees', 'rupees', 'inr'],
    before: ['inr', 'rs.', '₹'],
  },
  NGN: {
    unit: { ja: 'ナイラ', en: 'NGN' },
    name: { ja: 'ナイラ', en: 'Nigerian naira' },
    short: '₦',
    after: ['ナイラ', '奈拉', 'naira', 'ngn'],
    before: ['ngn', '₦'],
  },
} as const satisfies Record<string, CurrencyDef>;

export type Currency = keyof typeof CURRENCY_DEFS;
export const CURRENCIES = Object.keys(CURRENCY_DEFS) as Currency[];
export const isCurrency = (u: string): u is Currency => Object.prototype.hasOwnProperty.call(CURRENCY_DEFS, u);

/** The currencies a reader can choose to see amounts in. */
export const READER_CURRENCIES = ['JPY', 'CNY', 'USD'] as const satisfies readonly Currency[];
export type ReaderCurrency = (typeof READER_CURRENCIES)[number];

/** ¥ / ￥ before a number: yen or yuan, decided from the text around it. */
export const YEN_OR_YUAN = '¥';

/** Words that name a currency family, not one currency: a more specific word on the other side of
 *  the number wins (新台幣910億元 is TWD, $12 billion RMB is CNY). */
export const GENERIC_CURRENCY_WORDS = new Set(['元', 'ドル', 'dollars', 'dollar', '$', YEN_OR_YUAN]);

/** Minor units after an amount in a currency (longest first). */
export function minorUnits(c: Currency): ReadonlyArray<readonly [string, number]> {
  const d: CurrencyDef = CURRENCY_DEFS[c];
  return d.minor ?? [];
}

const byLength = <T>(rows: Array<[string, T]>) => rows.sort((a, b) => b[0].length - a[0].length);

/** Minor units that name their currency alone (61 cents, 49-cent, 50美分): the words of two or more
 *  characters, each of one currency only (not 分 / 角: minutes, corners), with their worth. */
export const MINOR_ALONE: Array<[string, readonly [Currency, number]]> = byLength(
  CURRENCIES.flatMap((c) => minorUnits(c).map(([w, k]): [string, readonly [Currency, number]] => [w, [c, k]])).filter(
    ([w], _, all) => w.length >= 2 && all.filter(([x]) => x === w).length === 1,
  ),
);

/** Words after a number → currency, longest first. */
export const CURRENCY_AFTER: Array<[string, Currency]> = byLength(CURRENCIES.flatMap((c) => CURRENCY_DEFS[c].after.map((w): [string, Currency] => [w, c])));
/** Symbols and codes before a number → currency (¥ stays ambiguous), longest first. */
export const CURRENCY_BEFORE: Array<[string, string]> = byLength([
  ...CURRENCIES.flatMap((c) => CURRENCY_DEFS[c].before.map((w): [string, string] => [w, c])),
  [YEN_OR_YUAN, YEN_OR_YUAN],
]);
