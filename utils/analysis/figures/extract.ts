// Figure extraction: every amount, percentage, count, date and period in an article, with values
// in base units and offsets in the ORIGINAL text. One left-to-right pass over the normalised text.
import { normalize, toOriginal, type Normalized } from '../text/normalize';
import type { Figure } from '../types';
import { SPEND_BEFORE, matchAmount, type RawAmount } from './amount';
import { tokenEnd } from './inside-token';
import { currencyAfter } from './money-words';
import { isMoneyMetric, metricHits } from './metrics';
import { NUMERAL_START_CHARS, numeralStart, scanNumber, signBefore } from './numbers';
import { digitAt } from './arabic-numerals';
import { matchTime, monthSpan, parenEnd, startMs, timeCanStart, timeStartChars, withYear, type TimeMatch } from './periods';
import { sentenceIndex, sentences, type Sentences } from './sentences';
import { shareChange, spreadSigns } from './sign-spread';
import { NUMBER_WORD_START, wordPercentAt } from './number-words';
import { isAsciiAlnum, isAsciiLetter } from './units';

interface RawTime {
  a: number;
  b: number;
  time: TimeMatch;
}
type Raw = (RawAmount & { time?: undefined }) | (RawTime & { kind: 'date' | 'period' }) | RawRate;
interface RawRate {
  a: number;
  b: number;
  kind: 'rate';
  value: number;
  unit: string;
  approx?: Figure['approx'];
  time?: undefined;
}

const GROWTH_JA = /([23二三两兩])\s?(?:桁|位数|位數)(?:の|的)?\s?(?:成長|増収|増益|増加|伸び|増|增长|增長)/y;
/** 提升两位数, 增长三位數: the growth word before the digits. */
const GROWTH_ZH_AFTER_VERB = /([23二三两兩])\s?(?:位数|位數)(?![a-z0-9])/y;
const GROWTH_VERB_BEFORE = /(?:增长|增長|提升|上涨|上漲|上升|增加|增)\s?$/;
const GROWTH_EN = /(double|triple)[-\s]digits?\s?(?:growth|increases?|gains?|rises?)?/y;
// What can start at a character: a numeral, a date or period, "double-digit growth".
const NUM = 1,
  TIME = 2,
  GROWTH = 4,
  WORD = 8;
const START = new Uint8Array(65536);
for (const ch of NUMERAL_START_CHARS) START[ch.charCodeAt(0)]! |= NUM | GROWTH;
for (const ch of timeStartChars()) START[ch.charCodeAt(0)]! |= TIME;
for (const ch of 'dtao') START[ch.charCodeAt(0)]! |= GROWTH;
for (const ch of NUMBER_WORD_START) START[ch.charCodeAt(0)]! |= WORD;
const EN_YEAR_BEFORE = /(?:^|[^a-z])(?:in|during|for|by|of|since|through|until|from|to|and|fiscal|billion|million|trillion|bn|plus)\s$/;

/** Figures in `text` (norm = normalize(text)); year-less dates and relative periods get value NaN
 *  until attachContext resolves them against the article date. */
