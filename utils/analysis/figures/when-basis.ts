// Marks on a resolved time figure: a comparison basis (2Q25比, from the third quarter of 2024, 较…),
// a total's start (自…以来), a year an event dates, a part (うち…) or end (…まで) of a span of its own
// clause; and "the same quarter of 2024" moved to the months of the quarter named before.
import type { Period } from '../kb/types';
import type { Normalized } from '../text/normalize';
import type { Figure } from '../types';
import { startMs } from './periods';
import type { TimeContext, TimeVia } from './when-dates';

/** Normalised index of original offset x. */
export function toNorm(norm: Normalized, x: number): number {
  let lo = 0;
  let hi = norm.text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (norm.map[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

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
/** Before a year: the same quarter of the year named (the quarter named before, a year or more back). */
const SAME_QUARTER_OF = /\bthe same (?:quarter|period|three months)(?: of the year)? (?:of|in|a year earlier in|last year in)\s$/i;
/** Period p moved back by k years. */
export function shiftYears(p: Period, k: number): Period {
  const y1 = Number(p.start.slice(0, 4)) - k;
  const y2 = Number(p.end.slice(0, 4)) - k;
  const m2 = Number(p.end.slice(5, 7));
  const end = `${y2}-${p.end.slice(5, 7)}-${String(new Date(Date.UTC(y2, m2, 0)).getUTCDate()).padStart(2, '0')}`;
  return { start: `${y1}${p.start.slice(4)}`, end, label: `${p.label ?? p.start}, ${k} year(s) before` };
}
/** Before a period in English: "from the …", "than the 6% growth in the …", "up from HK$19.4 billion in the …". */
const EN_BASIS_BEFORE =
  /\b(?:(?:from|than|versus|vs\.?|compared (?:with|to))\s(?:the\s)?|(?:from|than|compared (?:with|to)|versus|vs\.?)\s(?:the\s|an?\s)?(?:about\s|around\s)?(?:[a-z]{0,3}\$|rmb\s?|cny\s?|usd\s?|hkd\s?|¥|€)?[0-9][0-9.,]*\s?(?:%|percent|per cent|billion|million|trillion|bn|m)?(?:\s(?:yuan|dollars|yen|growth|increase|rise|gain|decline|drop|(?:net\s|operating\s)?(?:profit|loss|income)|revenue|sales))?\s(?:recorded\s|reported\s|posted\s|seen\s)?(?:in|for|during)\s(?:the\s)?)$/i;
/** "an increase of 29% over the third quarter of 2019", "up 10% over 2022": a change over a period named
 *  (not "20% over the next three years": a horizon, read from a relative word). */
const EN_OVER_BASIS =
  /(?:%|\bpercent|\bper cent|\b(?:increase|increased|rise|rose|growth|grew|gain|decline|declined|decrease|decreased|drop|dropped|up|down))\s(?:[a-z]+\s){0,2}?over\s(?:the\s)?$/i;
const GROWTH_AFTER_ZH = /^\s?(?:的\s?)?(?:增长|增長|增加|下降|下滑|减少|減少|上升|提升|同比|[增降减減升跌]|高|低|多|少)/;

/** Is the date or period f (normalised offsets from norm) the basis of a comparison? */
export function isBasis(norm: Normalized, f: Figure): boolean {
  const e = toNorm(norm, f.end);
  return BASIS_AFTER.test(norm.text.slice(e, e + 24));
}

/** The marks on time figure f once its period p is resolved (rel: read from a relative word); returns
 *  the period and resolution, moved for "the same quarter of …". */
export function markTime(
  f: Figure,
  rel: boolean,
  ctx: TimeContext,
  p: Period,
  v: TimeVia,
  lastEnd: string | undefined,
  anchor: string | undefined,
  lastQuarter: Period | undefined,
): { p: Period; v: TimeVia } {
  // 自2024年四季度…以来累计: from that period's start to the end of the period named last (else the date)
  const na = toNorm(ctx.norm, f.start);
  const nb = toNorm(ctx.norm, f.end);
  const sinceFirst = f.kind === 'period' && !rel && SINCE_FIRST.test(ctx.norm.text.slice(nb, nb + 24));
  if (
    f.kind === 'period' &&
    !rel &&
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
  if (f.kind === 'period' && !rel && EN_OVER_BASIS.test(ctx.norm.text.slice(Math.max(0, na - 40), na))) v.basis = true;
  // 比2021年第三季度增长11.4% / 较2024年四季度下降: the period a change is counted from
  if (
    f.kind === 'period' &&
    !rel &&
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
  return { p, v };
}
