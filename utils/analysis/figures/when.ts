// When a figure is about: year-less dates and relative periods resolved against the article
// date, the period picked from the figure's sentence, and comparatives (前年同期の…) moved back.
import type { Metric, Period } from '../kb/types';
import type { Normalized } from '../text/normalize';
import type { Figure, PeriodFrom } from '../types';
import type { FiscalCalendar } from '../vocabulary/fiscal';
import { RESULTS_METRICS } from '../vocabulary/metrics';
import { firstMonths, fiscalPeriod, matchTime, sameYear, monthSpan, resolveNoYear, resolveRelative, samePeriod, startMs, type Relative } from './periods';

type Via = NonNullable<Figure['via']>;
const STOCK_METRICS = new Set<Metric>(['share_price', 'market_cap', 'turnover', 'price_target', 'share_price_change']);

/** Normalised index of original offset x. */
function toNorm(norm: Normalized, x: number): number {
  let lo = 0;
  let hi = norm.text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (norm.map[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How a time figure got its period: `assumed` when it may be wrong (an inferred year, a relative
 *  phrase), with the resolution the figures that take it carry. */
export interface TimeVia {
  assumed: boolean;
  from: PeriodFrom;
  /** A quarter before or after another (前四半期, last quarter): not passed on to other sentences. */
  comparison?: boolean;
  /** A growth basis (4〜6月期からは9%増, 2024年同期, 前年と比べ): the period compared with, not the one
   *  the sentence reports; not passed on, and no figure's own unless the figure names it (…だった4〜6月期). */
  basis?: boolean;
  /** A span of its own sentence only (年初来, 自…以来の累計): not passed on to other sentences. */
  local?: boolean;
  /** Read from a relative word (今年, 昨年, 過去4四半期), not a label or months. */
  relWord?: boolean;
}

/** The number of a quarter from its label (2016 Q4, FY2026 Q2), else undefined. */
function quarterNumber(p: Period): number | undefined {
  const m = /\bQ([1-4])$/.exec(p.label ?? '');
  return m ? Number(m[1]) : undefined;
}

/** Words that move a text on to a later period: 到第三季度, 进入第四季度. */
const FORWARD_BEFORE = /(?:到了?|进入|進入)\s?$/;
/** 自2024年四季度…以来 / 从…以来: a period a total runs from. */
const SINCE_BEFORE = /(?:自|从|從)\s?$/;
/** After a year: the start of a trend or an event (から続く, 以来, 以降, の上場). */
const EVENT_AFTER =
  /^\s?(?:から(?!\s?(?:は|の)?\s?(?:約|约)?\s?[0-9])|以来|以降|以後|の\s?(?:[^\s。、,，]{0,12}?)(?:上場|設立|創業|創立|発売|買収|ipo)(?:以来|以降|以後|後|前|時))/;
/** Before a year: an event it dates (the first since listing in 2014, since its 2019 IPO, founded in 1999). */
const EVENT_BEFORE =
  /(?:\bsince(?:\s(?:its|the|their|it was))?(?:\s(?:listing|listed|going public|ipo|debut|founding|founded|launch))?(?:\sin)?|\b(?:listed|founded|established|launched|went public|ipo'?d?)(?:\s(?:in|on))?)\s?$/i;
/** まで right after a period (not までの: a span it ends): the end of a span of its own clause. */
const UNTIL_AFTER = /^\s?まで(?!の)/;
/** うち / このうち / そのうち right before a period: a part of the one named before it. */
const SUBSET_BEFORE = /(?:^|[、。,\s])(?:この|その)?うち\s?[、,]?\s?$/;
const SUBSET_HEAD = /(?:^|\n)\s?(?:この|その)?うち\s?[、,]?\s?$/;
const SINCE_AFTER = /^[^。，,;；!?]{0,20}(?:以来|以來)/;
/** 自2021年第二季度以来的首次增长 / 以来最高: the period a record or a first is counted since, no total's start. */
const SINCE_FIRST = /^[^。，,;；!?]{0,20}(?:以来|以來)\s?(?:的|の)?\s?(?:首次|首度|第一次|初めて|初の|最)/;
/** Words after a period that make it the basis of a comparison (2Q25比17%増, 前期(Q2)との比較では,
 *  4-6月期よりも高水準: the period compared with). */
const BASIS_AFTER =
  /^\s?(?:[)）]\s?)?(?:[(（][^()（）]{1,12}[)）]\s?)?(?:(?:から|より)\s?(?:は|の)?\s?(?:約|约)?\s?[0-9]|からは|から\s?(?:赤字|黒字)|(?:と|に)\s?(?:の\s?)?比(?:べ|較|较)|比(?![率重例])|对比|對比|相比|比较|比較|よりも|より\s?(?:高|低|大き|小さ|多|少|増|減|伸|上回|下回)|(?:の)?\s?同(?:期|四半期)|に引き続き|に続き|に続いて)/;

const BASIS_BEFORE_ZH = /(?:比|较|較)\s?$/;
/** Right before year-less months: the year before (前年の7~9月期). */
const PREV_YEAR_OF = /(前年|昨年|去年)\s?(?:の|的)?\s?$/;
/** Before a year: the same quarter of the year named (the quarter named before, a year or more back). */
const SAME_QUARTER_OF = /\bthe same (?:quarter|period|three months)(?: of the year)? (?:of|in|a year earlier in|last year in)\s$/i;
/** Period p moved back by k years. */
function shiftYears(p: Period, k: number): Period {
  const y1 = Number(p.start.slice(0, 4)) - k;
  const y2 = Number(p.end.slice(0, 4)) - k;
  const m2 = Number(p.end.slice(5, 7));
  const end = `${y2}-${p.end.slice(5, 7)}-${String(new Date(Date.UTC(y2, m2, 0)).getUTCDate()).padStart(2, '0')}`;
  return { start: `${y1}${p.start.slice(4)}`, end, label: `${p.label ?? p.start}, ${k} year(s) before` };
}
/** Before a period in English: "from the …", "than the 6% growth in the …", "up from HK$19.4 billion in the …". */
const EN_BASIS_BEFORE =
  /\b(?:(?:from|than|versus|vs\.?|compared (?:with|to))\s(?:the\s)?|(?:from|than|compared (?:with|to)|versus|vs\.?)\s(?:the\s)?(?:about\s|around\s)?(?:[a-z]{0,3}\$|rmb\s?|¥|€)?[0-9][0-9.,]*\s?(?:%|percent|per cent|billion|million|trillion|bn|m)?(?:\s(?:yuan|dollars|yen|growth|increase|rise|gain|decline|drop))?\s(?:recorded\s|reported\s|posted\s|seen\s)?(?:in|for|during)\s(?:the\s)?)$/i;
const GROWTH_AFTER_ZH = /^\s?(?:的\s?)?(?:增长|增長|增加|下降|下滑|减少|減少|上升|提升|同比|[增降减減升跌]|高|低|多|少)/;

/** Is the date or period f (normalised offsets from norm) the basis of a comparison? */
export function isBasis(norm: Normalized, f: Figure): boolean {
  const e = toNorm(norm, f.end);
  return BASIS_AFTER.test(norm.text.slice(e, e + 24));
}

/** The company a time figure at x is about and its fiscal calendar (unknown: no company). */
export type CalendarAt = (x: number) => { cal?: FiscalCalendar; company?: string };

export interface TimeContext {
  norm: Normalized;
  articleDate?: string;
  /** Undated page: the day after the period its precise amounts match in the KB (an anchor only). */
  estimatedDate?: string;
  calendarAt?: CalendarAt;
  /** The original text (its line breaks: paragraphs). */
  text?: string;
}

const later = (a?: string, b?: string) => (!a ? b : !b ? a : a > b ? a : b);
const DEFAULT_NOTE = "company unknown: read with Alibaba's calendar (the year ends 31 March)";
/** Words of a plan or a forecast: "this quarter" in such a sentence is the quarter under way (not
 *  予想を上回る / 高于预期: results against expectations; not 将近: nearly). */
const FUTURE = /計画|予定|見通し|見込|方針|引き上げる|目指|计划|計劃|预计|預計|将(?!近)|將(?!近)|\b(?:plans?|expects?|will|guidance|outlook)\b/;
const SENTENCE_END = /[。！？!?\n]|\.\s/;

/** The normalised sentence around offset i. */
function sentenceAt(s: string, i: number): string {
  let a = i;
  while (a > 0 && i - a < 200 && !SENTENCE_END.test(s.slice(a - 1, a + 1)) && s[a - 1] !== '。') a--;
  const rest = s.slice(i, i + 200);
  const e = rest.search(SENTENCE_END);
  return s.slice(a, e < 0 ? i + 200 : i + e);
}

/** The calendar quarter q that ends the day before an estimated date (the period the KB matched), for
 *  an English label without "fiscal". */
function matchedCalendarQuarter(ctx: TimeContext, f: Figure, q: number): Period | undefined {
  const surface = ctx.text ? ctx.text.slice(f.start, f.end) : '';
  if (!/^[\x20-\x7e]+$/.test(surface) || /fiscal/i.test(surface)) return undefined;
  const d = new Date(ctx.estimatedDate!.slice(0, 10) + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() - 1);
  const c = withYearQuarter(d.getUTCFullYear(), q);
  return c.end === d.toISOString().slice(0, 10) ? c : undefined;
}

/** Calendar quarter q of year y. */
function withYearQuarter(y: number, q: number): Period {
  const m1 = 3 * q - 2;
  const last = new Date(Date.UTC(y, 3 * q, 0)).getUTCDate();
  return { start: `${y}-${String(m1).padStart(2, '0')}-01`, end: `${y}-${String(3 * q).padStart(2, '0')}-${last}`, label: `${y} Q${q}` };
}

/** A year-less quarter in a forecast's sentence or after "current": it may be the quarter under way. */
function aheadQuarter(s: string, i: number): boolean {
  return FUTURE.test(sentenceAt(s, i)) || /\b(?:current|coming)\s(?:fiscal\s)?$/i.test(s.slice(Math.max(0, i - 16), i));
}

/** The day three months after a date: a quarter under way on the date has ended by then. */
function quarterOn(day: string): string {
  const d = new Date(day.slice(0, 10) + 'T00:00:00Z');
  d.setUTCMonth(d.getUTCMonth() + 3);
  return d.toISOString().slice(0, 10);
}

/** "This quarter" in results news is the quarter the article reports (else, outside a plan, the last
 *  one ended by the date: articles come after the quarter closes). "Last quarter" (上季) keeps being
 *  counted from the date: in results news that is the reported quarter too. */
function thisQuarter(
  rel: Extract<Relative, { type: 'quarter' }>,
  anchor: string | undefined,
  reported: Period | undefined,
  sentence: string,
): Period | undefined {
  if (rel.offset || rel.from) return undefined;
  if (reported) return reported;
  if (FUTURE.test(sentence)) return undefined;
  return resolveRelative({ type: 'quarter', from: 'latest' }, anchor);
}

/** Resolves fiscal labels with their company's calendar, year-less dates and relative periods
 *  against the article's date; returns how each time figure got its period. */
export function resolveTimes(figures: Figure[], ctx: TimeContext): Map<Figure, TimeVia> {
  const via = new Map<Figure, TimeVia>();
  const anchorFig = figures.find((f) => f.kind === 'date' && f.period && f.period.start === f.period.end);
  const anchor = ctx.articleDate ?? ctx.estimatedDate ?? anchorFig?.period?.start;
  const dateNote = ctx.articleDate
    ? `the article's date (${ctx.articleDate.slice(0, 10)})`
    : ctx.estimatedDate
      ? `a date estimated from the KB facts its figures match (${ctx.estimatedDate})`
      : anchor
        ? `the first date in the text (${anchor})`
        : '';
  // calendar quarters named with their year, in text order (for a year-less one above them)
  const ahead = figures.filter((f) => f.kind === 'period' && f.period && monthSpan(f.period) === 3 && /\bQ[1-4]$/.test(f.period.label ?? ''));
  let lastQuarter: Period | undefined;
  // the quarter the article reports: the first one named by a label, "this quarter" or 上季
  let reported: Period | undefined;
  let lastEnd: string | undefined; // end of the last stated period
  const namedSpans: Period[] = []; // the stated periods with their year, in text order
  for (const f of figures) {
    if (f.kind !== 'date' && f.kind !== 'period') continue;
    const m = matchTime(ctx.norm.text, toNorm(ctx.norm, f.start));
    let p: Period | undefined = f.period;
    let v: TimeVia = { assumed: false, from: { how: 'explicit' } };
    if (m?.fiscal) {
      const c = ctx.calendarAt?.(f.start) ?? {};
      p = fiscalPeriod(m.fiscal, c.cal);
      v = { assumed: !c.cal, from: { how: 'fiscal', ...(c.company ? { company: c.company } : {}), ...(c.cal ? {} : { note: DEFAULT_NOTE }) } };
    } else if (m?.rel) {
      const word = m.rel.type === 'quarter' ? thisQuarter(m.rel, anchor, reported, sentenceAt(ctx.norm.text, toNorm(ctx.norm, f.start))) : undefined;
      const ytdCal = m.rel.type === 'firstMonths' ? ctx.calendarAt?.(f.start) : undefined;
      p =
        m.rel.type === 'firstMonths'
          ? firstMonths(m.rel.n, lastEnd && anchor && lastEnd > anchor ? lastEnd : (anchor ?? lastEnd), ytdCal?.cal ?? 'calendar')
          : (word ?? resolveRelative(m.rel, anchor, lastQuarter, lastEnd, m.rel.type === 'fiscalYear' ? ctx.calendarAt?.(f.start).cal : undefined));
      const quarterNamed = m.rel.type === 'quarter' && (!!lastQuarter || !!reported);
      v = {
        assumed: !ctx.articleDate && !quarterNamed,
        from: { how: 'relative', note: quarterNamed ? 'from the quarter named before' : `relative to ${dateNote}` },
      };
      if (m.rel.type !== 'year' && m.rel.type !== 'quarter') v.assumed = true;
      // (Q1~Q3 / 前三季度: a span's label whose year is read from the date, carried on like a quarter's)
      v.relWord = m.rel.type !== 'firstMonths';
      // (年初来, 直近1年, 過去12カ月: a span of its own clause, not the period of the sentences after it)
      if (m.rel.type === 'ytd' || m.rel.type === 'past') v.local = true;
      // 上季 / this quarter that names the reported quarter passes on; the quarter before or after it does not
      if (m.rel.type === 'quarter' && p) {
        const k = m.rel.offset ?? 0;
        v.comparison = reported ? !samePeriod(p, reported) : m.rel.from === 'named' || k > 0;
        if (!reported && !v.comparison) reported = p;
      }
    } else if (m?.noYear?.dayOnly && !ctx.articleDate && !ctx.estimatedDate) {
      continue; // 2日、 needs the article's own date, not a caption's
    } else if (m?.noYear?.fq && !m.noYear.fiscalEnd && reported && quarterNumber(reported) === m.noYear.fq) {
      // 2016年第4四半期(10-12月)の決算を発表。第4四半期の収入は…: the quarter just named
      p = reported;
      v = { assumed: false, from: { how: 'inherited', note: 'the quarter of that number named before' } };
    } else if (m?.noYear) {
      const c = m.noYear.fq ? (ctx.calendarAt?.(f.start) ?? {}) : {};
      // without the article's date: the later of the last period named and the first date in the text
      let at = ctx.articleDate ?? ctx.estimatedDate ?? (m.noYear.latest || m.noYear.fq ? later(lastEnd, anchor) : undefined);
      // 预计第四季度营收… / the current fiscal first quarter: a quarter of a forecast may be the one under way
      if (at && ctx.articleDate && m.noYear.fq && !m.noYear.fiscalEnd && aheadQuarter(ctx.norm.text, toNorm(ctx.norm, f.start))) at = quarterOn(at);
      // (an estimated date is only the day after a period the KB matched: the quarter after it may be the one reported)
      if (at && !ctx.articleDate && ctx.estimatedDate && at === ctx.estimatedDate && m.noYear.fq && !m.noYear.fiscalEnd) at = quarterOn(at);
      // "third-quarter revenue" in English on an undated page whose amounts the KB matched to the calendar
      // quarter of that number: the calendar quarter (a fiscal label says "fiscal")
      const calMatched =
        ctx.estimatedDate && !ctx.articleDate && m.noYear.fq && !m.noYear.fiscalEnd && c.cal && c.cal !== 'calendar'
          ? matchedCalendarQuarter(ctx, f, m.noYear.fq)
          : undefined;
      // read from the period named before (no date): the same (fiscal) year as that period, not the
      // latest one ended by its end (2025年上半年…第三季度 is 2025's third quarter)
      const fromNamed = !ctx.articleDate && !ctx.estimatedDate && !!lastEnd && at === lastEnd;
      // 2018年10-12月期決算…10-12月期の営業利益: the same months named with their year before
      const n = m.noYear;
      const sameMonths =
        n.m2 !== undefined && !n.fq && !n.span && !n.quarterEnd && n.yearOffset === undefined
          ? [...namedSpans].reverse().find((q) => Number(q.start.slice(5, 7)) === n.m1 && Number(q.end.slice(5, 7)) === n.m2)
          : undefined;
      // (one after that period only when the text moves on to it: 然而到第三季度, 7〜9月期に入ると)
      const same = fromNamed && !p ? sameYear(m, lastEnd!, c.cal) : undefined;
      const na = toNorm(ctx.norm, f.start);
      const onward = FORWARD_BEFORE.test(ctx.norm.text.slice(Math.max(0, na - 4), na));
      if (calMatched) p = calMatched;
      else if (sameMonths) p = sameMonths;
      else if (same && (same.start <= lastEnd! || onward)) p = same;
      else if (fromNamed && !p) p = resolveNoYear(m, at!, c.cal, false);
      else if (at && (ctx.articleDate || !p)) p = resolveNoYear(m, at, c.cal, !!ctx.articleDate) ?? p;
      else if (!p && anchor) p = resolveNoYear(m, anchor, c.cal, false);
      // 3Qは47%増益 atop an undated page, before any period is named: the same quarter named with its
      // year further down (2024年第3四半期(7~9月)), for a calendar-year company
      const below = !p && !at && !anchor && m.noYear.fq && (!c.cal || c.cal === 'calendar');
      if (below) p = ahead.find((a) => a.start > f.start && quarterNumber(a.period!) === m.noYear!.fq)?.period;
      // (else the year of the first quarter named below: third-quarter results, then "from … in the second
      // quarter of 2025" is 2025's third quarter; the one after it when the quarter would end before it)
      const near = below && !p ? ahead.find((a) => a.start > f.start) : undefined;
      if (near) {
        const y = Number(near.period!.start.slice(0, 4));
        p = [y, y + 1].map((yy) => withYearQuarter(yy, m.noYear!.fq!)).find((q) => q.end >= near.period!.end);
      }
      // 前年の7~9月期 / 昨年の10-12月期: the same months a year before those named (else the date's)
      // (昨年 / 去年 count from the date: a year before the months named this year only)
      const prevOf = PREV_YEAR_OF.exec(ctx.norm.text.slice(Math.max(0, na - 5), na));
      if (p && prevOf && n.yearOffset === undefined && !n.fq && (prevOf[1] === '前年' || sameMonths)) p = shiftYears(p, 1);
      // 上半期 / 下半期 of a company whose year does not end in December: its fiscal half (アリババの上半期 =
      // April to September), the latest one ended by the date
      const halfCal = /^(?:上半期|下半期)$/.test(ctx.norm.text.slice(toNorm(ctx.norm, f.start), toNorm(ctx.norm, f.end)))
        ? ctx.calendarAt?.(f.start).cal
        : undefined;
      const halfDay = ctx.articleDate ?? ctx.estimatedDate ?? lastEnd ?? anchor;
      if (p && halfCal && halfCal !== 'calendar' && halfDay) {
        const h = p.start.slice(5, 7) === '01' ? 1 : 2;
        const y0 = Number(halfDay.slice(0, 4));
        for (const fy of [y0 + 1, y0, y0 - 1]) {
          const q = fiscalPeriod({ fy, h }, halfCal);
          if (q.end <= halfDay.slice(0, 10)) {
            p = q;
            break;
          }
        }
      }
      const whence = sameMonths
        ? 'the same months named with their year before'
        : ctx.articleDate
          ? dateNote
          : at === lastEnd && lastEnd
            ? `the period named before (to ${lastEnd})`
            : below && p
              ? near
                ? 'the year of the quarter named below'
                : 'the same quarter named with its year below'
              : dateNote;
      v = {
        assumed: true,
        from: m.noYear.fq
          ? { how: 'fiscal', ...(c.company ? { company: c.company } : {}), note: `year from ${whence}${c.cal ? '' : `; ${DEFAULT_NOTE}`}` }
          : { how: 'relative', note: `year from ${whence || 'the dates before it'}` },
      };
    } else if (p && /or fiscal year/.test(p.label ?? '')) {
      v.assumed = true;
    }
    if (!p) continue;
    // 自2024年四季度…以来累计: from that period's start to the end of the period named last (else the date)
    const na = toNorm(ctx.norm, f.start);
    const nb = toNorm(ctx.norm, f.end);
    const sinceFirst = f.kind === 'period' && !m?.rel && SINCE_FIRST.test(ctx.norm.text.slice(nb, nb + 24));
    if (
      f.kind === 'period' &&
      !m?.rel &&
      !sinceFirst &&
      SINCE_BEFORE.test(ctx.norm.text.slice(Math.max(0, na - 3), na)) &&
      SINCE_AFTER.test(ctx.norm.text.slice(nb, nb + 24))
    ) {
      const end = lastEnd && lastEnd > p.end ? lastEnd : anchor && anchor.slice(0, 10) > p.end ? anchor.slice(0, 10) : undefined;
      if (end) {
        p = { start: p.start, end, label: `since ${p.label ?? p.start} to ${end}` };
        v = { assumed: true, local: true, from: { how: 'relative', note: `a total since ${p.start}, to ${end}` } };
      }
    }
    // うち4~6月期は…: a part of the period named before, for its own clause only
    // (このうち第4四半期の… heading a paragraph: the period of that paragraph's sentences)
    if (
      f.kind === 'period' &&
      SUBSET_BEFORE.test(ctx.norm.text.slice(Math.max(0, na - 6), na)) &&
      !(ctx.text && SUBSET_HEAD.test(ctx.text.slice(Math.max(0, f.start - 8), f.start)))
    )
      v.local = true;
    f.period = p;
    f.value = startMs(p);
    if (f.kind === 'period' && BASIS_AFTER.test(ctx.norm.text.slice(toNorm(ctx.norm, f.end), toNorm(ctx.norm, f.end) + 16))) v.basis = true;
    if (sinceFirst) v.basis = true;
    // "an increase of 14.9% from the third quarter of 2024", "faster than the 6% growth in the second
    // quarter": the period a change is counted from, not the one the sentence reports
    if (f.kind === 'period' && EN_BASIS_BEFORE.test(ctx.norm.text.slice(Math.max(0, na - 60), na))) v.basis = true;
    // 比2021年第三季度增长11.4% / 较2024年四季度下降: the period a change is counted from
    if (
      f.kind === 'period' &&
      !m?.rel &&
      BASIS_BEFORE_ZH.test(ctx.norm.text.slice(Math.max(0, na - 2), na)) &&
      GROWTH_AFTER_ZH.test(ctx.norm.text.slice(nb, nb + 8))
    )
      v.basis = true;
    // "in the same quarter of 2024": the months of the quarter named before, in that year; a comparison
    if (f.kind === 'period' && lastQuarter && /^\d{4}$/.test(p.label ?? '') && SAME_QUARTER_OF.test(ctx.norm.text.slice(Math.max(0, na - 40), na))) {
      const back = Number(lastQuarter.start.slice(0, 4)) - Number(p.label);
      if (back > 0) {
        p = shiftYears(lastQuarter, back);
        f.period = p;
        f.value = startMs(p);
        v = { assumed: false, comparison: true, from: { how: 'explicit', note: 'the same quarter in the year named' } };
      }
    }
    // 2024年から続く投資 / 2019年の香港上場以来: a year an event or a trend starts, no period of amounts
    if (
      f.kind === 'period' &&
      /^\d{4}$/.test(p.label ?? '') &&
      (EVENT_AFTER.test(ctx.norm.text.slice(nb, nb + 12)) || EVENT_BEFORE.test(ctx.norm.text.slice(Math.max(0, na - 32), na)))
    )
      v.basis = true;
    // 17年7-9月期まで増収率が50%を超えていた: the end of a span of its own clause
    if (f.kind === 'period' && UNTIL_AFTER.test(ctx.norm.text.slice(nb, nb + 6))) v.local = true;
    via.set(f, v);
    if (v.basis || v.local) continue;
    if (f.kind === 'period' && !v.assumed && !m?.rel && !m?.noYear && monthSpan(p) < 12) namedSpans.push(p);
    if (f.kind === 'period' && monthSpan(p) === 3 && !m?.rel) {
      lastQuarter = p;
      reported ??= p;
    }
    if (f.kind === 'period' && !v.assumed) lastEnd = p.end;
  }
  return via;
}

// (去年同期亏损29亿元, 去年同期为净流入137亿元: a short word of what it was may come between)
const PREV_YEAR_BEFORE =
  /(?:(?:前年同期実績|前年実績|前年同期|前年同時期|前年同四半期|前年同月|前年度|前年の同じ時期|前年の同時期|昨年の同じ時期|前年|昨年同期|昨年|去年同期|上年同期|去年|一年前|1年前|a year (?:earlier|ago)|((?:19|20)\d{2})\s?(年\s?度|财年|財年|年)\s?同期)(?:の|は|的|为|為|则为|則為|of|:|：|(?:の実績|の水準)?\s?[(（]|(?:为|為)?(?:亏损|虧損|盈利|净流入|淨流入|净流出|淨流出|录得|錄得|蝕|蚀))|(?<![比較较])(?:上年同期|去年同期))\s?(?:約|约|about)?\s?$/i;
/** 去年同期經營利潤120億元 / 而去年同期为净亏损人民币28亿元: a line item's amount of the same period a year
 *  before (not 较去年同期增长: a growth compared with it). */
const PREV_YEAR_ITEM_ZH = /(?<![比較较对對与與和])(?:去年同期|上年同期|前年同期)(?:的)?([\u4e00-\u9fff]{1,8}?)?\s?(?:人民币|人民幣|约|約)?\s?$/;
const GROWTH_ZH = /[增長长降减減升跌比较較]/;
/** 前年同期の63億元(同18.25元) / 438億元(前年同期277億元)、売上高は2365億元(同2248億元): the bracketed 同 amount
 *  is of the same earlier period. */
const PREV_YEAR_SAME_BRACKET =
  /(?:(?:前年同期|前年同四半期|昨年同期|去年同期|上年同期)(?!比)の\s?[^()（）。、,，]{0,24}|[(（]\s?(?:前年同期|前年同四半期|昨年同期|去年同期|上年同期)(?!比)[^()（）]{0,16}[)）][^。]{0,40})[(（][^()（）]{0,12}?同\s?$/;
/** 去年同期に…10億元の収益を得た: a clause that a year-before period heads (not 前年同期に比べ: a basis). */
const PREV_YEAR_CLAUSE = /(?:前年同期|前年同四半期|昨年同期|去年同期|上年同期)(?:に|には|において)(?!\s?(?:比|対|くら|較|続))[^。！？!?]{0,40}$/;
/** "to 4.6% from 3.8% year-over-year": the amount a change is counted from, a year before. */
const FROM_YOY_BEFORE = /\bfrom\s?$/i;
const FROM_YOY_AFTER = /^\s?(?:year[-\s](?:over|on)[-\s]year|yoy\b|y\/y|in the (?:same|year-ago) (?:quarter|period))/i;
/** 前年同期の93~99%増: a growth over the year before, of the figure's own period (not 前年同期の9%増から: its rate then). */
const OWN_GROWTH = /%\s?(?:の)?\s?(?:増|減|上昇|低下|伸び)(?!\S{0,4}(?:から|を上回|を下回|より))/;
/** 前年同期の売上高は2365億元 / 前年同期の純損益が…: the line item of the same period a year before. */
const PREV_YEAR_ITEM = /(?:前年同期|前年同四半期|昨年同期|去年同期|上年同期)の\s?[^\s。、,，;；0-9()（）]{1,12}?(?:は|が)\s?(?:約|约)?\s?$/;
/** "AからBに減少", "从A增至B", "from A to B": A is the earlier period's (a year before, or a quarter
 *  with a sequential basis in the sentence). */
const FROM_JA =
  /^\s?(?:[(（][^()（）]{1,24}[)）])?\s?から\s?(?:約|约)?\s?[0-9][^。、,，;；]{0,24}?(?:に|へ)(?:減少|増加|拡大|縮小|低下|上昇|増|減|伸び|落ち込|悪化|改善|膨ら)/;
const FROM_ZH_BEFORE = /从\s?(?:约|約)?\s?$/;
const FROM_ZH_AFTER =
  /^\s?(?:[(（][^()（）]{1,24}[)）])?\s?(?:增至|增长至|增長至|增加至|增长到|降至|下降至|减少至|減少至|减至|升至|跌至|提升至|下滑至|增到|降到)/;
const SEQUENTIAL = /前期比|前四半期比|環比|环比|按季|sequential|quarter[-\s]on[-\s]quarter|quarter[-\s]over[-\s]quarter/i;
const PREV_YEAR_AFTER =
  /^\s?(?:(?:in|for) the (?:same|year-ago) (?:quarter|period)(?: a year (?:earlier|ago)| last year)?|a year (?:earlier|ago)|in the year-ago (?:quarter|period)|(?:\(|（)前年同期(?:\)|）))/i;
const PREV_YEAR_TOPIC =
  /^\s*(?:なお|また|一方)?[、,]?\s?(?:(?:前年同期|前年同四半期|昨年同期|前年の同じ時期|前年)(?:は|には)|(?:前年同期|前年同四半期|昨年同期)\s?[:：])|^\s*(?:a year (?:earlier|ago)|in the year-ago (?:quarter|period)|in the same (?:quarter|period) (?:last year|a year (?:earlier|ago)|of (?:the previous|last) year))(?:,|\s(?:it|they|the company|revenue|sales|net income|profit)\s(?:was|were|had|stood|came|totaled|totalled|reported|posted))/i;
const PREV_QUARTER_BEFORE = /(?:前四半期|前期|上季度|上一季度|the previous quarter|the prior quarter)(?:の|は|的|为|為)?\s?$/i;
/** 前期は… / 前期の純損益は… at the head of a sentence: it is about the period before (前期: the one before
 *  of the same length, a year before a fiscal year; 前四半期: the quarter before). */
const PREV_PERIOD_TOPIC = /^\s*(?:なお|また|一方)?[、,]?\s?(前期|前の期|前四半期)(?:の[^。、,，]{0,12}?)?(?:は|には)/;

/** "前年同期の2,365億元", "RMB236.5 billion a year earlier": the figure is about an earlier period.
 *  Returns whether it moved the period (not when its period is the comparison's own words: 前四半期の…). */
export function shiftComparative(f: Figure, text: string, via: Via, pick?: Figure): boolean {
  if (!f.period) return false;
  // 前年度は9411億元: the period is that word's own, already the year before
  if (pick && pick.end <= f.start && f.start - pick.start <= 20 && /^(?:前年度|昨年度|前年|昨年|去年|上年)$/.test(text.slice(pick.start, pick.end)))
    return false;
  const before = text.slice(Math.max(0, f.start - 20), f.start);
  const after = text.slice(f.end, f.end + 60);
  let prev = PREV_YEAR_BEFORE.exec(before);
  // (前年同期の93~99%増の見通し: the growth of the period the sentence is about)
  if (prev && f.kind === 'percent' && OWN_GROWTH.test(text.slice(f.start, f.end + 8))) prev = null;
  const zh = f.kind === 'money' ? PREV_YEAR_ITEM_ZH.exec(before) : null;
  const zhItem = !!zh && !GROWTH_ZH.test(zh[1] ?? '');
  const wide = text.slice(Math.max(0, f.start - 60), f.start);
  const earlier =
    zhItem || PREV_YEAR_SAME_BRACKET.test(wide) || (!pick && PREV_YEAR_CLAUSE.test(wide)) || (FROM_YOY_BEFORE.test(before) && FROM_YOY_AFTER.test(after));
  // 較2024年同期的230億元: the same months of the year named (when it is before the figure's own)
  // (2024年度同期: counted from the fiscal year of the figure's own period when its label names one)
  const fy = prev?.[2] && !/^年$/.test(prev[2]) ? /^FY(\d{4})/.exec(f.period.label ?? '')?.[1] : undefined;
  const years = prev?.[1] ? Number(fy ?? f.period.start.slice(0, 4)) - Number(prev[1]) : 1;
  if (years < 1) return false;
  // なお前年同期は…274億元の特別利益を計上していた / A year earlier, …: the sentence is about the year before
  const sa = Math.max(text.lastIndexOf('。', f.start - 1), text.lastIndexOf('\n', f.start - 1), text.lastIndexOf('. ', f.start - 1)) + 1;
  const head = text.slice(sa, f.start);
  // (not inside a bracket that turns to the current period: (当期の株式報酬費用は57%減の71億元))
  const topic = head.length <= 80 && PREV_YEAR_TOPIC.test(head) && !pick && !/当期|今期|本期|当四半期|[(（][^)）]*$/.test(head);
  // 前期 is the period before of the same length: a year before a (fiscal) year, a half before a half
  const span = monthSpan(f.period);
  const prevSpan = (word: string) => (/^前(?:の)?期/.test(word) && (span === 6 || span === 12) ? span : 3);
  const prevTopic = !pick && head.length <= 80 ? PREV_PERIOD_TOPIC.exec(head) : null;
  const prevWord = PREV_QUARTER_BEFORE.exec(before)?.[0];
  let back =
    prev || PREV_YEAR_AFTER.test(after) || topic || PREV_YEAR_ITEM.test(before) || earlier
      ? 12 * years
      : prevWord
        ? prevSpan(prevWord)
        : prevTopic
          ? prevSpan(prevTopic[1]!)
          : 0;
  if (!back && !pick && (f.kind === 'money' || f.kind === 'percent') && (FROM_JA.test(after) || (FROM_ZH_BEFORE.test(before) && FROM_ZH_AFTER.test(after)))) {
    const sentence = text.slice(Math.max(0, f.start - 60), f.end + 60);
    back = SEQUENTIAL.test(sentence) ? 3 : 12;
  }
  if (!back) return false;
  if (pick && back === 3 && pick.end <= f.start && PREV_QUARTER_BEFORE.test(text.slice(pick.start, f.start))) return false;
  const s = new Date(f.period.start + 'T00:00:00Z');
  const e = new Date(f.period.end + 'T00:00:00Z');
  s.setUTCMonth(s.getUTCMonth() - back);
  const e2 = new Date(Date.UTC(e.getUTCFullYear(), e.getUTCMonth() - back + 1, 0));
  f.period = { start: s.toISOString().slice(0, 10), end: e2.toISOString().slice(0, 10), label: `${back} months before ${f.period.label ?? f.period.start}` };
  via.period = 'assumed';
  return true;
}

/** Between an amount and the period it describes: 36億元の黒字だった(4〜6月期), 1億元の赤字であった(前期). */
const NAMES_PERIOD = /^\s?(?:の\s?(?:黒字|赤字|純利益|純損失|利益|損失|売上高?))?\s?(?:だった|であった|を計上した)\s?$/;
const MONTH_OF = /^\s?(?:単月|单月)?\s?(?:の|的|中|内|期间|期間)/;
/** 9月が0.7%と前年同月の6.4%: a month whose topic marker the figure follows, or one a later 同月 points back to. */
const MONTH_TOPIC = /^\s?(?:が|は)\s?(?:約|约)?\s?$|^\s?(?:が|は)[^。、,，]{0,16}?(?:と|、)\s?前年同月の\s?(?:約|约)?\s?$/;
const COMPARED = /を上回|を超え|を下回|より|から|超过|超過|高于|高於|低于|低於|多于|少于|\b(?:than|above|below|exceed)/;
/** (2025年8月、Statcounterによる) / (2025年8月時点): a month in brackets dates the figures around it. */
/** Between a basis amount and the change counted from it: its conversion in brackets, then から / より. */
const FROM_AMOUNT = /^\s?(?:[(（][^()（）。]{0,30}[)）])?\s?(?:から|より)\s?$/;
const PAREN_BEFORE = /[(（]\s?$/;
const PAREN_MONTH_AFTER = /^\s?(?:[、,，)）]|時点|时点|現在|现在|末)/;
const EN_LINK = /^(?:[\x20-\x7e\s]*\b(?:for|in|during|over|through)\s+(?:(?:the|its|fiscal)\s+)*|\s+)$/;
/** Between an amount and the period it is of: "(US$1.4 billion) in the", " growth recorded in the". */
const EN_OWN = /^\s*(?:[(（][^()（）]{0,30}[)）]\s*)?(?:[a-z]+\s+){0,2}?(?:for|in|during)\s+(?:(?:the|its)\s+)*$/i;
const EN_ITEM_AFTER = /^\s(?:capex|capital expenditures?|capital spending|revenue|sales|net income|profit|earnings|spending)\b/i;
/** A year right before the noun of the amount: "2025 capex up to ~$93B", "its 2026 revenue of $5 billion". */
const EN_ATTRIB =
  /^\s(?:capex|capital expenditures?|capital spending|revenue|sales|net income|profit|earnings|spending)\s(?:[a-z][a-z-]*\s){0,2}?(?:(?:up to|to|of|at|as much as|about|around|nearly|was|were|is|reached|hit)\s)*~?$/i;

const PREV_QUARTER_WORD = /^(?:前四半期|前の四半期|上一季度|上个季度|上個季度|上季度|上一季|上季)/;

/** The period for a figure among the sentence's dates and periods. */
export function pickPeriod(
  all: Figure[],
  f: Figure,
  text: string,
  others: Figure[],
  metric?: Metric,
  comparison?: (t: Figure) => boolean,
  basis?: (t: Figure) => boolean,
  local?: (t: Figure) => boolean,
): Figure | undefined {
  // "36億元の黒字だった4〜6月期から", "165億元の赤字だった21年7〜9月期と比べ": the amount names the period after it
  const named = all.find((t) => t.kind === 'period' && t.start >= f.end && NAMES_PERIOD.test(text.slice(f.end, t.start)));
  if (named) return named;
  // "19.1 billion yuan in the second quarter" after "down from": the period compared with is the own
  // period of the amount right before it
  const basisOwn = basis
    ? all.find(
        (t) =>
          basis(t) &&
          t.kind === 'period' &&
          t.start >= f.end &&
          t.start - f.end <= 40 &&
          EN_OWN.test(text.slice(f.end, t.start)) &&
          !others.some((o) => o.start >= f.end && o.end <= t.start && o.kind !== 'date' && o.kind !== 'period'),
      )
    : undefined;
  if (basisOwn) return basisOwn;
  if (basis) all = all.filter((t) => !basis(t));
  // 年初至今股价上涨592%: a span of its own clause reaches only the figures right after it
  if (local) all = all.filter((t) => !local(t) || (t.end <= f.start && f.start - t.end <= 40));
  // a month is the figure's period when it qualifies it (3月のMAU), not when it dates an event
  // (3月に公表した, 本年2月、…宣布): those are announcements
  // a day (9月30日までの, 20日の発表) is never the period of reported results (a funding round may
  // take its day)
  const flow = !!metric && RESULTS_METRICS.has(metric);
  const list = all.filter(
    (t) =>
      !(
        t.kind === 'date' &&
        t.period &&
        monthSpan(t.period) === 1 &&
        t.period.start !== t.period.end &&
        !MONTH_OF.test(text.slice(t.end, t.end + 4)) &&
        !(t.end <= f.start && MONTH_TOPIC.test(text.slice(t.end, f.start))) &&
        !(PAREN_BEFORE.test(text.slice(t.start - 2, t.start)) && PAREN_MONTH_AFTER.test(text.slice(t.end, t.end + 3)))
      ) && !(flow && t.period && t.period.start === t.period.end),
  );
  if (!list.length) return undefined;
  // 8月が1.5%: the month the figure is stated for, before any quarter of the sentence
  const topic = list.find(
    (t) => t.kind === 'date' && t.period && monthSpan(t.period) === 1 && t.end <= f.start && MONTH_TOPIC.test(text.slice(t.end, f.start)),
  );
  if (topic) return topic;
  // "2025年の1500億元を上回る1600億元": a period bound to the amount this one is compared with is not its own
  // ("21年の5601億元から1%下がった": the year-ago amount a change is counted from is bound too)
  const bound = (t: Figure) =>
    others.some(
      (o) =>
        (o.kind === f.kind || (f.kind === 'percent' && o.kind === 'money' && FROM_AMOUNT.test(text.slice(o.end, f.start)))) &&
        o.start >= t.end &&
        o.end <= f.start &&
        /^\s?(?:の|的)?\s?(?:(?:前年同期|前年同月|前年|前期)比|同)?\s?$/.test(text.slice(t.end, o.start)) &&
        COMPARED.test(text.slice(o.start, f.start)),
    );
  // 較上季損失147億元擴大；經營利潤率負100.9%: a quarter compared with reaches the amount right after it only
  const passed = (t: Figure) =>
    !!comparison?.(t) &&
    PREV_QUARTER_WORD.test(text.slice(t.start, t.end)) &&
    others.some((o) => o.start >= t.end && o.end <= f.start && (o.kind === 'money' || o.kind === 'percent'));
  const before = list.filter((t) => t.end <= f.start && !bound(t) && !passed(t));
  // ("raising 2025 capex to ~$93B": a year heading a line item is the period of the amount after it)
  const attributive = (t: Figure) => EN_ITEM_AFTER.test(text.slice(t.end, t.end + 28));
  const after = list.filter((t) => t.start >= f.end);
  const attrib = before.find((t) => t.kind === 'period' && /^\d{4}$/.test(t.period?.label ?? '') && EN_ATTRIB.test(text.slice(t.end, f.start)));
  if (attrib) return attrib;
  const kinds: Array<Figure['kind']> = metric && STOCK_METRICS.has(metric) ? ['date', 'period'] : ['period', 'date'];
  // English puts the period after the amount: "RMB 36 billion for 2026", "spent ... in 2025"
  const linked = after.find(
    (t) =>
      t.start - f.end <= 60 &&
      EN_LINK.test(text.slice(f.end, t.start)) &&
      !others.some(
        (o) => o.start >= f.end && o.end <= t.start && (o.kind === 'money' || o.kind === 'percent') && !/[(（]\s?$/.test(text.slice(f.end, o.start)),
      ),
  );
  if (linked) return linked;
  // an English sentence that names its period after the amounts: "jumped 34% to RMB39.8 billion
  // ($5.62 billion) for its second fiscal quarter ended September 30"
  const only = !before.length
    ? after.find((t) => t.kind === 'period' && !comparison?.(t) && !attributive(t) && /^[\x20-\x7e\s]*$/.test(text.slice(f.end, t.start)))
    : undefined;
  if (only) return only;
  for (const k of kinds) {
    const b = before.filter((t) => t.kind === k).pop();
    if (b) return b;
    const a = after.find(
      (t) =>
        t.kind === k &&
        t.start - f.end <= 40 &&
        !/[、,，;；]/.test(text.slice(f.end, t.start)) &&
        !others.some((o) => o.start >= f.end && o.end <= t.start && o.kind !== 'date' && o.kind !== 'period'),
    );
    if (a) return a;
  }
  return undefined;
}