/** `sents`: the text's sentences, when the caller has them. */
/** `lang`: the text's language when known (else Chinese is told by kanji without kana). */
export function extractFigures(norm: Normalized, text: string, sents?: Sentences, lang?: string): Figure[] {
  const s = norm.text;
  // a line break the normalised text joined (between two CJK characters): normalised offset k starts a new line
  const lineBreak = (k: number) => k > 0 && k < s.length && text.slice(norm.map[k - 1]! + 1, norm.map[k]).includes('\n');
  // in Chinese, kanji numerals take their spoken short forms (二百五 = 250)
  const zh = lang ? lang.startsWith('zh') : !/[\u3040-\u30ff]/.test(s) && /[\u4e00-\u9fff]/.test(s);
  const raws: Raw[] = [];
  const n = s.length;
  // a leading " date 2024-05-01 " is the publication date, not a figure
  const pre = /^\s?date\s\d{4}-\d{2}-\d{2}\s/.exec(s.slice(0, 40));
  let lo = pre ? pre[0].length : 0;
  let i = lo;
  while (i < n) {
    const c = s.charCodeAt(i);
    const cls = START[c]!;
    if (!cls) {
      i++;
      continue;
    }
    const prev = i > 0 ? s.charCodeAt(i - 1) : 32;
    const isNum = (cls & NUM) !== 0 && numeralStart(s, i);
    const digitStart = digitAt(s, i) >= 0;
    const letter = isAsciiLetter(c);
    if (digitStart && digitAt(s, i - 1) >= 0) {
      i++;
      continue;
    }
    if ((letter && isAsciiAlnum(prev)) || (digitStart && isAsciiLetter(prev) && !/[$]/.test(s[i - 1]!))) {
      // inside a word or a name (qwen3, h100): time patterns do not start here
    } else if (timeCanStart(s, i)) {
      const t = matchTime(s, i);
      if (t && !(letter && isAsciiLetter(s.charCodeAt(t.end)))) {
        let b = t.end;
        if (t.period && t.kind === 'period' && monthSpan(t.period) <= 12) {
          const pe = parenEnd(s, b, t.period);
          if (pe) {
            t.period = pe.period;
            b = pe.end;
          }
        }
        raws.push({ a: i, b, kind: t.kind, time: t });
        i = lo = b;
        continue;
      }
    }
    const g = cls & GROWTH ? growthAt(s, i) : null;
    // up three percent: a spelled-out percentage
    const w = g || !(cls & WORD) || isAsciiLetter(prev) ? g : wordPercentAt(s, i, lo);
    if (w) {
      raws.push(w);
      i = lo = w.b;
      continue;
    }
    if (isNum) {
      const m = matchAmount(s, i, lo, zh, lineBreak);
      if (m) {
        raws.push(m);
        i = lo = m.b;
        continue;
      }
      if (digitStart) {
        const q = quoteChange(s, i, lo, raws);
        if (q) {
          raws.push(q);
          i = lo = q.b;
          continue;
        }
        const y = enYear(s, i);
        if (y) {
          raws.push(y);
          i = lo = y.b;
          continue;
        }
      }
      const tok = scanNumber(s, i, zh);
      i = Math.max(i + 1, tokenEnd(s, tok ? tok.end : i + 1));
      continue;
    }
    i++;
  }
  const merged = mergeRates(s, raws);
  shareChange(s, merged);
  spreadSigns(
    s,
    merged.filter((r): r is RawAmount => r.kind === 'money'),
  );
  resolveBare(norm, text, merged, sents ?? sentences(text));
  fillYears(merged);
  const out: Figure[] = [];
  for (const r of merged) {
    if ('bare' in r && r.bare && !r.unit) continue; // nothing said what it counts
    const [start, end] = toOriginal(norm, r.a, r.b);
    out.push(toFigure(r, start, end, text.slice(start, end)));
  }
  return out;
}

/** 2桁成長 (at least 10%), 3桁成長 (at least 100%), double-digit growth, 提升两位数: a lower bound,
 *  as a reader (and the gold) reads it. */
function growthAt(s: string, i: number): RawAmount | null {
  for (const re of [GROWTH_JA, GROWTH_EN, GROWTH_ZH_AFTER_VERB]) {
    re.lastIndex = i;
    const r = re.exec(s);
    if (!r) continue;
    if (re === GROWTH_EN && isAsciiAlnum(s.charCodeAt(i - 1))) continue;
    if (re === GROWTH_ZH_AFTER_VERB && !GROWTH_VERB_BEFORE.test(s.slice(Math.max(0, i - 4), i))) continue;
    const three = /[3三]|triple/.test(r[1]!);
    return { a: i, b: i + r[0].length, kind: 'percent', value: three ? 100 : 10, unit: 'percent', approx: 'atleast', change: 'increase' };
  }
  return scaleWordAmount(s, i);
}

const SCALE_WORD = /(?:a|one)[\s-](thousand|million|billion|trillion)[\s-]/y;
const SCALE_VALUE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

