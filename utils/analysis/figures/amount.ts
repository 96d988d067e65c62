// One amount at a numeral: money, percentage or count, with the words around it
// (約 / 超 / US$ / 以上 / 63%増 / 9万以上の派生モデル / 5-10%). Works on normalised text.
import { scanNumber, signBefore } from './numbers';
import type { NumberToken } from './whole-number';
import { currencyAfter, currencyBefore, minorAfter, pickCurrency } from './money-words';
import { HALF, fractionPercent, percentWordAt, tenthsAt } from './percent-forms';
import {
  APPROX_PREFIX,
  APPROX_SUFFIX,
  BASIS_QOQ,
  BASIS_YOY,
  CHANGE_PREFIX,
  AMOUNT_CHANGE_SUFFIX,
  CHANGE_SUFFIX,
  longestFirst,
  GPU_CONTEXT,
  MACHINE_COUNTERS,
  TICKER_AFTER,
  TICKER_BEFORE,
  isAsciiAlnum,
  isAsciiLetter,
  isDecrease,
  wordAt,
  wordBefore,
  type Approx,
} from './units';
import { COUNT_AFTER } from '../vocabulary/units';

export interface RawAmount {
  a: number; // normalised span
  b: number;
  kind: 'money' | 'percent' | 'count';
  value: number;
  valueMax?: number;
  unit: string;
  approx?: Approx;
  change?: 'increase' | 'decrease';
  basis?: 'yoy' | 'qoq';
  /** A big number with no unit (380億を燃やす, パラメータ数は1兆): its sentence's keyword decides. */
  bare?: boolean;
  /** A bare number with a classifier (14万個): a plain count when no keyword says more. */
  counted?: boolean;
  /** A garble (1億2345億6,700万): value NaN, never checked. */
  malformed?: boolean;
  /** A bare number next to a verb of spending (投2000亿, 千亿重注): money in the article's currency. */
  spend?: boolean;
  /** A bare number named as a loss (112亿的亏损): money in the article's currency. */
  loss?: boolean;
}

/** A verb of spending right before a big number (未来3年投2000亿用于…): the number is money. */
export const SPEND_BEFORE = /(?:投|投入|投资|投資|砸|斥资|斥資|出资|出資|拿出|投じ|を投じ|spend|invest)\s?(?:约|約|超过|超過|近)?\s?$/;

const HK_SHARES = /港股|港元|港币|港幣|香港股/;

/** A verb of spending right after a bare big number (2000亿加码新基建, 千亿重注AI). */
const SPEND_AFTER = /^(?:加码|加碼|重注|押注|砸向|砸入|用于|用於|投向|投入)/;

/** Change words right after an amount of money: 5890億ドル減少 (a change, not a level). */
const MONEY_CHANGE_SUFFIX = longestFirst<'increase' | 'decrease'>([
  ...AMOUNT_CHANGE_SUFFIX,
  ['が蒸発', 'decrease'],
  ['蒸発', 'decrease'],
  ['が消失', 'decrease'],
  ['消失', 'decrease'],
  ['蒸发', 'decrease'],
  ['减少', 'decrease'],
  [' decrease', 'decrease'], // a $2 billion decline in revenue
  [' decline', 'decrease'],
  [' drop', 'decrease'],
  [' fall', 'decrease'],
  [' reduction', 'decrease'],
  ['の目減り', 'decrease'],
  ['目減り', 'decrease'],
]);
/** 112億元の赤字, and 112億元(約2400億円)の赤字: the loss word may follow the amount's conversion
 *  (both the amount and its conversion are losses). */
const LOSS_AFTER =
  /^\s?(?:[(（][^()（）。]{1,24}[)）]|[)）])?\s?(?:の(?:最終|純|営業|経常)?赤字|の(?:純|営業|経常|最終|税引前|投資|評価|為替|特別)?損失(?!リスク|の(?:可能性|恐れ|おそれ))|赤字|\s(?:(?:net|operating|quarterly|annual|pre-?tax|full-year|one-time|record)\s)?loss(?!-making|es)\b)/;
