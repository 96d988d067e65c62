// The Japanese and Chinese dates and periods that name their year or their end (9月末までの四半期,
// 截至2025年9月30日止三个月, 2025年第3四半期, 2026年3月期, 25年上半期, 2025-02-24): one pattern per
// shape, in the order matchTime tries them, ahead of the year-less ones.
import { calHalf, calQuarter, day, endingOn, fiscalPart, fiscalYear, iso, lastDay, month, months, monthsEnding, pad, valid, year2 } from './period-spans';
import {
  DASH,
  FISCAL,
  fiscalMatch,
  FY_AFTER,
  nearYear,
  num,
  P,
  PAREN_FQ,
  type Pattern,
  per,
  Q,
  QWORD,
  SPAN_N,
  TANSHIN,
  twoDigitYear,
  Y,
} from './period-grammar';

/** 第2四半期の決算…中間決算として: the paragraph calls the second quarter's results the half year's. */
function halfNamedAfter(r: RegExpExecArray): boolean {
  if (num(r[3]) !== 2) return false;
  const rest = r.input.slice(r.index + r[0].length, r.index + r[0].length + 120);
  return /中間(?:決算|期|連結)/.test(rest.split('\n')[0]!);
}

export const DATED_PATTERNS: Pattern[] = [
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
  // 2025年9月30日を期末とする第2四半期 / に終了した四半期 / までの3ヶ月間・12か月間 / に終了した会計年度
  P(
    '0',
    `${Y}\\s?年\\s?(\\d{1,2})\\s?月\\s?(\\d{1,2})\\s?日\\s?(?:(?:を期末とする|を末日とする|締め|締)\\s?(?:の)?\\s?(?:第\\s?${Q}\\s?)?(四半期|(?:3|6|9|12)\\s?[かヶカケ箇]月間?|[三六九][かヶカケ]月間?|十二[かヶカケ]月間?|会計年度|年度|半期)?|(?:に終了した|に終了する|に終わった|に終わる|で終わる|で終了した|終了の|までの)\\s?(?:の)?\\s?(?:第\\s?${Q}\\s?)?(四半期|(?:3|6|9|12)\\s?[かヶカケ箇]月間?|[三六九][かヶカケ]月間?|十二[かヶカケ]月間?|会計年度|年度|半期))`,
    (r) => {
      const w = r[5] ?? r[7];
      const n = w ? SPAN_N(w) : 3;
      return per(
        endingOn(
          +r[1]!,
          +r[2]!,
          +r[3]!,
          n,
          n === 12 ? (/[かヶカケ箇]月/.test(w ?? '') ? '12 months' : 'fiscal year') : n === 6 ? 'six months' : n === 3 ? 'quarter' : `${n} months`,
        ),
      );
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
      return per(endingOn(+r[1]!, +r[2]!, d, n, n === 12 ? 'fiscal year' : n === 6 ? 'six months' : n === 3 ? 'quarter' : `${n} months`));
    },
  ),
  // 2026年3月期第2四半期 / 2025年3月期 第3四半期累計 / 第2四半期(中間) / 2026年3月期上期・中間期 / 2025年12月期2Q (決算短信,
  // brokers' notes: the year ending that month)
  P(
    '0',
    `${Y}\\s?年\\s?(\\d{1,2})\\s?月\\s?期\\s?(?:の)?\\s?(?:第\\s?${Q}\\s?四半期\\s?(累計|累積|[(（]\\s?中間期?\\s?[)）])?|(上期|上半期|中間期|第2四半期累計|下期|下半期|通期)|([1-4])\\s?q(?![a-z0-9])|q([1-4])(?![a-z0-9]))`,
    // (a 決算短信 reports each quarter cumulatively from the start of the year: 第3四半期 = its first nine months)
    (r) => per(fiscalPart(+r[1]!, +r[2]!, r[3] ? num(r[3]) : +(r[6] ?? r[7] ?? 0), !!r[4] || (!!r[3] && (TANSHIN.test(r.input) || halfNamedAfter(r))), r[5])),
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
  // 2023年12月期本決算 / 2024年6月期通期 / 2024年12月期決算: the whole fiscal year ending that month (本決算,
  // 通期, 決算: not a quarter; 2024年12月期決算(第4四半期) is the quarter)
  P('0', `${Y}\\s?年\\s?(\\d{1,2})\\s?月\\s?期\\s?(?:の)?\\s?(?=${FY_AFTER})`, (r) =>
    valid(+r[1]!, +r[2]!) ? per(monthsEnding(+r[1]!, +r[2]!, 12, `fiscal year ended ${r[1]}-${pad(+r[2]!)}`)) : null,
  ),
  P('0', `${Y}\\s?年\\s?(\\d{1,2})\\s?月\\s?(?:の)?\\s?(期|四半期)(?!末)`, (r) =>
    valid(+r[1]!, +r[2]!) ? per(monthsEnding(+r[1]!, +r[2]!, 3, `quarter${r[3] === '期' ? ' (or fiscal year)' : ''} ended ${r[1]}-${pad(+r[2]!)}`)) : null,
  ),
  // 2022年から2025年6月まで / 22年から25年6月末まで: the months from the start of the first year to the month named
  P('0', `((?:19|20)?\\d{2})\\s?年\\s?から\\s?((?:19|20)?\\d{2})\\s?年\\s?(\\d{1,2})\\s?月\\s?(?:末)?\\s?(?:まで|にかけて)`, (r) => {
    const [y1, y2] = [year2(r[1]!), year2(r[2]!)];
    const before = r.input.slice(Math.max(0, r.index - 1), r.index);
    return !/[0-9.,]/.test(before) && y1 >= 1990 && y1 <= y2 && y2 < 2100 && valid(y2, +r[3]!)
      ? per(months(y1, 1, y2, +r[3]!, `${y1}-01..${y2}-${pad(+r[3]!)}`))
      : null;
  }),
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
  P(
    '0',
    `(\\d{2})\\s?年\\s?(\\d{1,2})\\s?月\\s?期(?!末)\\s?(?:の)?\\s?(?:第\\s?${Q}\\s?・?\\s?四半期\\s?(累計|累積|[(（]\\s?中間期?\\s?[)）])?|([1-4])\\s?q(?![a-z0-9]))?`,
    (r) => {
      if (!twoDigitYear(r)) return null;
      const y = 2000 + Number(r[1]);
      const m = +r[2]!;
      if (!valid(y, m)) return null;
      const q = r[3] ? num(r[3]) : r[5] ? +r[5] : 0;
      if (q) return per(fiscalPart(y, m, q, !!r[4] || TANSHIN.test(r.input)));
      if (m !== 3 && new RegExp(`^\\s?(?:の)?\\s?(?:${FY_AFTER})`).test(r.input.slice(r.index + r[0].length)))
        return per(monthsEnding(y, m, 12, `fiscal year ended ${y}-${pad(m)}`));
      return per(m === 3 ? fiscalYear(y) : monthsEnding(y, m, 3, `quarter (or fiscal year) ended ${y}-${pad(m)}`));
    },
  ),
  // 24年度 / 25年度の: a fiscal year written with two digits (its company's calendar)
  // (26年度上期 / 26年度第2四半期: a half or a quarter of it; 24会計年度 as a translation writes it)
  P('0', `(\\d{2})\\s?(?:会計)?年度(?!比)\\s?(?:の)?\\s?(?:(上半期|下半期|上期|下期)|第\\s?${Q}\\s?・?\\s?四半期)?`, (r) => {
    if (!twoDigitYear(r)) return null;
    const fy = 2000 + Number(r[1]);
    return fiscalMatch(r[2] ? { fy, h: r[2].startsWith('上') ? 1 : 2 } : r[3] ? { fy, q: num(r[3]) } : { fy });
  }),
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
    `(\\d{1,2})\\s?月\\s?(\\d{1,2})\\s?日\\s?(?:(?:締め|締|を期末とする|を末日とする)\\s?(?:の)?\\s?(?:第\\s?${Q}\\s?)?(四半期|(?:3|6|9|12)\\s?[かヶカケ箇]月間?|[三六九][かヶカケ]月間?|十二[かヶカケ]月間?|会計年度|年度|半期)?|(?:に終了した|に終了する|に終わった|に終わる|で終わる|で終了した|終了の|までの)\\s?(?:の)?\\s?(?:第\\s?${Q}\\s?)?(四半期|(?:3|6|9|12)\\s?[かヶカケ箇]月間?|[三六九][かヶカケ]月間?|十二[かヶカケ]月間?|会計年度|年度|半期))`,
    (r) => {
      const w = r[4] ?? r[6];
      return valid(2000, +r[1]!, +r[2]!) ? { kind: 'period', noYear: { m1: +r[1]!, span: w ? SPAN_N(w) : 3, latest: true } } : null;
    },
  ),
];