/** "a trillion-RMB bet", "one billion dollars": a scale word with no digits, followed by a currency. */
function scaleWordAmount(s: string, i: number): RawAmount | null {
  if (isAsciiLetter(s.charCodeAt(i - 1))) return null;
  SCALE_WORD.lastIndex = i;
  const r = SCALE_WORD.exec(s);
  if (!r) return null;
  const cur = currencyAfter(s, i + r[0].length);
  if (!cur || isAsciiLetter(s.charCodeAt(cur[0]))) return null;
  return { a: i, b: cur[0], kind: 'money', value: SCALE_VALUE[r[1]!]!, unit: cur[1] };
}

/** A quote's change: a bare number right before its percentage in brackets ("$28.16 -0.97 (-3.33%)"). */
const QUOTE_CHANGE = /(\d{1,6}(?:\.\d{1,4})?)\s?(?=\(\s?[-+−]?\d{1,3}(?:\.\d{1,4})?%\s?\))/y;

/** "Last Trade $28.16 -0.97 (-3.33%)", "Day's Change 0.00 (0.00%)": the change of a quoted price, in
 *  the currency of the price quoted just before it. */
function quoteChange(s: string, i: number, lo: number, raws: Raw[]): RawAmount | null {
  QUOTE_CHANGE.lastIndex = i;
  const r = QUOTE_CHANGE.exec(s);
  if (!r) return null;
  const price = raws[raws.length - 1];
  if (!price || price.kind !== 'money' || ('bare' in price && price.bare) || !price.unit || i - price.b > 40) return null;
  if (/[0-9。]|\.\s/.test(s.slice(price.b, i))) return null; // only a label between (Day's Change)
  const minus = signBefore(s, i);
  const a = minus && i - minus >= lo ? i - minus : i;
  const value = Number(r[1]);
  return { a, b: i + r[1]!.length, kind: 'money', value: minus ? -value : value, unit: price.unit, ...(minus ? { change: 'decrease' as const } : {}) };
}

/** A line item a year written before it is the period of: 2025 capex, 2026 revenue. */
const EN_YEAR_ITEM = /^\s(?:capex|capital expenditures?|capital spending|revenue|sales|net income|profit|earnings|spending)\b/i;

/** "in 2024", "during 2025": an English calendar year. */
function enYear(s: string, i: number): (RawTime & { kind: 'period' }) | null {
  const m = /^((?:19|20)\d{2})(?![\d%]|[.,]\d|\s?(?:bn|billion|million|yuan|dollars|年))/.exec(s.slice(i, i + 16));
  if (!m || /^\d{4}\s?(?:年|yuan|dollars)/.test(s.slice(i, i + 10))) return null;
  // (or the year of a line item right after it: "2025 capex up to $93B", "its 2026 revenue guidance")
  if (!EN_YEAR_BEFORE.test(s.slice(Math.max(0, i - 9), i)) && !(EN_YEAR_ITEM.test(s.slice(i + 4, i + 30)) && !/[\w$.,-]$/.test(s.slice(i - 1, i)))) return null;
  const y = +m[1]!;
  const time: TimeMatch = { end: i + 4, kind: 'period', period: { start: `${y}-01-01`, end: `${y}-12-31`, label: String(y) } };
  return { a: i, b: i + 4, kind: 'period', time };
}

/** "1元は約20.7円", "1元=約21円": an exchange rate, not two amounts. */
function mergeRates(s: string, raws: Raw[]): Raw[] {
  const out: Raw[] = [];
  for (let k = 0; k < raws.length; k++) {
    const r = raws[k]!;
    const nx = raws[k + 1];
    if (
      r.kind === 'money' &&
      nx?.kind === 'money' &&
      !r.bare &&
      !nx.bare &&
      (r.value === 1 || r.value === 100) &&
      /^\s?(?:=|＝|は|≈|:|兑|兌|相当于|相当)\s?$/.test(s.slice(r.b, nx.a))
    ) {
      // 1元=約20円: 20 JPY per CNY, written QUOTE/BASE
      out.push({ a: r.a, b: nx.b, kind: 'rate', value: nx.value / r.value, unit: `${nx.unit}/${r.unit}`, approx: nx.approx });
      k++;
      continue;
    }
    out.push(r);
  }
  return out;
}

const BARE_COUNT: Partial<Record<string, string>> = {
  parameters: 'params',
  training_tokens: 'tokens',
  users: 'users',
  derivative_models: 'models',
  downloads: 'count',
  gpu_count: 'gpus',
};

