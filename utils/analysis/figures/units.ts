// Word tables around a number (the units' words come from the vocabulary): approximation and
// change words, growth bases, ticker cues. All matched on normalised text (NFKC, ASCII lower case).
import type { Figure } from '../types';
import { CURRENCY_AFTER, CURRENCY_BEFORE } from '../vocabulary/currencies';

export type Approx = NonNullable<Figure['approx']>;

/** Counters for chips: 35万台のH100 → gpus when GPU words follow closely. */
export const MACHINE_COUNTERS = new Set(['台', '枚', '张', '張']);
export const GPU_CONTEXT =
  /^(?:の|个|個)?\s?(?:nvidia|エヌビディア|英伟达)?\s?(?:h\s?100|h\s?200|h\s?800|h\s?20|a\s?100|a\s?800|b\s?200|gpu|ai\s?チップ|チップ|芯片|显卡|accelerator)/;

export const APPROX_PREFIX: Array<[string, Approx]> = [
  ['少なくとも', 'atleast'],
  ['at least', 'atleast'],
  ['至少', 'atleast'],
  ['およそ', 'about'],
  ['凡そ', 'about'],
  ['概ね', 'about'],
  ['ほぼ', 'about'],
  ['大約', 'about'],
  ['大约', 'about'],
  ['约合', 'about'],
  ['約合', 'about'],
  ['約', 'about'],
  ['约', 'about'],
  ['approximately', 'about'],
  ['approx.', 'about'],
  ['roughly', 'about'],
  ['around', 'about'],
  ['about', 'about'],
  ['some', 'about'],
  ['超过', 'over'],
  ['超過', 'over'],
  ['more than', 'over'],
  ['over', 'over'],
  ['above', 'over'],
  ['超', 'over'],
  ['逾', 'over'],
  ['突破', 'over'],
  ['nearly', 'nearly'],
  ['almost', 'nearly'],
  ['近', 'nearly'],
  ['less than', 'under'],
  ['under', 'under'],
  ['below', 'under'],
  ['up to', 'under'],
  ['最大', 'under'],
  ['最高', 'under'],
];

export const APPROX_SUFFIX: Array<[string, Approx]> = [
  ['を上回る', 'over'],
  ['を上回り', 'over'],
  ['を超える', 'over'],
  ['を超え', 'over'],
  ['を突破', 'over'],
  ['超える', 'over'],
  ['超え', 'over'],
  ['以上', 'over'],
  ['余り', 'over'],
  ['あまり', 'over'],
  ['超', 'over'],
  ['余', 'over'],
  ['多', 'over'],
  ['強', 'over'],
  ['or more', 'over'],
  ['plus', 'over'],
  ['近く', 'nearly'],
  ['近い', 'nearly'],
  ['弱', 'under'],
  ['未満', 'under'],
  ['以下', 'under'],
  ['前後', 'about'],
  ['程度', 'about'],
  ['ほど', 'about'],
  ['規模', 'about'],
  ['左右', 'about'],
];

/** Longest first: wordAt takes the first entry that matches (減少 before 減). */
export const longestFirst = <T>(list: Array<[string, T]>): Array<[string, T]> => [...list].sort((x, y) => y[0].length - x[0].length);

