// The English dates and periods (its 2024 fiscal year, 2QFY26, the three months through December,
// the second fiscal quarter ended September 30, last quarter, the past four quarters): one pattern
// per shape, tried after the Japanese and Chinese ones.
import { calHalf, calQuarter, day, endingOn, month, monthsEnding, pad, valid, year2 } from './period-spans';
import { EN_DATE1, EN_DATE2, fiscalMatch, monthOf, MONTHS, num, ORD, P, type Pattern, per, Y } from './period-grammar';

/** Before "for the year": a plan, budget or forecast in its clause (raised its forecast for the year, is investing $72bn
 *  in capex for the year). */
const PLAN_BEFORE =
  /\b(?:forecasts?|guidance|outlook|plans?|planned|budget|target|expects?|expected|to (?:invest|spend)|investing|spending plans?|will (?:invest|spend))\b/i;

export const ENGLISH_PATTERNS: Pattern[] = [
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
  // a plan or forecast "for the (full) year" / "for the fiscal year": the year under way (not "for the year
  // ended …", nor a year reported: "revenue for the year rose")
  P(
    'f',
    `for\\sthe\\s(?:full[\\s-]|whole\\s|entire\\s|current\\s)?(fiscal\\s)?year(?![-\\s](?:ended|ending|ago|earlier|before|to[-\\s]date)|\\sto\\s(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|s|'s)`,
    (r) =>
      PLAN_BEFORE.test(
        r.input
          .slice(Math.max(0, r.index - 90), r.index)
          .split(/[.;!?]\s/)
          .pop()!,
      )
        ? { kind: 'period', rel: r[1] ? { type: 'fiscalYear', offset: 0 } : { type: 'year', offset: 0 } }
        : null,
  ),
  // its most recent fiscal year / the latest full year: the last one ended by the date
  P('itl', `(?:its|the|their)\\s(?:most\\srecent|latest|last)\\s(?:full\\s)?(?:fiscal\\s|financial\\s)?year(?![-\\s](?:ended|ending)|s)`, () => ({
    kind: 'period',
    rel: { type: 'fiscalYear', offset: -1 },
  })),
  // quarterly results / earnings / revenue: the quarter the news reports
  // (not an event that dates another figure: "came alongside its quarterly results")
  P('q', `quarterly\\s(?:results|earnings|revenue|revenues|sales|profit|report)\\b`, (r) =>
    /\b(?:alongside|after|ahead of|before|following|since|until|with)\b[^.,;]{0,24}$/i.test(r.input.slice(Math.max(0, r.index - 40), r.index))
      ? null
      : { kind: 'period', rel: { type: 'quarter', from: 'latest' } },
  ),
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
  // over the past year: the twelve months up to the period named last (results news), else the date
  P('tp', `(?:the\\s)?past\\syear(?![s'])`, () => ({ kind: 'period', rel: { type: 'past', months: 12 } })),
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