/** A bare number takes the unit its sentence's last keyword implies: パラメータ数は1兆 → params;
 *  a bare 380億 in money talk is money in the currency the article mostly uses; a bare 3800亿 the
 *  article also writes with its currency (3800亿元) is that amount again. Others are dropped. */
function resolveBare(norm: Normalized, text: string, raws: Raw[], list: Sentences) {
  const bare = raws.filter((r): r is RawAmount => r.kind === 'money' && !!(r as RawAmount).bare);
  if (!bare.length) return;
  const counts = new Map<string, number>();
  const stated = new Map<number, string>(); // big amounts written with their currency: value → currency
  for (const r of raws) {
    if (r.kind !== 'money' || r.bare) continue;
    counts.set(r.unit, (counts.get(r.unit) ?? 0) + 1);
    if (Math.abs(r.value) >= 1e8 && !r.malformed) stated.set(Math.abs(r.value), r.unit);
  }
  const top = [...counts].sort((x, y) => y[1] - x[1])[0];
  for (const r of bare) {
    const [start] = toOriginal(norm, r.a, r.b);
    const sent = list[sentenceIndex(list, start)];
    if (!sent) continue;
    const before = normalize(text.slice(Math.max(sent[0], start - 40), start)).text;
    const last = metricHits(before).pop();
    const cu = (last && BARE_COUNT[last.metric]) ?? (r.counted ? 'count' : undefined);
    const again = cu ? undefined : stated.get(Math.abs(r.value));
    if (again) {
      r.unit = again;
      continue;
    }
    // 未来3年投2000亿, 再砸500亿: a verb of spending right before a big number makes it money (so does 的亏损 after it)
    if (!cu && top && (r.spend || r.loss || SPEND_BEFORE.test(before)) && Math.abs(r.value) >= 1e8) {
      r.unit = top[0];
      continue;
    }
    // “3年3800亿”资本开支计划: the money keyword right after the amount
    const next = last ? undefined : metricHits(norm.text.slice(r.b, r.b + 12).split(/[。！？!?]/)[0]!).shift();
    if (!cu && top && next && next.a <= 3 && isMoneyMetric(next.metric) && Math.abs(r.value) >= 1e8) {
      r.unit = top[0];
      continue;
    }
    if (!last && !cu) continue;
    if (cu) {
      (r as RawAmount).kind = 'count';
      r.unit = cu;
    } else if (top && last && isMoneyMetric(last.metric) && Math.abs(r.value) >= 1e8 && /[億亿兆]|billion|bn|trillion/.test(norm.text.slice(r.a, r.b))) {
      r.unit = top[0];
    }
  }
}

/** Year-less dates take the year of the nearest explicit date or period before them. */
function fillYears(raws: Raw[]) {
  let ref: TimeMatch | undefined;
  for (const r of raws) {
    const t = r.time;
    if (!t) continue;
    if (t.noYear) {
      if (!ref?.period || t.noYear.latest) continue; // latest: resolved from the article's date
      const y = Number(ref.period.end.slice(0, 4));
      let p = withYear(t, y);
      // results for Oct-Dec 2024 are announced on "2月20日" of the next year
      if (p && ref.kind === 'period' && p.end < ref.period.end) p = withYear(t, y + 1);
      t.period = p;
      if (t.period) delete t.noYear;
    } else if (t.period && !t.rel) {
      ref = t;
    }
  }
}

function toFigure(r: Raw, start: number, end: number, surface: string): Figure {
  if (r.time) {
    const p = r.time.period;
    return { start, end, surface, kind: r.kind as 'date' | 'period', value: p ? startMs(p) : NaN, unit: r.kind, ...(p ? { period: p } : {}) };
  }
  const f: Figure = { start, end, surface, kind: r.kind, value: r.value, unit: r.unit };
  if ('valueMax' in r && r.valueMax !== undefined) f.valueMax = r.valueMax;
  if (r.approx) f.approx = r.approx;
  if ('change' in r && r.change) f.change = r.change;
  if ('basis' in r && r.basis) f.basis = r.basis;
  if ('malformed' in r && r.malformed) f.malformed = true;
  return f;
}
