// The grammar of dates and periods in JA / ZH / EN (normalised text): one pattern per shape, tried
// by the character a match can start with; matchTime returns the first that fits. Pure.
import type { Period } from '../kb/types';
import type { FiscalLabel, TimeMatch } from './periods';
import {
  calHalf,
  calQuarter,
  day,
  endingOn,
  fiscalPart,
  fiscalPeriod,
  fiscalYear,
  iso,
  lastDay,
  month,
  months,
  monthsEnding,
  pad,
  valid,
  year2,
} from './period-spans';

export const Y = '((?:19|20)\\d{2})';
const NUM = '([0-9]{1,2}|[一二三四五六七八九十]{1,3})';
const Q = '([1-4一二三四])';
const DASH = '\\s?(?:[-〜~–—―─−‐‑‒━]|から|至|到)\\s?'; // 4月から6月, 4月至6月, 4月到6月, minus signs and heavy dashes
const MONTHS = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const EN_DATE1 = `(${MONTHS})\\.?\\s(\\d{1,2})(?:st|nd|rd|th)?,?\\s${Y}`;
const EN_DATE2 = `(\\d{1,2})\\s(${MONTHS})\\.?,?\\s${Y}`;
const ORD: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4 };
const WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, ten: 10, twelve: 12, 两: 2, 三: 3, 五: 5, 十: 10 };
const KANJI: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

function num(s: string | undefined): number {
  if (!s) return NaN;
  if (/^\d+$/.test(s)) return Number(s);
  if (s in WORDS) return WORDS[s]!;
  let v = 0;
  let cur = 0;
  for (const ch of s) {
    if (ch === '十') {
      v += (cur || 1) * 10;
      cur = 0;
    } else cur = KANJI[ch] ?? NaN;
  }
  return v + cur;
}

const MONTH_KEYS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const monthOf = (name: string) => MONTH_KEYS.indexOf(name.slice(0, 3)) + 1;

/** A fiscal-label match: the period in the default calendar, and the label to resolve again. */
const fiscalMatch = (l: FiscalLabel): Omit<TimeMatch, 'end'> => ({ kind: 'period', period: fiscalPeriod(l), fiscal: l });
/** A two-digit year (24年): not inside a longer number, not an era year (平成30年, 令和6年), 00-49. */
function twoDigitYear(r: RegExpExecArray): boolean {
  const before = r.input.slice(Math.max(0, r.index - 2), r.index);
  return !/[0-9.,]$/.test(before) && !/(?:平成|令和|昭和|民国|民國)$/.test(before) && Number(r[1]) < 50;
}

/** The text names a four-digit year within three years of y (20xx年, FY20xx). */
function nearYear(s: string, y: number): boolean {
  for (const r of s.matchAll(/(?<![0-9])20([0-9]{2})(?![0-9])/g)) if (Math.abs(2000 + Number(r[1]) - y) <= 3) return true;
  return false;
}

type Build = (r: RegExpExecArray) => Omit<TimeMatch, 'end'> | null;
interface Pattern {
  first: string; // characters a match can start with ('0' = any digit)
  re: RegExp;
  build: Build;
  year: boolean; // starts with a year (19xx / 20xx): skipped cheaply where none is
}

const P = (first: string, src: string, build: Build): Pattern => ({ first, re: new RegExp(src, 'y'), build, year: src.startsWith(Y) });
/** A year named right before a span (昨年1年間, 2024年の1年間, 去年一年): the span is that year. */
const YEAR_JUST_NAMED = /(?:昨年|今年|去年|前年|本年|[0-9]{2,4}年)\s?(?:の|度の?)?\s?$/;
/** s[i..i+3] is 19xx or 20xx (what Y needs first). */
function yearAt(s: string, i: number): boolean {
  const a = s.charCodeAt(i),
    b = s.charCodeAt(i + 1),
    c = s.charCodeAt(i + 2),
    d = s.charCodeAt(i + 3);
  return ((a === 49 && b === 57) || (a === 50 && b === 48)) && c >= 48 && c <= 57 && d >= 48 && d <= 57;
}
const per = (period: Period | undefined): Omit<TimeMatch, 'end'> | null => (period ? { kind: 'period', period } : null);
const FISCAL = '(?:年\\s?会計年度|年度|会計年度|财年|財年|财政年度|財政年度|年财年)'; // (2025 年会計年度: NVIDIA's Japanese releases)
const QWORD = '(?:四半期|季度|财季|財季|季)';
/** (4〜6月) / (7─9月期) right after a year-less quarter: its months. */
/** (4〜6月) / (7─9月期) / (2015年7〜9月) right after a quarter label: its months, and their year when written. */
const PAREN_MONTHS = `(?:\\s?[(（]\\s?(?:((?:19|20)?\\d{2})\\s?年\\s?)?(\\d{1,2})\\s?月?${DASH}(\\d{1,2})\\s?月\\s?(?:期)?\\s?[)）])?`;
/** A year-less quarter label: the last such quarter ended by the article's date, unless the brackets
 *  after it name its months (and year: 同年第3四半期(2015年7〜9月) is July to September 2015). */
function quarterNoYear(q: number, y?: string, m1?: string, m2?: string): Omit<TimeMatch, 'end'> {
  if (m1 && m2 && valid(2000, +m1) && valid(2000, +m2)) {
    if (y) {
      const y1 = year2(y);
      return { kind: 'period', period: months(y1, +m1, +m2 < +m1 ? y1 + 1 : y1, +m2) };
    }
    return { kind: 'period', noYear: { m1: +m1, m2: +m2, latest: true } };
  }
  return { kind: 'period', noYear: { m1: 1, fq: q, latest: true } };
}
/** (第2四半期) / (上半期) right after a month span (7-9月期(第2四半期)): the company's name for the same months,
 *  read as part of the span (the months decide the period, whatever the company's calendar). */
/** A 決算短信 (a Japanese company's results summary) or a text about one: its quarters are cumulative. */
const TANSHIN = /決算短信/;
const PAREN_FQ = `(?:\\s?[(（]\\s?(?:第\\s?[1-4一二三四]\\s?・?\\s?四半期|上半期|下半期|上期|下期|中間期)\\s?[)）])?`;
const SPAN_N = (w: string) => (/四半期|3|三/.test(w) ? 3 : /年/.test(w) ? 12 : 6);