/** Change words right before a percentage: 同比增长5%, "rose 34%", "up 34%", 低于预期3% (3% below). */
export const CHANGE_PREFIX =
  /(?:(同比|环比|環比|按年|按季)?(负增长|負增長|增长|增加|上涨|上升|提升|增長|上漲|下降|减少|下跌|下滑|減少|大跌|暴跌|下挫|回落|萎缩|萎縮|收缩|收縮|缩减|縮減|缩水|縮水|蒸发|蒸發|降低|减低|減低|下调|下調|调降|調降|下修|增|升|降|减|減|跌)了?|(同比|环比|環比|按年|按季)(多|少)|(?<![至最不许許很差減减缩縮])(?:多|少)|(?:低于|低於|高于|高於|超出|超过|超過)(?:市场|市場|分析师|分析師)?(?:共识|共識)?(?:预期|預期|预估|預估|预测|預測)|(?:降幅|跌幅|减幅|減幅|增幅|涨幅|漲幅|升幅)(?:达|達|为|為|至|提升至|扩大至|擴大至)?|\b(?:reduced|lowered|trimmed|slashed|cut|cuts)\sby|\b(?:an?\s)?negative\s(?:growth|change|return)\s(?:of\s)?|\b(up|rose|grew|increased|jumped|surged|climbed|gained|soared|rising|growing|down|fell|declined|decreased|dropped|dipped|slipped|sank|tumbled|slid|slumped|plunged|plummeted|tumbling|plummeting|shed|sheds|slipping|dipping|sagged|sagging|skidded|skidding|tanked|tanking|crashed|crashing|shedding|weakened|losing|lose|loses|plunging|falling|declining|dropping|sinking|sliding|slumping|shrinking|lost|shrank|shrunk|contracted|eased|retreated|negative|minus|rise|grow|increase|jump|climb|fall|decline|decrease|drop|dip|slip|sink|slide|slump|plunge|shrink|tumble)(?:\s(?:by|another))?|\b(?:cuts?|reductions?|declines?|drops?|falls?|decreases?)\sof|\ban?\s(?:(?:slight|sharp|modest|small|steep)\s)?(?:(?:year|quarter)[-\s](?:on|over)[-\s](?:year|quarter)\s)?(increase|rise|growth|gain|jump|decrease|decline|drop|fall|contraction)\sof)\s?[~～〜]?\s?$/;
/** Growth basis near a percentage (looked for before and after it in the clause). */
export const BASIS_YOY =
  /前年同期比|前年同月比|前年同四半期比|前年度比|前年比|対前年|同比|按年|year[-\s]on[-\s]year|year[-\s]over[-\s]year|\byoy\b|y\/y|from a year (?:earlier|ago)|than a year (?:earlier|ago)|a year earlier/;
export const BASIS_QOQ =
  /前期比|前四半期比|前月比|環比|环比|按季|quarter[-\s]on[-\s]quarter|quarter[-\s]over[-\s]quarter|\bqoq\b|q\/q|sequential(?:ly)?|from the previous quarter|from the prior quarter/;

/** Tickers: 9988 next to HK / 香港 / HKEX / .HK is not a figure. */
export const TICKER_BEFORE = /(?:hkex|sehk|hk|nyse|nasdaq|tse|東証|香港|港股|コード|代码|代碼|ticker|stock code)\s?[:：]?\s?\(?$/;
export const TICKER_AFTER = /^(?:\.(?:hk|t|ss|sz|n)\b|\s?(?:hk|\.hk)\b)/;

/** First entry of `table` that `s` has at position i. */
export function wordAt<T>(s: string, i: number, table: Array<[string, T]>, wordEdge = true): [string, T] | null {
  for (const e of table) {
    if (!s.startsWith(e[0], i)) continue;
    const last = e[0].charCodeAt(e[0].length - 1);
    if (wordEdge && isAsciiLetter(last) && isAsciiLetter(s.charCodeAt(i + e[0].length))) continue;
    return e;
  }
  return null;
}

/** Entry of `table` that ends exactly at i (for prefixes). */
export function wordBefore<T>(s: string, i: number, table: Array<[string, T]>): [string, T] | null {
  for (const e of table) {
    const a = i - e[0].length;
    if (a < 0 || !s.startsWith(e[0], a)) continue;
    if (isAsciiLetter(e[0].charCodeAt(0)) && isAsciiLetter(s.charCodeAt(a - 1))) continue;
    return e;
  }
  return null;
}

export function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}
export function isAsciiAlnum(c: number): boolean {
  return isAsciiLetter(c) || (c >= 48 && c <= 57);
}

/** Currency codes a figure's surface states (¥ counts as stated). */
export function statesCurrency(surface: string): boolean {
  let v = STATES.get(surface);
  if (v === undefined) {
    const t = surface.toLowerCase();
    v = CURRENCY_AFTER.some(([w]) => t.includes(w)) || CURRENCY_BEFORE.some(([w]) => t.includes(w)) || t.includes('￥');
    if (STATES.size >= 4096) STATES.clear();
    STATES.set(surface, v);
  }
  return v;
}
/** statesCurrency answers: the checks ask about the same surfaces many times. */
const STATES = new Map<string, boolean>();
