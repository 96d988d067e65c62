// Japanese period words that the dated and year-less tables leave out (tried ahead of them): the half
// year named by its last month (2025年9月中間決算), a month range after 今年/昨年 (今年5月から7月期), a
// range of years (23〜27年の5年間), a running total (第3四半期累計), and the fiscal years counted from the article (来期, 前期, 通期, 年内).
import { monthsEnding, months, pad, valid, year2 } from './period-spans';
import { DASH, num, P, type Pattern, Q, Y } from './period-grammar';

/** 中間決算 / 中間連結決算 / 中間期: a Japanese company's first half, named by the month it ends in. */
const CHUUKAN = `\\s?中間\\s?(?:連結|期)?\\s?(?:決算|期|連結)?`;
/** A fiscal-year word used as a growth basis or a balance date, not as the figure's period. */
const NOT_PERIOD = `(?!比|末|と比|に比|から|より|まで|以来|間)`;

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
  // 今年5月から7月期 / 昨年10〜12月期: months of a year counted from the article's date
  P('今本昨去', `(今年|本年|昨年|去年)\\s?(?:の)?\\s?(\\d{1,2})\\s?月?${DASH}(\\d{1,2})\\s?月\\s?期?`, (r) =>
    valid(2000, +r[2]!) && valid(2000, +r[3]!) && +r[3]! > +r[2]!
      ? { kind: 'period', noYear: { m1: +r[2]!, m2: +r[3]!, yearOffset: /昨|去/.test(r[1]!) ? -1 : 0 } }
      : null,
  ),
  // 第2四半期累計 / 第3四半期の累計: the first quarters of the fiscal year together (a 決算短信's running total)
  P('第', `第\\s?${Q}\\s?・?\\s?四半期\\s?(?:の)?\\s?(?:累計|累積)`, (r) => ({ kind: 'period', rel: { type: 'firstMonths', n: 3 * num(r[1]) } })),
  // 来期 / 翌期: the next fiscal year, in its company's calendar
  P('来翌', `(?:来期|翌期)${NOT_PERIOD}`, () => ({ kind: 'period', rel: { type: 'fiscalYear', offset: 1 } })),
  // 前期の / 前期は: the fiscal year before the article's (in a sentence about quarters it is the quarter
  // before: left alone; Chinese 前期的 / 前期投入 is "earlier", not a period)
  P('前', `前期${NOT_PERIOD}(?=\\s?(?:の|は|で|決算|実績|業績|通期))`, (r) => {
    const from = r.input.lastIndexOf('。', r.index) + 1;
    const to = r.input.indexOf('。', r.index);
    return /四半期|季/.test(r.input.slice(from, to < 0 ? undefined : to)) ? null : { kind: 'period', rel: { type: 'fiscalYear', offset: -1 } };
  }),
  // 通期 alone: the fiscal year of the N年M月期 named, else the one under way (通期予想, 通期見通し)
  P('通', `通期${NOT_PERIOD}`, (r) =>
    /(?:年|月期|年度|前|昨|去)\s?(?:の)?\s?$/.test(r.input.slice(Math.max(0, r.index - 3), r.index))
      ? null
      : { kind: 'period', rel: { type: 'fiscalYear', offset: 0, from: 'label' } },
  ),
  // 年内: the calendar year of the article's date (not 3年内, 10年内: a count of years)
  P('年', `年内(?!外)`, (r) =>
    /[0-9一二三四五六七八九十]\s?$/.test(r.input.slice(Math.max(0, r.index - 1), r.index)) ? null : { kind: 'period', rel: { type: 'year', offset: 0 } },
  ),
];
