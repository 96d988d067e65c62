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
}

export const CURRENCY_DEFS = {
  CNY: {
    unit: { ja: '元', en: 'CNY' }, name: { ja: '人民元', en: 'Chinese yuan' }, short: 'RMB ',
    after: ['人民元', '人民币', '人民幣', '元人民币', '元人民幣', '元', 'yuan', 'renminbi', 'cny', 'rmb'], before: ['人民币', '人民幣', 'rmb', 'cny'],
  },
  USD: {
    unit: { ja: 'ドル', en: 'USD' }, name: { ja: '米ドル', en: 'US dollar' }, short: 'US$',
    after: ['米ドル', 'ドル', '美元', 'us dollars', 'u.s. dollars', 'dollars', 'dollar', 'usd'], before: ['us$', 'usd', '$'],
  },
  JPY: {
    unit: { ja: '円', en: 'JPY' }, name: { ja: '日本円', en: 'Japanese yen' }, short: '¥',
    after: ['日本円', '日元', '円', 'yen', 'jpy'], before: ['jpy'],
  },
  HKD: {
    unit: { ja: '香港ドル', en: 'HKD' }, name: { ja: '香港ドル', en: 'Hong Kong dollar' }, short: 'HK$',
    after: ['香港ドル', '港ドル', '港元', '港币', '港幣', 'hong kong dollars', 'hk dollars', 'hkd'], before: ['hk$', 'hkd'],
  },
  EUR: {
    unit: { ja: 'ユーロ', en: 'EUR' }, name: { ja: 'ユーロ', en: 'Euro' }, short: '€',
    after: ['ユーロ', '欧元', '歐元', 'euros', 'euro', 'eur'], before: ['eur', '€'],
  },
  GBP: {
    unit: { ja: 'ポンド', en: 'GBP' }, name: { ja: '英ポンド', en: 'Pound sterling' }, short: '£',
    after: ['ポンド', '英镑', 'pounds', 'gbp'], before: ['gbp', '£'],
  },
  TWD: {
    unit: { ja: '台湾ドル', en: 'TWD' }, name: { ja: '台湾ドル', en: 'New Taiwan dollar' }, short: 'NT$',
    after: ['台湾ドル', '新台幣', '新台币'], before: ['新台幣', '新台币', 'nt$'],
  },
  AUD: { unit: { ja: '豪ドル', en: 'AUD' }, name: { ja: '豪ドル', en: 'Australian dollar' }, short: 'A$', after: ['豪ドル'], before: [] },
  CAD: { unit: { ja: 'カナダドル', en: 'CAD' }, name: { ja: 'カナダドル', en: 'Canadian dollar' }, short: 'C$', after: ['カナダドル'], before: [] },
  SGD: { unit: { ja: 'シンガポールドル', en: 'SGD' }, name: { ja: 'シンガポールドル', en: 'Singapore dollar' }, short: 'S$', after: ['シンガポールドル'], before: [] },
  KRW: { unit: { ja: 'ウォン', en: 'KRW' }, name: { ja: '韓国ウォン', en: 'South Korean won' }, short: '₩', after: ['ウォン', '韩元'], before: [] },
} as const satisfies Record<string, CurrencyDef>;

export type Currency = keyof typeof CURRENCY_DEFS;
export const CURRENCIES = Object.keys(CURRENCY_DEFS) as Currency[];
export const isCurrency = (u: string): u is Currency => Object.prototype.hasOwnProperty.call(CURRENCY_DEFS, u);

/** The currencies a reader can choose to see amounts in. */
export const READER_CURRENCIES = ['JPY', 'CNY', 'USD'] as const satisfies readonly Currency[];
export type ReaderCurrency = (typeof READER_CURRENCIES)[number];

/** ¥ / ￥ before a number: yen or yuan, decided from the text around it. */
const YEN_OR_YUAN = '¥';

const byLength = <T>(rows: Array<[string, T]>) => rows.sort((a, b) => b[0].length - a[0].length);

/** Words after a number → currency, longest first. */
export const CURRENCY_AFTER: Array<[string, Currency]> = byLength(
  CURRENCIES.flatMap((c) => CURRENCY_DEFS[c].after.map((w): [string, Currency] => [w, c])),
);
/** Symbols and codes before a number → currency (¥ stays ambiguous), longest first. */
export const CURRENCY_BEFORE: Array<[string, string]> = byLength([
  ...CURRENCIES.flatMap((c) => CURRENCY_DEFS[c].before.map((w): [string, string] => [w, c])),
  [YEN_OR_YUAN, YEN_OR_YUAN],
]);

