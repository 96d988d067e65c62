// Japanese period words that the dated and year-less tables leave out (tried ahead of them): the half
// year named by its last month (2025年9月中間決算), a month range after 今年/昨年 (今年5月から7月期), a
// range of years (23〜27年の5年間), a running total (第3四半期累計), and 年内 counted from the article (前期, 通期, 来期 are read in
// context by attach-period: 来期 is vague).
import { monthsEnding, months, pad, valid, year2 } from './period-spans';
import { DASH, num, P, type Pattern, Q, Y } from './period-grammar';

/** 中間決算 / 中間連結決算 / 中間期: a Japanese company's first half, named by the month it ends in. */
const CHUUKAN = `\\s?中間\\s?(?:連結|期)?\\s?(?:決算|期|連結)?`;

/** 昨年 / 去年 / きょねん: a year back; 今年 / ことし: the article's year. */
const kanaYear = (w: string) => (/昨|去|きょねん/.test(w) ? -1 : 0);

export const JAPANESE_PATTERNS: Pattern[] = [
  // 2025年9月中間決算 / 2025年9月中間連結決算 / 2025年9月中間期: the six months ending that month
  P('0', `${Y}\\s?年\\s?(\\d{1,2})\\s?月${CHUUKAN}`, (r) =>
    valid(+r[1]!, +r[2]!) ? { kind: 'period', period: monthsEnding(+r[1]!, +r[2]!, 6, `six months ended ${r[1]}-${pad(+r[2]!)}`) } : null,
  ),
  // 9月中間期 / 9月中間決算 (the year from the article: the latest such half ended by its date)
  P('0', `(\\d{1,2})\\s?月${CHUUKAN}`, (r) => {
    const before = r.input.slice(Math.max(0, r.index - 1), r.index);
    return valid(2000, +r[1]!) && !/[0-9年]/.test(before) ? { kind: 'period', noYear: { m1: +r[1]!, span: 6, latest: true } } : null;
  }),
  // 23〜27年 / 2023〜27年 / 2023〜2027年: the calendar years from the first to the last (not 1〜3年: a count)
  P('0', `((?:19|20)?\\d{2})${DASH}((?:19|20)?\\d{2})\\s?年(?![度間间前後ぶ])`, (r) => {
    const before = r.input.slice(Math.max(0, r.index - 1), r.index);
    const [y1, y2] = [year2(r[1]!), year2(r[2]!)];
    if (/[0-9.,]/.test(before) || r[1]!.length < 2 || r[2]!.length < 2 || y1 < 1990 || y2 <= y1 || y2 - y1 > 15) return null;
    return { kind: 'period', period: months(y1, 1, y2, 12, `${y1}..${y2}`) };
  }),
  // ことし3月期 / きょねん12月期 (NHK writes the years in kana): the fiscal year ending that month
  P('こき', `(ことし|きょねん)\\s?(?:の)?\\s?(\\d{1,2})\\s?月\\s?期(?!\\s?(?:の)?\\s?第)`, (r) =>
    valid(2000, +r[2]!) ? { kind: 'period', noYear: { m1: +r[2]!, span: 12, yearOffset: kanaYear(r[1]!) } } : null,
  ),
  // ことし5月 / きょねん10月: a month of that year (a date)
  P('こき', `(ことし|きょねん)\\s?(?:の)?\\s?(\\d{1,2})\\s?月(?![\\d日期末初中旬間间份〜~\\-]|\\s?から)`, (r) =>
    valid(2000, +r[2]!) ? { kind: 'date', noYear: { m1: +r[2]!, yearOffset: kanaYear(r[1]!) } } : null,
  ),
  // 今年5月から7月期 / 昨年10〜12月期 / ことし4月から6月: months of a year counted from the article's date
  P('今本昨去こき', `(今年|本年|昨年|去年|ことし|きょねん)\\s?(?:の)?\\s?(\\d{1,2})\\s?月?${DASH}(\\d{1,2})\\s?月\\s?期?`, (r) =>
    valid(2000, +r[2]!) && valid(2000, +r[3]!) && +r[3]! > +r[2]! ? { kind: 'period', noYear: { m1: +r[2]!, m2: +r[3]!, yearOffset: kanaYear(r[1]!) } } : null,
  ),
  // 第2四半期累計 / 第3四半期の累計: the first quarters of the fiscal year together (a 決算短信's running total)
  P('第', `第\\s?${Q}\\s?・?\\s?四半期\\s?(?:の)?\\s?(?:累計|累積)`, (r) => ({ kind: 'period', rel: { type: 'firstMonths', n: 3 * num(r[1]) } })),
  // ことし / きょねん alone: the article's year, the one before (not ことし比, きょねん同期)
  P('こき', `(ことし|きょねん)(?!同期|比|度比)`, (r) => ({ kind: 'period', rel: { type: 'year', offset: kanaYear(r[1]!) } })),
  // 年内: the calendar year of the article's date (not 3年内, 10年内: a count of years)
  P('年', `年内(?!外)`, (r) =>
    /[0-9一二三四五六七八九十]\s?$/.test(r.input.slice(Math.max(0, r.index - 1), r.index)) ? null : { kind: 'period', rel: { type: 'year', offset: 0 } },
  ),
];

/** 平成29年 / 令和元年 / 令和7年度: an era year, read as the Western year it names. */
const ERA = /(平成|令和)\s?(元|[0-9]{1,2})\s?年/y;
const ERA_BASE: Record<string, number> = { 平成: 1988, 令和: 2018 };
export const ERA_FIRST = ['平', '令'];

/** The Western spelling of an era year at i (平成29年 → 2017年) and how many characters it replaces. */
export function eraYearAt(s: string, i: number): { western: string; length: number } | undefined {
  ERA.lastIndex = i;
  const r = ERA.exec(s);
  if (!r) return undefined;
  const y = ERA_BASE[r[1]!]! + (r[2] === '元' ? 1 : Number(r[2]));
  return { western: `${y}年`, length: r[0].length };
}