const LOSS_BEFORE =
  /(?:(?:最終|営業|経常|純)?赤字(?:額|幅)?(?=\s?(?:は|が|も))|最終赤字|(?:純|営業|経常|運用|評価|特別)?損失(?:額)?|赤字額|差損|(?:净亏损|淨虧損|亏损|虧損|net loss|loss)\s?(?:收窄|缩小|縮小|扩大|擴大|narrowed|widened)\s?(?:至|到|to)|营业亏损|營業虧損|净亏损|淨虧損|亏损|虧損|净损|淨損|(?<![扭止减減转轉盈])(?:大|巨)?(?:亏|虧)|净流出|淨流出|(?<![不侵腐])蝕|(?<![不侵腐])蚀|net loss of|loss of|a loss of|losses of|\bloss(?:es)?\s(?:was|were|totaled|totalled|amounted to|came to|came in at|reached|stood at)|net outflow of|\bnegative(?:\s[a-z]+){0,2}\sof|\blost)\s?(?:は|が|も|高达|高達|达到|達到|达|達|为|為|约为|約為|录得|錄得|of)?\s?(?:約|约|about)?\s?$/;
/** "net loss attributable to ordinary shareholders was", "loss per share of", "net loss for the quarter was":
 *  (looked for past a period figure such as "the quarter")
 *  a loss named with its qualifier before the verb (a wider look back than LOSS_BEFORE). */
