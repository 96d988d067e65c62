// The Japanese and Chinese dates and periods without a year or counted from the date (2月24日,
// 7-9月期, 第1四半期, 年初来, 前四半期, 過去4四半期, 今年度): one pattern per shape, in the order
// matchTime tries them after the dated ones; the year comes from the context.
import { valid } from './period-spans';
import { DASH, fiscalMatch, NUM, num, P, PAREN_FQ, PAREN_MONTHS, type Pattern, Q, quarterNoYear, QWORD, Y, YEAR_JUST_NAMED } from './period-grammar';

export const YEARLESS_PATTERNS: Pattern[] = [
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
  // 上半期 / 下半期 / 上期 / 下期 alone, in a report: the latest such half ended by the article's date (in a
  // forecast, 下半期には…見込む, it is a half ahead: vague; not 以上期待 / 以下期間)
  P('上下', `(上半期|下半期|上期|下期)(?!比|間|待)`, (r) => {
    const rest = r.input.slice(r.index, r.input.indexOf('。', r.index) >= 0 ? r.input.indexOf('。', r.index) : r.index + 80);
    if (/[年度以向]\s?(?:の)?\s?$/.test(r.input.slice(Math.max(0, r.index - 3), r.index)) || /見込|予想|計画|見通し|目指|予定|目標|方針|続け|狙/.test(rest))
      return null;
    return { kind: 'period', noYear: r[1]!.startsWith('上') ? { m1: 1, m2: 6, latest: true } : { m1: 7, m2: 12, latest: true } };
  }),
  // 前四半期 / 上季度 / 来四半期 (not 前四半期比: a growth basis)
  P(
    '前上来次翌下',
    `(前四半期|前の四半期|上一季度|上个季度|上個季度|上季度|上一季|上季|来四半期|次の四半期|次四半期|翌四半期|下一季度|下个季度|下個季度|下季度)(?!比|度比|から|と比べ|对比|對比)`,
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
  // 今年三季度 / 去年四季度 (Chinese, no 第): the same calendar quarter of a year counted from the date
  P('今本去前明', `(今年|本年|去年|前年|明年)\\s?(?:的)?\\s?${Q}\\s?(?:季度|财季|財季)`, (r) => {
    const q = num(r[2]);
    return { kind: 'period', noYear: { m1: q * 3 - 2, m2: q * 3, yearOffset: /去|前/.test(r[1]!) ? -1 : /明/.test(r[1]!) ? 1 : 0 } };
  }),
  // 最新季度财报 / 单季 / 当季 (Chinese): the latest quarter ended, the one the results report
  P('最单單当當', `(?:最新\\s?(?:一个|一個|的)?\\s?(?:季度|财季|財季)|单季|單季|当季|當季)(?!度|比|平均|均)`, () => ({
    kind: 'period',
    rel: { type: 'quarter', from: 'latest' },
  })),
  // 今年上半期 / 昨年下期 / 去年上半年
  // (今年度上半期 / 来年度下期: a half of the fiscal year, in its company's calendar)
  P('今本昨去来明', `(今年|本年|昨年|去年|来年|明年)\\s?(の|度)?\\s?(上半期|下半期|上期|下期|上半年|下半年)`, (r) => ({
    kind: 'period',
    rel: {
      type: 'half',
      offset: /昨|去/.test(r[1]!) ? -1 : /来|明/.test(r[1]!) ? 1 : 0,
      h: r[3]!.startsWith('上') ? 1 : 2,
      ...(r[2] === '度' ? { fiscal: true } : {}),
    },
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
  // 来年3月期 / 今年3月期 / 前年12月期: the fiscal year ending in that month of a year counted from the article's
  P('今本昨去前来明', `(今年|本年|昨年|去年|前年|来年|明年)\\s?(\\d{1,2})\\s?月\\s?期(?!\\s?(?:の)?\\s?第)`, (r) =>
    valid(2000, +r[2]!) ? { kind: 'period', noYear: { m1: +r[2]!, span: 12, yearOffset: /昨|去|前/.test(r[1]!) ? -1 : /来|明/.test(r[1]!) ? 1 : 0 } } : null,
  ),
  // 前年通期 / 昨年通期 / 前年の通期: the whole (fiscal) year before the one named last (else the article's)
  P('前昨去', `(?:前年|昨年|去年)\\s?(?:の)?\\s?(?:通期|通年|全年)`, () => ({ kind: 'period', rel: { type: 'fiscalYear', offset: -1, from: 'named' } })),
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
  // (今会計年度 / 前会計年度 / 当会計年度: the same, as machine translations write them)
  P('今本昨来前当翌', `(今年度|本年度|昨年度|来年度|前年度|(?:今|本|当|昨|前|来|翌)会計年度)(?!比|同期|末)`, (r) => ({
    kind: 'period',
    rel: {
      type: 'fiscalYear',
      offset: /^[今本当]/.test(r[1]!) ? 0 : /^[来翌]/.test(r[1]!) ? 1 : -1,
      ...(/^前(?:年度|会計年度)$/.test(r[1]!) ? { from: 'named' as const } : {}),
    },
  })),
  // (not 去年則為4.6%: the same period a year before, of the amount after it)
  P('今本昨去来明', `(今年度|今年|本年|昨年|去年|来年|明年)(?!同期|比|度比|\\s?(?:则|則)\\s?(?:为|為))`, (r) => ({
    kind: 'period',
    rel: { type: 'year', offset: /昨|去/.test(r[1]!) ? -1 : /来|明/.test(r[1]!) ? 1 : 0 },
  })),
  // 今期の最終利益予想 / 今期の見通し: a Japanese company's forecast is for the fiscal year under way, not a quarter
  P('今', `今期(?=[^。！？\\n]{0,30}?(?:予想|見通し|計画|見込|目標))`, () => ({ kind: 'period', rel: { type: 'fiscalYear', offset: 0, from: 'label' } })),
  P('今当こ本该該', `(?:今四半期|当四半期|この四半期|本四半期|本季度|当季度|该季度|該季度|今期)`, () => ({ kind: 'period', rel: { type: 'quarter' } })),
  // 会計年度2026年第2四半期 / 会計年度2026 (translated "fiscal 2026 Q2"): a fiscal label
  P('会', `会計年度\\s?${Y}\\s?年?\\s?(?:の)?\\s?(?:第\\s?${Q}\\s?・?\\s?${QWORD})?`, (r) => fiscalMatch(r[2] ? { fy: +r[1]!, q: num(r[2]) } : { fy: +r[1]! })),
];