const PATTERNS: Pattern[] = [
  // 9月までの四半期 / 2025年9月末までの四半期 / 9月締めの四半期: the quarter ending that month
  P(
    '0',
    `(?:${Y}\\s?年\\s?)?(\\d{1,2})\\s?月\\s?(?:末|底)?\\s?(?:までの|締めの|締の|に終わる|に終わった|に終了した|で終わる)\\s?(?:四半期|3\\s?[かヶカケ箇]月間?|三[かヶカケ]月間?)`,
    (r) => {
      const m = +r[2]!;
      if (!valid(2000, m)) return null;
      return r[1] ? per(monthsEnding(+r[1], m, 3, `quarter ended ${r[1]}-${pad(m)}`)) : { kind: 'period', noYear: { m1: m, quarterEnd: true, latest: true } };
    },
  ),
  // 2025年6月末までの3ヶ月間 / 6月末に終わる6カ月間: the months ending that month
  P(
    '0',
    `(?:${Y}\\s?年\\s?)?(\\d{1,2})\\s?月\\s?(?:末|底)\\s?(?:まで|に終わる|に終了した|で終わる|締め)\\s?(?:の)?\\s?([0-9]{1,2}|三|六|九)\\s?[かヶカケ箇]月間?`,
    (r) => {
      const m = +r[2]!;
      const n = num(r[3]);
      if (!valid(2000, m) || ![3, 6, 9, 12].includes(n)) return null;
      return r[1] ? per(monthsEnding(+r[1], m, n, `${n} months ended ${r[1]}-${pad(m)}`)) : { kind: 'period', noYear: { m1: m, span: n, latest: true } };
    },
  ),
  // 2025年9月30日を期末とする第2四半期 / に終了した四半期 / までの3ヶ月間 / に終了した会計年度
  P(
    '0',
    `${Y}\\s?年\\s?(\\d{1,2})\\s?月\\s?(\\d{1,2})\\s?日\\s?(?:(?:を期末とする|を末日とする|締め|締)\\s?(?:の)?\\s?(?:第\\s?${Q}\\s?)?(四半期|3\\s?[かヶカケ箇]月間?|三[かヶカケ]月間?|会計年度|年度|半期|6\\s?[かヶカケ]月間?)?|(?:に終了した|に終了する|に終わった|に終わる|で終わる|で終了した|終了の|までの)\\s?(?:の)?\\s?(?:第\\s?${Q}\\s?)?(四半期|3\\s?[かヶカケ箇]月間?|三[かヶカケ]月間?|会計年度|年度|半期|6\\s?[かヶカケ]月間?))`,
    (r) => {
      const w = r[5] ?? r[7];
      const n = w ? SPAN_N(w) : 3;
      return per(endingOn(+r[1]!, +r[2]!, +r[3]!, n, n === 12 ? 'fiscal year' : n === 6 ? 'six months' : 'quarter'));
    },
  ),
  // 截至2025年9月30日止三个月 / 季度 / 财年
  // 截至2024年12月底止季度 / 截至2025年9月底止的季度 (the day left out: the month's last day)
  P(
    '截',
    `截至\\s?${Y}\\s?年\\s?(\\d{1,2})\\s?月\\s?(?:(\\d{1,2})\\s?日|底|末)\\s?止?\\s?(?:的)?\\s?(三个月|3个月|三個月|3個月|季度|财年|財年|年度|六个月|6个月|六個月|6個月|半年|九个月|九個月|9个月|9個月)`,
    (r) => {
      const n = /年度|财年|財年/.test(r[4]!) ? 12 : /[六6]|半年/.test(r[4]!) ? 6 : /[九9]/.test(r[4]!) ? 9 : 3;
      const d = r[3] ? +r[3] : valid(+r[1]!, +r[2]!) ? lastDay(+r[1]!, +r[2]!) : 0;
      return per(endingOn(+r[1]!, +r[2]!, d, n, n === 12 ? 'fiscal year' : n === 3 ? 'quarter' : `${n} months`));
    },
  ),
  // 2026年3月期第2四半期 / 2025年3月期 第3四半期累計 / 2026年3月期上期・中間期 / 2025年12月期2Q (決算短信,
  // brokers' notes: the year ending that month)
  P(
    '0',
    `${Y}\\s?年\\s?(\\d{1,2})\\s?月\\s?期\\s?(?:の)?\\s?(?:第\\s?${Q}\\s?四半期\\s?(累計|累積)?|(上期|上半期|中間期|第2四半期累計|下期|下半期|通期)|([1-4])\\s?q(?![a-z0-9])|q([1-4])(?![a-z0-9]))`,
    // (a 決算短信 reports each quarter cumulatively from the start of the year: 第3四半期 = its first nine months)
    (r) => per(fiscalPart(+r[1]!, +r[2]!, r[3] ? num(r[3]) : +(r[6] ?? r[7] ?? 0), !!r[4] || (!!r[3] && TANSHIN.test(r.input)), r[5])),
  ),
  // 2025年度第3四半期 / 2026财年第二季度 / 2025年度q3
  P('0', `${Y}\\s?${FISCAL}\\s?(?:の)?\\s?(?:第\\s?${Q}\\s?・?\\s?${QWORD}|q([1-4]))`, (r) => fiscalMatch({ fy: +r[1]!, q: num(r[2] ?? r[3]) })),
  // 2025年第2四半期(2026会計年度): a translated "Q2 of fiscal 2026", the fiscal year in brackets decides
  P('0', `${Y}\\s?年\\s?(?:の)?\\s?第\\s?${Q}\\s?・?\\s?${QWORD}\\s?[(（]\\s?${Y}\\s?(?:年\\s?会計年度|会計年度|年度|财年|財年|年财年)\\s?[)）]`, (r) =>
    fiscalMatch({ fy: +r[3]!, q: num(r[2]) }),
  ),
  // 2025年第3四半期 / 2025年第三季度 / 2024年四季度 / 2025年q3 (calendar)
  P('0', `${Y}\\s?年\\s?(?:の)?\\s?(?:(?:第\\s?)?${Q}\\s?${QWORD}|q([1-4]))`, (r) => per(calQuarter(+r[1]!, num(r[2] ?? r[3])))),
  // 2025年上半期 / 2025年度下半期 / 2025年上半年
  P('0', `${Y}\\s?(年度|会計年度|财年|財年|年)\\s?(?:の)?\\s?(上半期|下半期|上期|下期|上半年|下半年)`, (r) =>
    r[2] === '年' ? per(calHalf(+r[1]!, r[3]!.startsWith('上') ? 1 : 2)) : fiscalMatch({ fy: +r[1]!, h: r[3]!.startsWith('上') ? 1 : 2 }),
  ),
  // 2025年7-9月期 / 2024年10月〜2025年3月
  P('0', `${Y}\\s?年\\s?(\\d{1,2})\\s?月?${DASH}(?:${Y}\\s?年\\s?)?(\\d{1,2})\\s?月\\s?(?:期)?${PAREN_FQ}`, (r) => {
    const y1 = +r[1]!,
      m1 = +r[2]!,
      m2 = +r[4]!;
    const y2 = r[3] ? +r[3] : m2 < m1 ? y1 + 1 : y1;
    return valid(y1, m1) && valid(y2, m2) && y2 * 12 + m2 >= y1 * 12 + m1
      ? per(months(y1, m1, y2, m2, `${iso(y1, m1, 1).slice(0, 7)}..${iso(y2, m2, 1).slice(0, 7)}`))
      : null;
  }),
  // 2024年12月期 / 2024年12月四半期: the quarter ending that month
  // (2024年12月期 may also be a fiscal year: the label says so and attach trusts it less)
  // 2024年3月期: the fiscal year ending in March (Alibaba's and most Japanese companies' year end)
  P('0', `${Y}\\s?年\\s?3\\s?月\\s?期(?!末)`, (r) => per(fiscalYear(+r[1]!))),
  // 2023年12月期本決算 / 2024年6月期通期: the whole fiscal year ending that month (本決算, 通期: not a quarter)
  P('0', `${Y}\\s?年\\s?(\\d{1,2})\\s?月\\s?期\\s?(?:の)?\\s?(?=本決算|通期|通年|年間)`, (r) =>
    valid(+r[1]!, +r[2]!) ? per(monthsEnding(+r[1]!, +r[2]!, 12, `fiscal year ended ${r[1]}-${pad(+r[2]!)}`)) : null,
  ),
  P('0', `${Y}\\s?年\\s?(\\d{1,2})\\s?月\\s?(?:の)?\\s?(期|四半期)(?!末)`, (r) =>
    valid(+r[1]!, +r[2]!) ? per(monthsEnding(+r[1]!, +r[2]!, 3, `quarter${r[3] === '期' ? ' (or fiscal year)' : ''} ended ${r[1]}-${pad(+r[2]!)}`)) : null,
  ),
  // 2025年2月24日
  P('0', `${Y}\\s?年\\s?(\\d{1,2})\\s?月\\s?(\\d{1,2})\\s?日`, (r) =>
    valid(+r[1]!, +r[2]!, +r[3]!) ? { kind: 'date', period: day(+r[1]!, +r[2]!, +r[3]!) } : null,
  ),
  // 2025年2月
  P('0', `${Y}\\s?年\\s?(\\d{1,2})\\s?月(?!\\s?[期〜~\\-])`, (r) => (valid(+r[1]!, +r[2]!) ? { kind: 'date', period: month(+r[1]!, +r[2]!) } : null)),
  // 2025年度 / 2025财年 / 2025会計年度
  P('0', `${Y}\\s?${FISCAL}`, (r) => fiscalMatch({ fy: +r[1]! })),
  // 26财年上半年 / 26 财年第二季度 / 26财年: a fiscal year written with two digits
  P('0', `(\\d{2})\\s?(?:财年|財年)\\s?(?:的)?\\s?(?:(上半年|下半年)|第\\s?${Q}\\s?${QWORD}|q([1-4]))?`, (r) => {
    const fy = 2000 + Number(r[1]);
    if (r[2]) return fiscalMatch({ fy, h: r[2].startsWith('上') ? 1 : 2 });
    const q = r[3] ?? r[4];
    return fiscalMatch(q ? { fy, q: num(q) } : { fy });
  }),
  // 2019年以降 / 2019年以来: from the start of that year (a cumulative total up to the period named last)
  P('0', `${Y}\\s?年\\s?(?:以降|以来|來)`, (r) => ({ kind: 'period', rel: { type: 'since', year: +r[1]! } })),
  P('自', `自\\s?${Y}\\s?年\\s?(?:以来|以來|起)`, (r) => ({ kind: 'period', rel: { type: 'since', year: +r[1]! } })),
  // 2025年 (calendar year)
  P('0', `${Y}\\s?年(?![度間间])`, (r) => per(months(+r[1]!, 1, +r[1]!, 12, r[1]!))),
  // 22年7〜9月期 / 24年第3四半期 / 25年上半期: a year written with two digits (not 平成30年, not 10年間)
  P('0', `(\\d{2})\\s?年\\s?(?:の\\s?)?(?:(\\d{1,2})\\s?月?${DASH}(\\d{1,2})\\s?月\\s?(?:期)?|第\\s?${Q}\\s?・?\\s?四半期|(上半期|下半期|上期|下期))`, (r) => {
    if (!twoDigitYear(r)) return null;
    const y = 2000 + Number(r[1]);
    if (r[4]) return per(calQuarter(y, num(r[4])));
    if (r[5]) return per(calHalf(y, r[5].startsWith('上') ? 1 : 2));
    const m1 = +r[2]!,
      m2 = +r[3]!;
    return valid(y, m1) && valid(y, m2) && m1 !== m2
      ? per(months(y, m1, m2 < m1 ? y + 1 : y, m2, `${iso(y, m1, 1).slice(0, 7)}..${iso(m2 < m1 ? y + 1 : y, m2, 1).slice(0, 7)}`))
      : null;
  }),
  // 25年3月期 / 26年3月期第2四半期 / 25年12月期 (a two-digit year in a headline or a broker's note)
  P('0', `(\\d{2})\\s?年\\s?(\\d{1,2})\\s?月\\s?期(?!末)\\s?(?:の)?\\s?(?:第\\s?${Q}\\s?・?\\s?四半期\\s?(累計|累積)?|([1-4])\\s?q(?![a-z0-9]))?`, (r) => {
    if (!twoDigitYear(r)) return null;
    const y = 2000 + Number(r[1]);
    const m = +r[2]!;
    if (!valid(y, m)) return null;
    const q = r[3] ? num(r[3]) : r[5] ? +r[5] : 0;
    if (q) return per(fiscalPart(y, m, q, !!r[4] || TANSHIN.test(r.input)));
    return per(m === 3 ? fiscalYear(y) : monthsEnding(y, m, 3, `quarter (or fiscal year) ended ${y}-${pad(m)}`));
  }),
  // 24年度 / 25年度の: a fiscal year written with two digits (its company's calendar)
  P('0', `(\\d{2})\\s?年度(?!比)`, (r) => (twoDigitYear(r) ? fiscalMatch({ fy: 2000 + Number(r[1]) }) : null)),
  // 21年の売上高 / 20年通年の / 22年の5546億元: a two-digit year of a figure, read only where the page
  // names a four-digit year close to it (not 過去10年の, not 13年ぶり)
  P('0', `(\\d{2})\\s?年\\s?(?:(通年|通期|全年)|の(?=\\s?(?:総|全体の)?(?:売上|売り上げ|純利益|純損益|営業|収入|収益|設備投資|利益|[0-9])))`, (r) => {
    if (!twoDigitYear(r) || /(?:過去|直近|ここ|この|今後|約|毎|前|後|第)\\s?$/.test(r.input.slice(Math.max(0, r.index - 3), r.index))) return null;
    const y = 2000 + Number(r[1]);
    return nearYear(r.input, y) ? per(months(y, 1, y, 12, String(y))) : null;
  }),
  // 2025-02-24, 2025/2/24, 2025.2.24
  P('0', `${Y}([-/.])(\\d{1,2})\\2(\\d{1,2})(?![\\d.])`, (r) => (valid(+r[1]!, +r[3]!, +r[4]!) ? { kind: 'date', period: day(+r[1]!, +r[3]!, +r[4]!) } : null)),
  // 9月30日締めの四半期 / 9月30日を期末とする / 12月31日に終了した会計年度: a span ending that day (year from context)
  P(
    '0',
    `(\\d{1,2})\\s?月\\s?(\\d{1,2})\\s?日\\s?(?:(?:締め|締|を期末とする|を末日とする)\\s?(?:の)?\\s?(?:第\\s?${Q}\\s?)?(四半期|3\\s?[かヶカケ箇]月間?|三[かヶカケ]月間?|会計年度|年度|半期|6\\s?[かヶカケ]月間?)?|(?:に終了した|に終了する|に終わった|に終わる|で終わる|で終了した|終了の|までの)\\s?(?:の)?\\s?(?:第\\s?${Q}\\s?)?(四半期|3\\s?[かヶカケ箇]月間?|三[かヶカケ]月間?|会計年度|年度|半期|6\\s?[かヶカケ]月間?))`,
    (r) => {
      const w = r[4] ?? r[6];
      return valid(2000, +r[1]!, +r[2]!) ? { kind: 'period', noYear: { m1: +r[1]!, span: w ? SPAN_N(w) : 3, latest: true } } : null;
    },
  ),
  // 2月24日 (year from context)
  P('0', `(\\d{1,2})\\s?月\\s?(\\d{1,2})\\s?日`, (r) => (valid(2000, +r[1]!, +r[2]!) ? { kind: 'date', noYear: { m1: +r[1]!, d1: +r[2]! } } : null)),
  // 3月の (a month, year from context; not 3ヵ月, 3月期, 3月末)
  P('0', `(\\d{1,2})\\s?月(?![\\d日期末初中旬間间份〜~\\-]|\\s?(?:の)?\\s?四半期)`, (r) =>
    valid(2000, +r[1]!) && !/[年ヵかケヶカ箇个個0-9./\\-〜~]\\s?$/.test(r.input.slice(Math.max(0, r.index - 2), r.index))
      ? { kind: 'date', noYear: { m1: +r[1]! } }
      : null,
  ),
  // 同社は2日、…と発表した: a day of the article's month (the newest such day up to its date)
  P('0', `(\\d{1,2})\\s?日(?=\\s?(?:[、,]|に発表|付|午前|午後|夜|朝))`, (r) =>
    +r[1]! >= 1 && +r[1]! <= 31 && /(?:^|[はがも、,\\s【\\[])$/.test(r.input.slice(Math.max(0, r.index - 1), r.index))
      ? { kind: 'date', noYear: { m1: 1, d1: +r[1]!, dayOnly: true, latest: true } }
      : null,
  ),
  // 7-9月期 (year from context)
  P('0', `(\\d{1,2})${DASH}(\\d{1,2})\\s?月\\s?(?:期)?(?![\\d日])${PAREN_FQ}`, (r) =>
    valid(2000, +r[1]!) && valid(2000, +r[2]!) && +r[2]! !== +r[1]! ? { kind: 'period', noYear: { m1: +r[1]!, m2: +r[2]! } } : null,
  ),
  // 3月期第4四半期: a fiscal quarter of the year ending in that month, year from the article's date
  P('0', `(\\d{1,2})\\s?月\\s?期\\s?(?:の)?\\s?第\\s?${Q}\\s?・?\\s?四半期`, (r) =>
    valid(2000, +r[1]!) ? { kind: 'period', noYear: { m1: 1, fq: num(r[2]), fiscalEnd: +r[1]!, latest: true } } : null,
  ),
  // 1Q, 3Q: a fiscal quarter named without its year
  P('0', `([1-4])q(?![a-z0-9'])`, (r) => ({ kind: 'period', noYear: { m1: 1, fq: +r[1]!, latest: true } })),
  // 12月四半期 (year from context)
  P('0', `(\\d{1,2})\\s?月\\s?(?:の)?\\s?四半期`, (r) => (valid(2000, +r[1]!) ? { kind: 'period', noYear: { m1: +r[1]!, quarterEnd: true } } : null)),
  // 第1~3四半期 / 第1―3四半期 / 第一至三季度: the first quarters together, the first months of the year
  P('第', `第\\s?[1一]${DASH}第?\\s?([2-4二三四])\\s?(?:四半期|季度)`, (r) => ({ kind: 'period', rel: { type: 'firstMonths', n: 3 * num(r[1]!) } })),
  // 第1四半期 / 第2・四半期(7─9月) / 第三财季 / 第3季度: a fiscal quarter without its year (the last one
  // ended by the article's date, in the calendar of its company; the months in brackets win)
  P('第', `第\\s?${Q}\\s?・?\\s?(?:会計)?\\s?(?:${QWORD})(?!度)${PAREN_MONTHS}`, (r) => quarterNoYear(num(r[1]), r[2], r[3], r[4])),
  // 截至去年12月底止第三財季 / 截至12月31日止三个月: a span ending in a month of a year relative to the article's
  P(
    '截',
    `截至\\s?(去年|上年|今年|本年|前年)?\\s?(\\d{1,2})\\s?月\\s?(?:(\\d{1,2})\\s?日|底|末)\\s?止?\\s?(?:的)?\\s?(?:第[一二三四1-4]\\s?)?(三个月|3个月|三個月|3個月|季度|财季|財季|季|财年|財年|年度|六个月|6个月|六個月|6個月|半年|九个月|九個月|9个月|9個月)`,
    (r) => {
      const n = /年度|财年|財年/.test(r[4]!) ? 12 : /[六6]|半年/.test(r[4]!) ? 6 : /[九9]/.test(r[4]!) ? 9 : 3;
      const offset = r[1] ? (/去|上/.test(r[1]) ? -1 : /前/.test(r[1]) ? -2 : 0) : undefined;
      return valid(2000, +r[2]!)
        ? { kind: 'period', noYear: { m1: +r[2]!, span: n, ...(offset === undefined ? { latest: true } : { yearOffset: offset }) } }
        : null;
    },
  ),
  // 累计今年6个月 / 今年前三季度 / 前三季度: the first months of the (fiscal) year so far
  P('今本前首', `(?:今年|本年)?\\s?(?:(?:首|前|头|頭)?\\s?(六|6|九|9)\\s?(?:个|個)\\s?月|(?:首|前)\\s?(二|2|两|兩|三|3)\\s?(?:个|個)?\\s?季度?)`, (r) =>
    !r[1] && !r[2]
      ? null
      : r[0].startsWith('今') || r[0].startsWith('本') || /^[首前头頭]/.test(r[0])
        ? { kind: 'period', rel: { type: 'firstMonths', n: r[1] ? num(r[1]) : 3 * num(r[2]!.replace(/[两兩]/, '二')) } }
        : null,
  ),
  // 年初来 / 年初から / 年初至今 / 今年以来: the year so far
  P('年今', `(?:年初来|年初から|年初以来|年初以來|年初至今|今年以来|今年以來)`, () => ({ kind: 'period', rel: { type: 'ytd' } })),
  // 直近の四半期: the latest quarter ended; 現在の四半期: the quarter under way
  P('直最現', `(?:直近|最新|現在|现在)\\s?(?:の)?\\s?四半期(?!比)`, (r) => ({
    kind: 'period',
    rel: /^(?:現在|现在)/.test(r[0]) ? { type: 'quarter', offset: 0, from: 'date' } : { type: 'quarter', from: 'latest' },
  })),
  // (会計年度の)最初の2四半期: the first half of the year
  P('最', `最初の\\s?(?:2|二)\\s?(?:つの)?\\s?四半期`, () => ({ kind: 'period', rel: { type: 'half', offset: 0, h: 1 } })),
  // 上半期 / 下半期 alone, in a report: the latest such half ended by the article's date (in a
  // forecast, 下半期には…見込む, it is a half ahead: vague)
  P('上下', `(上半期|下半期)(?!比)`, (r) => {
    const rest = r.input.slice(r.index, r.input.indexOf('。', r.index) >= 0 ? r.input.indexOf('。', r.index) : r.index + 80);
    if (/[年度]\s?(?:の)?\s?$/.test(r.input.slice(Math.max(0, r.index - 3), r.index)) || /見込|予想|計画|見通し|目指|予定|目標/.test(rest)) return null;
    return { kind: 'period', noYear: r[1]!.startsWith('上') ? { m1: 1, m2: 6, latest: true } : { m1: 7, m2: 12, latest: true } };
  }),
  // 前四半期 / 上季度 / 来四半期 (not 前四半期比: a growth basis)
  P(
    '前上来次下',
    `(前四半期|前の四半期|上一季度|上个季度|上個季度|上季度|上一季|上季|来四半期|次の四半期|下一季度|下个季度|下個季度|下季度)(?!比|度比|から|と比べ|对比|對比)`,
    // (較上季 / 比上季度 / 环比上季: compared with the quarter before the one the text reports)
    (r) => ({
      kind: 'period',
      rel: {
        type: 'quarter',
        offset: /^[前上]/.test(r[1]!) ? -1 : 1,
        from: r[1]!.startsWith('前') || /(?:較|较|比)\s?$/.test(r.input.slice(Math.max(0, r.index - 2), r.index)) ? 'named' : 'date',
      },
    }),
  ),
  // 過去4四半期 / 过去四个季度 / 近四季 / 过去四季: the quarters up to the latest one ended
  P('過过直近', `(?:過去|过去|直近|近)\\s?(?:の)?\\s?${NUM}\\s?(?:个|個)?\\s?(?:季度|四半期|季(?![节節度]))`, (r) => ({
    kind: 'period',
    rel: { type: 'quarters', n: num(r[1]) },
  })),
  // 今後12カ月 / 未来12个月: the months from the article's date
  P('今向こ未接', `(?:今後|向こう|これから|未来|接下来)\\s?(?:の)?\\s?${NUM}\\s?(?:[かヶカケ箇]月間?|个月|個月)`, (r) => ({
    kind: 'period',
    rel: { type: 'next', months: num(r[1]) },
  })),
  // 今年第3四半期 / 昨年の第4四半期 / 去年第四季度: a calendar quarter of a year counted from the date
  P('今本昨去前来明', `(今年|本年|昨年|去年|前年|来年|明年)\\s?(?:の|的)?\\s?第\\s?${Q}\\s?・?\\s?(?:${QWORD})`, (r) => {
    const q = num(r[2]);
    return { kind: 'period', noYear: { m1: q * 3 - 2, m2: q * 3, yearOffset: /昨|去|前/.test(r[1]!) ? -1 : /来|明/.test(r[1]!) ? 1 : 0 } };
  }),
  // 今年上半期 / 昨年下期 / 去年上半年
  P('今本昨去来明', `(今年|本年|昨年|去年|来年|明年)\\s?(?:の|度)?\\s?(上半期|下半期|上期|下期|上半年|下半年)`, (r) => ({
    kind: 'period',
    rel: { type: 'half', offset: /昨|去/.test(r[1]!) ? -1 : /来|明/.test(r[1]!) ? 1 : 0, h: r[2]!.startsWith('上') ? 1 : 2 },
  })),
  // 今後3年間 / 向こう3年 / 未来三年 / 3年間 (not 昨年1年間 / 2024年の1年間: the year just named, whole)
  P('今向こ未接0一二三四五六七八九十', `(?:今後|向こう|これから|未来|接下来)?\\s?(?:の)?\\s?${NUM}\\s?(?:年間|カ年|ヶ年|か年|年内|年)(?![度前後ぶ])`, (r) =>
    (r[0].length > r[1]!.length + 1 || /年間|カ年|ヶ年|か年/.test(r[0])) && !YEAR_JUST_NAMED.test(r.input.slice(Math.max(0, r.index - 8), r.index))
      ? { kind: 'period', rel: { type: 'next', months: 12 * num(r[1]) } }
      : null,
  ),
  // 過去3年間 / 直近1年間 / この1年間 / ここ3カ月: the span up to the article's date
  P('過过直こ', `(?:過去|过去|直近|この|ここ)\\s?(?:の)?\\s?${NUM}\\s?(年間|年|[かヶカケ箇]月間?|个月|個月)`, (r) => ({
    kind: 'period',
    rel: { type: 'past', months: (/年/.test(r[2]!) ? 12 : 1) * num(r[1]) },
  })),
  // 去年10月 / 来年3月: a month of the year before or after the article's (a date, not the year;
  // 今年5月に… keeps dating its sentence's amounts by the year)
  P('昨去来明', `(昨年|去年|来年|明年)\\s?(\\d{1,2})\\s?月(?![\\d日期末初中旬間间份〜~\\-])`, (r) =>
    valid(2000, +r[2]!) ? { kind: 'date', noYear: { m1: +r[2]!, yearOffset: /昨|去/.test(r[1]!) ? -1 : 1 } } : null,
  ),

  // 今個財政年度首季 / 本财年第二季度: a quarter of the fiscal year under way (the latest such quarter ended)
  P('今本', `(?:今個|今个|本)\\s?(?:財政年度|财政年度|財年|财年)\\s?(?:的)?\\s?(?:首|第\\s?${Q}\\s?)(?:個|个)?\\s?(?:季度|財季|财季|季)`, (r) => ({
    kind: 'period',
    noYear: { m1: 1, fq: r[1] ? num(r[1]) : 1, latest: true },
  })),
  // 今年度 / 昨年度 / 来年度: a fiscal year counted from the article's date; 前年度: the one before the
  // year named last (else before the article's), in the company's calendar (not 前年度比: a basis)
  P('今本昨来前', `(今年度|本年度|昨年度|来年度|前年度)(?!比|同期|末)`, (r) => ({
    kind: 'period',
    rel: { type: 'fiscalYear', offset: /今|本/.test(r[1]!) ? 0 : /来/.test(r[1]!) ? 1 : -1, ...(r[1] === '前年度' ? { from: 'named' as const } : {}) },
  })),
  // (not 去年則為4.6%: the same period a year before, of the amount after it)
  P('今本昨去来明', `(今年度|今年|本年|昨年|去年|来年|明年)(?!同期|比|度比|\\s?(?:则|則)\\s?(?:为|為))`, (r) => ({
    kind: 'period',
    rel: { type: 'year', offset: /昨|去/.test(r[1]!) ? -1 : /来|明/.test(r[1]!) ? 1 : 0 },
  })),
  P('今当こ本该該', `(?:今四半期|当四半期|この四半期|本四半期|本季度|当季度|该季度|該季度|今期)`, () => ({ kind: 'period', rel: { type: 'quarter' } })),
  // 会計年度2026年第2四半期 / 会計年度2026 (translated "fiscal 2026 Q2"): a fiscal label
  P('会', `会計年度\\s?${Y}\\s?年?\\s?(?:の)?\\s?(?:第\\s?${Q}\\s?・?\\s?${QWORD})?`, (r) => fiscalMatch(r[2] ? { fy: +r[1]!, q: num(r[2]) } : { fy: +r[1]! })),
  // --- English ---
  P(
    'tq3s6f',
    `(?:the\\s)?(quarter|three months|3 months|three-month period|fiscal year|six months|6 months)\\s(?:ended|ending)\\s(?:on\\s)?(?:${EN_DATE1}|${EN_DATE2})`,
    (r) => {
      const [mo, d, y] = r[2] ? [monthOf(r[2]), +r[3]!, +r[4]!] : [monthOf(r[6]!), +r[5]!, +r[7]!];
      const n = /fiscal/.test(r[1]!) ? 12 : /six|6/.test(r[1]!) ? 6 : 3;
      return per(endingOn(y, mo, d, n, n === 12 ? 'fiscal year' : n === 6 ? 'six months' : 'quarter'));
    },
  ),
  // its 2024 fiscal year / the 2025 fiscal year
  P('0', `${Y}\\sfiscal\\syear`, (r) => fiscalMatch({ fy: +r[1]! })),
  P(
    'f',
    `(?:fy|fiscal\\syear|fiscal)\\s?'?(\\d{4}|\\d{2})(?![\\d])(?:\\s?,?\\s?(?:q([1-4])|(first|second|third|fourth)\\s(?:fiscal\\s)?quarter|h([12])))?`,
    (r) => {
      const fy = year2(r[1]!);
      if (fy < 1990 || fy > 2100) return null;
      if (r[2] || r[3]) return fiscalMatch({ fy, q: r[2] ? +r[2] : ORD[r[3]!]! });
      return fiscalMatch(r[4] ? { fy, h: +r[4] === 1 ? 1 : 2 } : { fy });
    },
  ),
  P('q', `q([1-4])\\s?(?:of\\s)?(?:fy|fiscal\\s(?:year\\s)?)\\s?'?(\\d{4}|\\d{2})(?!\\d)`, (r) => fiscalMatch({ fy: year2(r[2]!), q: +r[1]! })),
  P('q', `q([1-4])\\s?(?:of\\s)?'?${Y}(?!\\d)`, (r) => per(calQuarter(+r[2]!, +r[1]!))),
  P('0', `${Y}\\s?q([1-4])(?![\\d])`, (r) => per(calQuarter(+r[1]!, +r[2]!))),
  // 2QFY26 / 3Q FY2025 (brokers' notes): a fiscal quarter
  P('0', `([1-4])q\\s?fy\\s?'?(\\d{4}|\\d{2})(?!\\d)`, (r) => fiscalMatch({ fy: year2(r[2]!), q: +r[1]! })),
  P('0', `([1-4])q\\s?'?(\\d{2}|(?:19|20)\\d{2})(?!\\d)`, (r) => per(calQuarter(year2(r[2]!), +r[1]!))),
  P('tfs', `(?:the\\s)?(first|second|third|fourth)[\\s-]quarter\\sof\\s(fiscal\\s(?:year\\s)?)?${Y}`, (r) =>
    r[2] ? fiscalMatch({ fy: +r[3]!, q: ORD[r[1]!]! }) : per(calQuarter(+r[3]!, ORD[r[1]!]!)),
  ),
  P('tmjsd0', `(?:the\\s)?(?:${Y}\\s)?(march|june|september|december)[\\s-](?:${Y}\\s)?quarter(?:\\s(?:of\\s)?${Y})?`, (r) => {
    const y = +(r[1] ?? r[3] ?? r[4] ?? NaN);
    const mo = monthOf(r[2]!);
    return Number.isNaN(y)
      ? { kind: 'period', noYear: { m1: mo, quarterEnd: true, latest: true } }
      : per(monthsEnding(y, mo, 3, `quarter ended ${y}-${pad(mo)}`));
  }),
  P('h', `h([12])(?:\\s?${Y}|\\s?'(\\d{2}))(?!\\d)`, (r) => per(calHalf(year2(r[2] ?? r[3]!), +r[1]!))),
  P('0', `([12])h(?:\\s?${Y}|\\s?'?(\\d{2}))(?!\\d)`, (r) => per(calHalf(year2(r[2] ?? r[3]!), +r[1]!))),
  P('tfs', `(?:the\\s)?(first|second)\\shalf\\sof\\s(fiscal\\s(?:year\\s)?)?${Y}`, (r) =>
    r[2] ? fiscalMatch({ fy: +r[3]!, h: r[1] === 'first' ? 1 : 2 }) : per(calHalf(+r[3]!, r[1] === 'first' ? 1 : 2)),
  ),
  P('jfmasond', EN_DATE1, (r) => (valid(+r[3]!, monthOf(r[1]!), +r[2]!) ? { kind: 'date', period: day(+r[3]!, monthOf(r[1]!), +r[2]!) } : null)),
  P('0', EN_DATE2, (r) => (valid(+r[3]!, monthOf(r[2]!), +r[1]!) ? { kind: 'date', period: day(+r[3]!, monthOf(r[2]!), +r[1]!) } : null)),
  P('jfmasond', `(${MONTHS})\\.?,?\\s${Y}(?!\\d)`, (r) => ({ kind: 'date', period: month(+r[2]!, monthOf(r[1]!)) })),
  P('jfmasond', `(${MONTHS})\\.?\\s(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:])`, (r) =>
    r[1] !== 'may' && valid(2000, monthOf(r[1]!), +r[2]!) ? { kind: 'date', noYear: { m1: monthOf(r[1]!), d1: +r[2]! } } : null,
  ),
  P('tnfcpl', `(?:the\\s)?(next|coming|following|past|last)\\s(two|three|four|five|six|ten|twelve|\\d{1,2})\\s(?:fiscal\\s)?(years|months)`, (r) => ({
    kind: 'period',
    rel: { type: /past|last/.test(r[1]!) ? 'past' : 'next', months: (r[3] === 'years' ? 12 : 1) * num(r[2]) },
  })),
  // (not "the same period last year", "unchanged from last year": comparisons, read by the figure)
  P('tln', `(this|last|next)\\syear(?!s)`, (r) =>
    /(?:period|quarter|time|months|from|than|over|versus|vs\.?)\s$/.test(r.input.slice(Math.max(0, r.index - 9), r.index)) ||
    // "its strongest quarterly performance this year": a ranking within the year, not a period
    /\b(?:strongest|best|highest|fastest|largest|biggest|worst|lowest|weakest|first)\b[^.,;]{0,30}$/.test(r.input.slice(Math.max(0, r.index - 40), r.index))
      ? null
      : { kind: 'period', rel: { type: 'year', offset: r[1] === 'last' ? -1 : r[1] === 'next' ? 1 : 0 } },
  ),
  P('t', `this\\squarter`, () => ({ kind: 'period', rel: { type: 'quarter' } })),
  P('ys', `(?:year[-\\s]to[-\\s]date|so far this year)`, () => ({ kind: 'period', rel: { type: 'ytd' } })),
  P('tf', `(?:the\\s)?first\\stwo\\squarters(?:\\sof\\s(?:the|this)\\s(?:fiscal\\s)?year)?`, () => ({
    kind: 'period',
    rel: { type: 'half', offset: 0, h: 1 },
  })),
  // the three months through December / six months to June 2025 / nine months ended September: the months
  // ending that month (a day left out)
  P(
    'tsn369',
    `(?:the\\s)?(three|six|nine|twelve|3|6|9|12)[\\s-]months?\\s(?:through|to|ended|ending)\\s(${MONTHS})\\.?(?!\\s\\d{1,2}(?:st|nd|rd|th)?\\b(?!,?\\s(?:19|20)\\d{2}\\d))(?:,?\\s${Y})?(?![\\d])`,
    (r) => {
      const n = /^\\d+$/.test(r[1]!) ? +r[1]! : ({ three: 3, six: 6, nine: 9, twelve: 12 } as Record<string, number>)[r[1]!]!;
      const mo = monthOf(r[2]!);
      return r[3] ? per(monthsEnding(+r[3], mo, n, `${n} months to ${r[3]}-${pad(mo)}`)) : { kind: 'period', noYear: { m1: mo, span: n, latest: true } };
    },
  ),
  // the second fiscal quarter ended September 30(, 2025): the quarter ending that month
  P(
    'tfs',
    `(?:the\\s)?(?:(?:first|second|third|fourth)\\s(?:fiscal\\s)?)?(?:fiscal\\s)?(?:quarter|three months|three-month period)\\s(?:ended|ending)\\s(?:on\\s)?(${MONTHS})\\.?\\s(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s${Y})?(?!\\d)`,
    (r) => {
      const mo = monthOf(r[1]!);
      return r[3] ? per(endingOn(+r[3], mo, +r[2]!, 3, 'quarter')) : { kind: 'period', noYear: { m1: mo, quarterEnd: true, latest: true } };
    },
  ),
  // the second quarter, its fiscal third quarter, third-quarter (revenue), Q2: a quarter without its year
  // the nine months / the first six months (no end date: the months of the year so far, in its company's calendar)
  P('tf', `(?:the\\s)?(?:first\\s)?(six|nine)[\\s-]months?(?!\\s(?:ended|ending|to|through|of\\s(?:19|20)))`, (r) => ({
    kind: 'period',
    rel: { type: 'firstMonths', n: r[1] === 'six' ? 6 : 9 },
  })),
  P('tfisq', `(?:the\\s|its\\s)?(?:fiscal\\s)?(first|second|third|fourth)[\\s-](?:fiscal\\s)?quarter(?!\\s(?:of|ended|ending))`, (r) => ({
    kind: 'period',
    noYear: { m1: 1, fq: ORD[r[1]!]!, latest: true },
  })),
  // Q1~Q3 / Q1-Q3 / 1~3Q (a year-less cumulative span from the first quarter): the first months of the year
  P('q', `q1\\s?(?:[~〜\\-–−]|から)\\s?q([2-4])(?![\\da-z])`, (r) => ({ kind: 'period', rel: { type: 'firstMonths', n: 3 * +r[1]! } })),
  P('1', `1\\s?[~〜\\-–−]\\s?([2-4])\\s?q(?![\\da-z])`, (r) =>
    /[0-9a-z.]$/.test(r.input.slice(Math.max(0, r.index - 1), r.index)) ? null : { kind: 'period', rel: { type: 'firstMonths', n: 3 * +r[1]! } },
  ),
  P('q', `q([1-4])(?![\\da-z])(?!\\s?(?:of\\s)?(?:fy|fiscal|'?\\d))`, (r) => ({ kind: 'period', noYear: { m1: 1, fq: +r[1]!, latest: true } })),
  // 3Qは47%増益 (Japanese headlines): a quarter without its year, the digit first
  P('0', `([1-4])q(?![\\da-z])`, (r) =>
    /[0-9a-z.]$/.test(r.input.slice(Math.max(0, r.index - 1), r.index)) ? null : { kind: 'period', noYear: { m1: 1, fq: +r[1]!, latest: true } },
  ),
  // last quarter / the previous quarter / next quarter (not "from the previous quarter": a growth basis)
  P('tlpn', `(?:the\\s)?(last|previous|prior|preceding|next|coming)\\squarter(?!s)`, (r) =>
    /(?:from|than|over|versus|vs\.?|compared (?:with|to))\s(?:the\s)?$/.test(r.input.slice(Math.max(0, r.index - 14), r.index))
      ? null
      : { kind: 'period', rel: { type: 'quarter', offset: /next|coming/.test(r[1]!) ? 1 : -1, from: /last|next|coming/.test(r[1]!) ? 'date' : 'named' } },
  ),
  // the first half of this year, last year's second half
  P('tf', `(?:the\\s)?(first|second)\\shalf(?:\\sof\\s(?:the\\syear|(this|last|next)\\syear))?(?!\\sof)`, (r) => ({
    kind: 'period',
    rel: { type: 'half', offset: r[2] === 'last' ? -1 : r[2] === 'next' ? 1 : 0, h: r[1] === 'first' ? 1 : 2 },
  })),
  // "for the quarter" in results news: the quarter reported
  P('t', `the\\squarter(?!\\s(?:ended|ending|of|to)\\b)(?!s|ly|-)`, (r) =>
    /\b(?:for|in|during|over|of|from|across|through)\s$/.test(r.input.slice(Math.max(0, r.index - 8), r.index))
      ? { kind: 'period', rel: { type: 'quarter', from: 'latest' } }
      : null,
  ),
  // the past four quarters, 过去四个季度, 過去4四半期: the quarters up to the latest one ended
  P('tp', `(?:the\\s)?(?:past|last|trailing)\\s(two|three|four|five|\\d{1,2})\\squarters`, (r) => ({
    kind: 'period',
    rel: { type: 'quarters', n: num(r[1]) },
  })),
  P('tln', `(this|last|next)\\syear'?s\\s(first|second)\\shalf`, (r) => ({
    kind: 'period',
    rel: { type: 'half', offset: r[1] === 'last' ? -1 : r[1] === 'next' ? 1 : 0, h: r[2] === 'first' ? 1 : 2 },
  })),
];

const BY_FIRST = new Map<string, Pattern[]>();
for (const p of PATTERNS) {
  for (const ch of p.first === '0' ? '0123456789' : p.first.includes('0') ? p.first.replace('0', '0123456789') : p.first) {
    const list = BY_FIRST.get(ch) ?? [];
    list.push(p);
    BY_FIRST.set(ch, list);
  }
}

/** Every character a date or period can start with. */
export function timeStartChars(): string[] {
  return [...BY_FIRST.keys()];
}

/** Can a date or period start at i? (cheap pre-check) */
export function timeCanStart(s: string, i: number): boolean {
  return BY_FIRST.has(s[i] ?? '');
}

/** The date or period starting at i of normalised text s (the first pattern that fits). */
export function matchTime(s: string, i: number): TimeMatch | null {
  const list = BY_FIRST.get(s[i] ?? '');
  if (!list) return null;
  const year = yearAt(s, i);
  for (const p of list) {
    if (p.year && !year) continue;
    p.re.lastIndex = i;
    const r = p.re.exec(s);
    if (!r) continue;
    const m = p.build(r);
    if (m) return { ...m, end: i + r[0].length };
  }
  return null;
}