const LOSS_QUALIFIED_BEFORE =
  /\bloss(?:es)?\s(?:attributable to [a-z' -]{1,40}|per (?:share|ads|american depositary share|diluted share)|for the (?:quarter|year|period|first half|second half|fiscal year|three months|six months|nine months|twelve months))\s(?:was|were|of|totaled|totalled|amounted to|came to|came in at|reached|stood at)\s?(?:about|approximately|roughly|around)?\s?$/;
/** 112亿的亏损: a loss word after a bare amount. */
const BARE_LOSS_AFTER = /^的(?:净|淨|经营|經營)?(?:亏损|虧損)/;
/** 同比减少约340亿, fell by $2 billion: a decrease written before an amount of money (not 减少至 / fell to: a level). */
const MONEY_DECREASE_BEFORE =
  /(?:(?:减少|減少|下降|下跌|下滑|缩减|縮減|减|減|降|跌)了?|\b(?:fell|declined|decreased|dropped|shrank|slid)(?:\sby)?|\bdown|\ba (?:drop|decline|fall|decrease) of|\b(?:shed|erased|wiped out|wiped)|蒸发了?|蒸發了?|缩水了?|縮水了?|下げ幅は?|資金流出は?|流出超は?)\s?(?:約|约|about|roughly|nearly|some)?\s?$/;

const CODES = new Set(['rmb', 'usd', 'cny', 'hkd', 'jpy', 'eur', 'gbp', 'us', 'hk', 'twd', 'sgd', 'aud', 'cad', 'chf', 'inr', 'krw', 'rs']);
const EN_GPUS = /^\s(?:nvidia\s)?(?:(?:h|a|b)\s?\d{2,3}\s)?(?:gpus?|graphics chips|ai chips|accelerators)(?![a-z])/;
const BIG_COUNTER = /^(?:基|回|次|家|店舗|店|本|口座|世帯|户|戸|棟|拠点)/;
const PER_AFTER = /^\s?(?:あたり|当たり|につき|ごと|毎に)/;
const PER_BEFORE = /(?:每|毎|per|\/)\s?$/;
/** A decrease word after a range's second number (its % or ポイント may come first). */
const DECREASE_AFTER_RANGE = /^\s?(?:%|パーセント|ポイント)?\s?(?:の)?(?:減|低下|下落|縮小|マイナス|落ち込み)/;
const RANGE = /\s?(?:[-〜~–—─―]|から|至|到|to)\s?/y; // ─ / ―: box-drawing and horizontal bars used as dashes

/** Is the numeral at i part of a name like qwen2.5, h100, gpt-4o, 30b-a3b or a URL? */
function insideToken(s: string, i: number): boolean {
  const p = s.charCodeAt(i - 1);
  if (isAsciiLetter(p)) {
    let k = i - 1;
    while (k > 0 && isAsciiLetter(s.charCodeAt(k - 1))) k--;
    return !CODES.has(s.slice(k, i));
  }
  if (s[i - 1] === '/' || s[i - 1] === '_' || s[i - 1] === '#') return true;
  // "h 100", "a 800": a one-letter name split by a space (not the article "a")
  if (s[i - 1] === ' ' && isAsciiLetter(s.charCodeAt(i - 2)) && !isAsciiAlnum(s.charCodeAt(i - 3)) && s[i - 2] !== 'a') return true;
  if ((s[i - 1] === '-' || s[i - 1] === '.') && isAsciiAlnum(s.charCodeAt(i - 2))) {
    let k = i - 2;
    while (k > 0 && /[a-z0-9.\-_]/.test(s[k - 1]!)) k--;
    return /[a-z]/.test(s.slice(k, i - 1));
  }
  return false;
}

/** "Bing10.44%", "Yandex7.51%": a percentage written against the name before it (a word of three
 *  letters or more, not a model name's version). */
function gluedPercent(s: string, i: number, num: NumberToken): boolean {
  if (s[num.end] !== '%') return false;
  let k = i;
  while (k > 0 && isAsciiLetter(s.charCodeAt(k - 1))) k--;
  return i - k >= 3 && !isAsciiAlnum(s.charCodeAt(k - 1));
}

/** Past the alphanumeric token around a skipped numeral. */
export function tokenEnd(s: string, j: number): number {
  while (j < s.length && /[a-z0-9.\-_]/.test(s[j]!)) j++;
  return j;
}

/** Basis words in the clause before (a..) and just after (..b) a percentage. */
function basisNear(s: string, lo: number, a: number, b: number): 'yoy' | 'qoq' | undefined {
  let before = s.slice(Math.max(lo, a - 24), a);
  const cut = Math.max(before.lastIndexOf('。'), before.lastIndexOf('\n'), before.lastIndexOf('. '));
  if (cut >= 0) before = before.slice(cut + 1);
  const after = s.slice(b, b + 30).split(/[。\n、,，]/)[0]!;
  const last = (re: RegExp, t: string) => {
    let at = -1;
    const g = new RegExp(re.source, 'g');
    for (let r = g.exec(t); r; r = g.exec(t)) at = r.index;
    return at;
  };
  const y = last(BASIS_YOY, before),
    q = last(BASIS_QOQ, before);
  if (y >= 0 || q >= 0) return q > y ? 'qoq' : 'yoy';
  if (BASIS_QOQ.test(after)) return 'qoq';
  if (BASIS_YOY.test(after)) return 'yoy';
  return undefined;
}

const space = (s: string, j: number) => (s[j] === ' ' ? j + 1 : j);

/** The amount whose numeral starts at i, or null; `lo` is where the previous figure ended; `zh`:
 *  Chinese text (spoken short forms of kanji numerals). Values are signed: -3.4%, 9%減 → -9. */
export function matchAmount(s: string, i: number, lo: number, zh = false): RawAmount | null {
  const num = scanNumber(s, i, zh);
  if (!num) return null;
  if ((insideToken(s, i) && !gluedPercent(s, i, num)) || s[i - 1] === '第') return null;
  if (TICKER_BEFORE.test(s.slice(Math.max(lo, i - 12), i)) || TICKER_AFTER.test(s.slice(num.end, num.end + 5))) return null;
  if (num.malformed) return malformedAt(s, i, lo, num);
  if (num.slash && num.den !== 100) return null; // 3/5: a date or a ratio as often as a fraction (12/100 is 12%)
  if (Number.isNaN(num.value)) return null;
  let value = num.value;
  let valueMax: number | undefined;
  let j = num.end;
  let approx: Approx | undefined = num.over ? 'over' : undefined;
  // 数十億ドル, 几百亿, 數十億: "several tens" read as 2..9 of that unit
  if (/[数几幾數]/.test(s[i - 1] ?? '') && /[十百千]/.test(s[i]!) && i - 1 >= lo && !num.den) {
    valueMax = value * 9;
    value *= 2;
    approx = 'about';
  }
  // 数百上千亿元: from several hundred up to a thousand
  if (valueMax !== undefined && s[j] === '上' && /[千万萬]/.test(s[j + 1] ?? '')) {
    const up = scanNumber(s, j + 1, zh);
    if (up && up.big && up.value > value) {
      value = 2 * num.value * up.mult;
      valueMax = up.value;
      j = up.end;
    }
  }
  const several = valueMax !== undefined;
  const fromTo = /\bfrom\s(?:about\s|around\s)?[$¥€£]?$/.test(s.slice(Math.max(0, i - 18), i).replace(/(?:us|hk|rmb)\s?\$?$/, ''));
  const range = num.den || several ? null : rangeAt(s, j, num, value, undefined, zh);

  // --- prefix (looking back, not into the previous figure) ---
  let a = several ? i - 1 : i;
  const before = currencyBefore(s, a, lo);
  if (before === 'foreign') return null;
  if (before) a = before.at;
  // "from $117 to $160" is a change, "from 0.5B to 72B parameters" a range
  if (range && !(fromTo && before)) [value, valueMax, j] = range;
  let sign: 'increase' | 'decrease' | undefined;
  const minus = signBefore(s, a);
  if (minus && a - minus >= lo) {
    sign = 'decrease';
    a -= minus;
  } else if (s[a - 1] === '+' && a - 1 >= lo && !isAsciiAlnum(s.charCodeAt(a - 2))) {
    sign = 'increase';
    a--;
  }
  const ap = wordBefore(s, a, APPROX_PREFIX) ?? (s[a - 1] === ' ' ? wordBefore(s, a - 1, APPROX_PREFIX) : null);
  if (ap) {
    const at = s.lastIndexOf(ap[0], a - 1);
    if (at >= lo) {
      a = at;
      approx = ap[1];
    }
  }

  // --- suffix ---
  let kind: RawAmount['kind'] | undefined;
  let unit: string | undefined;
  let k = j;
  let longWord = false; // a unit word long enough that a kanji 一 / 二 before it is a number (一ドル, 五パーセント)
  const after = currencyAfter(s, k);
  if (before || after) {
    unit = pickCurrency(before || null, after);
    // 港股收报140.5元: a Hong Kong share price in 元 is in Hong Kong dollars
    if (!before && after?.[2] === '元' && HK_SHARES.test(s.slice(Math.max(lo, a - 10), a))) unit = 'HKD';
    if (after) k = after[0];
    kind = 'money';
    longWord = !!before || (after !== null && after[2] !== '元' && after[2] !== '円');
    const minor = minorAfter(s, k, unit!, zh);
    if (minor) {
      value += minor[0];
      k = minor[1];
      longWord = true; // 五元三角
    }
    const both = after && valueMax === undefined && !fromTo ? rangeAt(s, k, num, value, undefined, zh, after[2]) : null;
    if (both) [, valueMax, k] = both; // 660億ドルから720億ドル: the currency written at both ends
  }
  const tenThousandth = /(?:万|萬){1,2}\s?分\s?之\s?$/.exec(s.slice(Math.max(lo, a - 6), a));
  if (!kind && tenThousandth && !num.den) {
    // 万分之三 = 0.03%, 万万分之七 = 0.000007%
    value = Number(((value * 100) / (tenThousandth[0].match(/[万萬]/g)!.length === 2 ? 1e8 : 1e4)).toPrecision(12));
    a -= tenThousandth[0].length;
    unit = 'percent';
    kind = 'percent';
    longWord = true;
  }
  if (!kind && s.startsWith(HALF, i) && j === i + 1) {
    // 约一半: half
    value = 50;
    unit = 'percent';
    kind = 'percent';
    longWord = true;
    k = i + HALF.length;
  }
  if (!kind && num.den) {
    // 百分之二十, 千分之三, 三分之二
    const p = fractionPercent(num);
    if (p !== null) {
      value = p;
      unit = 'percent';
      kind = 'percent';
      longWord = true;
    }
  }
  if (!kind) {
    const pct = percentWordAt(s, k);
    if (pct) {
      const word = s.slice(k, pct[0]);
      k = pct[0];
      unit = pct[1];
      kind = 'percent';
      longWord = !/^(?:pt|pp|pts)$/.test(word.trim());
      const r2 = !valueMax && !fromTo ? rangeAt(s, k, num, value, word, zh) : null;
      if (r2) [, valueMax, k] = r2;
    } else if (s[k] === '‰') {
      value /= 10;
      unit = 'percent';
      kind = 'percent';
      k++;
    }
  }
  const sx = wordAt(s, space(s, k), APPROX_SUFFIX);
  if (sx) {
    approx ??= sx[1];
    k = space(s, k) + sx[0].length;
  }
  if (!kind) {
    // 8割, 5割半, 3割8分7厘, 8割引, 四成, 七五折
    const t = tenthsAt(s, k, num, value);
    if (t) {
      value = t.value;
      unit = t.unit;
      kind = 'percent';
      longWord = true;
      k = t.end;
      const tail = wordAt(s, k, APPROX_SUFFIX);
      if (tail && !approx) {
        approx = tail[1];
        k += tail[0].length;
      }
    }
  }
  if (!kind) {
    const g = EN_GPUS.exec(s.slice(k, k + 40));
    if (g) {
      unit = 'gpus';
      kind = 'count';
      k += g[0].length;
    }
  }
  if (!kind) {
    let m = k;
    if (/^(?:の|个|個|种|種)/.test(s.slice(m, m + 1))) m++;
    const cn = wordAt(s, space(s, m), COUNT_AFTER);
    if (cn && (m === k || sx || cn[0].length > 1)) {
      const end = space(s, m) + cn[0].length;
      unit = MACHINE_COUNTERS.has(cn[0]) ? (GPU_CONTEXT.test(s.slice(end, end + 24)) ? 'gpus' : 'count') : cn[1];
      kind = 'count';
      k = end;
      const tail = wordAt(s, k, APPROX_SUFFIX);
      if (tail && !approx) {
        approx = tail[1];
        k += tail[0].length;
      }
    }
  }
  if (!kind && num.big) {
    // 35万基, 14万個, 4億回, 1万家: a plain counter after 万 / 億 / 兆
    const bc = BIG_COUNTER.exec(s.slice(k, k + 4));
    if (bc) {
      unit = 'count';
      kind = 'count';
      k += bc[0].length;
    }
  }
  // 每百万tokens, 百万トークンあたり, 1株: the unit of a price, not an amount
  if (kind === 'count' && unit === 'shares' && value === 1 && !num.big) return null;
  // (with digits, 100万トークンあたり is still written as a count)
  if (
    kind === 'count' &&
    num.kanji &&
    !/[0-9]/.test(s.slice(i, num.end)) &&
    (PER_AFTER.test(s.slice(k, k + 5)) || PER_BEFORE.test(s.slice(Math.max(lo, a - 5), a)))
  )
    return null;
  let change = sign;
  let basis: RawAmount['basis'];
  if (kind === 'percent' || kind === 'money') {
    const ch = wordAt(s, k, kind === 'money' ? MONEY_CHANGE_SUFFIX : CHANGE_SUFFIX);
    if (ch) {
      change = ch[1];
      k += ch[0].length;
    }
    const pre = CHANGE_PREFIX.exec(s.slice(Math.max(lo, a - 36), a));
    if (pre && kind === 'percent') {
      change ??= isDecrease(pre[0]) ? 'decrease' : 'increase';
      a -= pre[0].length;
      const b = pre[1] ?? pre[3];
      if (b) basis = /环|環|按季/.test(b) ? 'qoq' : 'yoy';
    }
    if (kind === 'percent') basis ??= basisNear(s, lo, a, k);
  }
  if (kind === 'money' && !change && MONEY_DECREASE_BEFORE.test(s.slice(Math.max(lo, a - 16), a))) change = 'decrease';
  if (kind === 'money' && !change) {
    // 3691億円の赤字, 净亏损50亿元, a net loss of RMB 5 billion: a loss is a negative amount
    const loss = LOSS_AFTER.exec(s.slice(k, k + 32));
    if (loss && !/^\s?[(（)）]/.test(loss[0])) k += loss[0].length;
    if (loss || LOSS_BEFORE.test(s.slice(Math.max(lo, a - 24), a)) || LOSS_QUALIFIED_BEFORE.test(s.slice(Math.max(0, a - 72), a))) value = -Math.abs(value);
  }
  if (change === 'decrease') {
    value = -Math.abs(value);
    if (valueMax !== undefined) valueMax = -Math.abs(valueMax);
  }
  if (!kind) {
    // A big number alone: 380億を燃やす. Kanji-only small numbers (一人, 十分) are never figures.
    if (!num.big || (num.kanji && value < 1e4)) return null;
    const counted = s[k] === '个' || s[k] === '個';
    if (counted) k++; // 9万个: a classifier, the keyword says what it counts (else a plain count)
    // 1兆倍, 3億人分: a counter we do not know (but 投2000亿用于…, 千亿重注AI: spent money)
    const spend = SPEND_BEFORE.test(s.slice(Math.max(lo, a - 8), a)) || SPEND_AFTER.test(s.slice(k, k + 3));
    // 这112亿的亏损: a bare amount named as a loss
    const bareLoss = BARE_LOSS_AFTER.exec(s.slice(k, k + 6));
    if (bareLoss) return { a, b: k + bareLoss[0].length, kind: 'money', value: -Math.abs(value), valueMax, unit: '', approx, bare: true, loss: true };
    // (3800亿中约80%: 中 "of which" is no counter)
    if (/^[\u4e00-\u9fff\u30a0-\u30ffa-z]/.test(s.slice(k, k + 1)) && !spend && !/^中[^国國文]/.test(s.slice(k, k + 2))) return null;
    // 同比减少约340亿: a decrease of a bare amount (its keyword gives the currency)
    const down = MONEY_DECREASE_BEFORE.test(s.slice(Math.max(lo, a - 8), a));
    if (down) value = -Math.abs(value);
    return {
      a,
      b: k,
      kind: 'money',
      value,
      valueMax,
      unit: '',
      approx,
      bare: true,
      ...(down ? { change: 'decrease' as const } : {}),
      ...(counted ? { counted } : {}),
      ...(spend ? { spend } : {}),
    };
  }
  // 一人, 二元論, 関東一円: a kanji digit alone is a word, unless a long unit word follows (一ドル, 五パーセント)
  if (num.kanji && !num.big && Math.abs(num.value) < 10 && !longWord) return null;
  return { a, b: k, kind, value, valueMax, unit: unit!, approx, change, basis };
}

/** 1億2345億6,700万元: a garbled amount, kept as one malformed figure so no check reads it. */
function malformedAt(s: string, i: number, lo: number, num: NumberToken): RawAmount {
  const before = currencyBefore(s, i, lo);
  const after = currencyAfter(s, num.end);
  const unit = pickCurrency(before && before !== 'foreign' ? before : null, after) ?? '';
  return { a: before && before !== 'foreign' ? before.at : i, b: after ? after[0] : num.end, kind: 'money', value: NaN, unit, malformed: true };
}

/** "50億〜720億", "0.5b to 72b", "5-10%" (pctWord: the unit already read after the first number);
 *  "660億ドルから720億ドルと予測" (curWord: the currency word written after both numbers). */
function rangeAt(s: string, j: number, first: NumberToken, v1: number, pctWord?: string, zh = false, curWord?: string): [number, number, number] | null {
  RANGE.lastIndex = j;
  const r = RANGE.exec(s);
  if (!r) return null;
  let k = j + r[0].length;
  if (s[k] === '$') k++;
  const second = scanNumber(s, k, zh);
  if (!second || Number.isNaN(second.value)) return null;
  let end = second.end;
  if (pctWord) {
    if (!s.startsWith(pctWord, end)) return null;
    end += pctWord.length;
  }
  if (curWord) {
    const at = s[end] === ' ' ? end + 1 : end;
    if (!s.startsWith(curWord, at)) return null;
    end = at + curWord.length;
    // "AからBに引き上げ", "from $117 to $160": a change; a range ends the clause or is predicted (と予測)
    if (!/^\s?(?:と(?:い[うっ])?(?:予[想測]|見込|みられ|推定|試算)|の(?:範囲|レンジ)|程度|規模|[、。,，)）]|$)/.test(s.slice(end, end + 8))) return null;
  }
  if (r[0].includes('から') && /^\s?(?:[^\s、。,]{0,6})?(?:に|へ)/.test(s.slice(end, end + 8).replace(/^(?:億|万|兆|元|円|ドル|%)+/, ''))) return null;
  let lowV = v1;
  if (!first.big && second.big) lowV = v1 * second.mult;
  // 前年同期比4.7~1.7%減少: a range of decreases may run from the larger one down
  if (!(lowV < second.value) && !(lowV > second.value && DECREASE_AFTER_RANGE.test(s.slice(end, end + 12)))) return null;
  // a range needs a unit after it; the caller drops unit-less amounts anyway
  return [lowV, second.value, end];
}
