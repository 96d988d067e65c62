// A converted amount against its base (3,800億元(約7.8兆円)): at the rate the page itself states for
// that pair (1元=約21円), else at the KB's reference rate (a month's average) of the base figure's own
// date and of the article's month. Wrong only beyond rounding: CONVERSION_TOLERANCE plus half a unit
// of the last digit written in each amount (and one unit of a stated rate's). With no date at all, wrong only when
// no month's rate since 2015 gives the amount; and never when another amount on the page is converted
// at the same rate (a house rate the page does not state: its arithmetic is consistent).
import type { PreparedKb } from '../prepared-kb';
import type { Check, CheckRate, Figure, RateBasis } from '../types';
import { rateAt, rateDateFor } from '../figures/convert';
import { isCurrency } from '../vocabulary/currencies';
import { precision } from './match';
import { readings, type Reading } from './readings';
import { fmtValue } from './reason';

/** A month's average against the day's rate (JPY moves up to ~4% within a month), a rate a few days
 *  old, and writers' rounded rates (1元=20円) — measured on the real pages' correct conversions. */
export const CONVERSION_TOLERANCE = 0.05;
/** Beyond a stated rate's own rounding: the page's arithmetic. */
const STATED_TOLERANCE = 0.01;

export interface StatedRate {
  from: string;
  to: string;
  rate: number; // 1 from = rate to
  precision: number; // relative: one unit of the rate's last digit
}

/** The exchange rates a page states (1元は約20.7円, US$1 = RMB7.1). */
export function statedRates(figures: Figure[]): StatedRate[] {
  const out: StatedRate[] = [];
  for (const f of figures) {
    if (f.kind !== 'rate' || !f.value) continue;
    // A rate's unit is QUOTE/BASE: 1元=約20円 is 20 JPY/CNY (1 CNY = 20 JPY).
    const [to, from] = String(f.unit).split('/');
    if (!from || !to || from === to || !isCurrency(from) || !isCurrency(to)) continue;
    const last = /(\d+)(?:[.,](\d+))?[^\d]*$/.exec(f.surface);
    const place = last?.[2] ? Math.pow(10, -last[2].length) : 1;
    out.push({ from, to, rate: f.value, precision: place / f.value });
  }
  return out;
}

/** Relative size of half a unit of the last digit written (the writer's rounding), at most 10%. */
function relPrecision(f: Figure, r: Reading): number {
  const p = precision({ ...f, value: r.value, unit: r.unit });
  return r.value ? Math.min(0.1, Math.abs(p.place / 2 / r.value)) : 0.1;
}

interface Candidate {
  rate: CheckRate;
  /** From a date the text gives (the base's stated period, the article's date), or the page's rate. */
  dated: boolean;
}

export interface ConversionContext {
  kb: PreparedKb;
  articleDate?: string;
  stated: StatedRate[];
  /** The base's own dates when the check identified it (the KB fact it matches: its period's, its announcement's). */
  baseDates?: string[];
  /** The converted amount's sentence (for how ¥ reads). */
  sentence?: string;
  /** The page's conversions (pageConversions): a rate two of them share is the page's own. */
  conversions?: PageConversion[];
  /** The base amount matches a KB fact: a power of ten between the two is then the converted
   *  amount's slip; otherwise either amount may carry it. */
  baseConfirmed?: boolean;
}

/** One conversion on the page, as written: base amount, its currency, the rate it implies. */
export interface PageConversion {
  base: number;
  from: string;
  to: string;
  rate: number;
}

/** Relative spread within which two conversions share a rate (rounded amounts, 3 digits). */
const SHARED_RATE = 0.015;

/** The rates the page's conversions imply (3,271億元(約7198億円) → 22.0 JPY per CNY). */
export function pageConversions(figures: Figure[], pairs: Map<number, number>): PageConversion[] {
  const out: PageConversion[] = [];
  for (const [bi, ai] of pairs) {
    const a = figures[ai]!;
    const b = figures[bi]!;
    const [from, to] = [String(a.unit), String(b.unit)];
    if (from === to || !isCurrency(from) || !isCurrency(to) || !a.value || !b.value) continue;
    out.push({ base: Math.abs(a.value), from, to, rate: Math.abs(b.value / a.value) });
  }
  return out;
}

/** Another conversion of another amount on the page at the same rate: the page converts at a rate
 *  of its own that it does not state (a house rate), so this one is no slip of its arithmetic. */
function sharedRate(ctx: ConversionContext, from: string, to: string, base: number, implied: number): number | undefined {
  const peer = ctx.conversions?.find(
    (c) => c.from === from && c.to === to && Math.abs(c.base / base - 1) > 0.01 && Math.abs(c.rate / implied - 1) <= SHARED_RATE,
  );
  return peer?.rate;
}

/** A converted amount whose number starts with 1 right after its currency sign: US$142.0 billion. */
const FOOTNOTE_FIRST = /^(?:US\$|HK\$|\$|RMB|€|£)\s?(1[0-9][0-9,]*(?:\.[0-9]+)?)/;

/** The check of converted amount b against its base a; undefined when it cannot be checked. */
export function checkConversion(a: Figure, b: Figure, ctx: ConversionContext): Check | undefined {
  if (a.valueMax !== undefined || b.valueMax !== undefined) return undefined;
  const results: Check[] = [];
  for (const ra of readings(a, ctx.sentence)) {
    for (const rb of readings(b, ctx.sentence)) {
      const c = checkPair(a, ra, b, rb, ctx);
      if (c) results.push(c);
    }
  }
  if (!results.length) return undefined;
  const ok = results.find((c) => c.status === 'consistent');
  if (ok) return ok;
  // flagged only when every reading of both amounts is wrong
  if (results.every((c) => c.status === 'inconsistent')) return results[0];
  return results.find((c) => c.status === 'unverified');
}

function checkPair(a: Figure, ra: Reading, b: Figure, rb: Reading, ctx: ConversionContext): Check | undefined {
  const from = ra.unit;
  const to = rb.unit;
  if (from === to || !isCurrency(from) || !isCurrency(to) || !ra.value) return undefined;
  // A conversion is of the amount: the sign (a loss, a decrease) comes from words the converted
  // amount does not repeat (a net loss of $2.0bn (£1.6bn)).
  const implied = Math.abs(rb.value / ra.value);
  const slack = relPrecision(a, ra) + relPrecision(b, rb);
  const base: Check = {
    status: 'unverified',
    scope: 'conversion',
    written: b.surface,
    value: b.value,
    unit: String(b.unit),
    convertedFrom: { start: a.start, end: a.end, surface: a.surface, value: ra.value, unit: from },
    basis: { currency: { value: to, how: rb.how ? 'inferred' : 'explicit' } },
  };
  if (rb.how) base.value = rb.value;
  const candidates = rateCandidates(a, from, to, ctx, slack);
  if (!candidates.length) return undefined;
  const off = (c: Candidate) => Math.abs(implied / c.rate.rate - 1);
  const best = candidates.reduce((p, q) => (off(q) < off(p) ? q : p));
  const at = (c: Candidate) =>
    `${fmtValue(ra.value, from)} at ${per(c.rate.rate, from, to)} (${c.rate.source === 'page' ? "the page's own rate" : `reference rate, ${c.rate.month}`}) is about ${fmtValue(ra.value * c.rate.rate, to)}`;
  const withRate = (c: Candidate): Check => ({ ...base, rate: c.rate, expected: ra.value * c.rate.rate, expectedUnit: to as Check['expectedUnit'] });
  if (off(best) <= best.rate.tolerance) return { ...withRate(best), status: 'consistent', reason: `Conversion holds: ${at(best)}.` };
  const says = `the article says ${fmtValue(rb.value, to)}`;
  // (US$¹42.0 billion copied as US$142.0 billion: a footnote mark on the first converted amount of a
  // release read as its first digit; the page is then not wrong)
  const mark = FOOTNOTE_FIRST.exec(b.surface);
  if (mark) {
    const shown = parseFloat(mark[1]!.replace(/,/g, ''));
    const rest = parseFloat(mark[1]!.slice(1).replace(/,/g, ''));
    if (shown > 0 && rest > 0 && Math.abs((implied * rest) / shown / best.rate.rate - 1) <= best.rate.tolerance) {
      return {
        ...withRate(best),
        status: 'unverified',
        missing: ['difference'],
        reason: `${at(best)}; ${says}: its first 1 may be a footnote mark copied into the number (without it the conversion holds).`,
      };
    }
  }
  // a power of ten: a slip of 万/億/兆 or million/billion in one of the two amounts — in the converted
  // one only when the base is confirmed by the KB (a base written 0.059亿元 for 5,900万 has it itself)
  for (const k of [1, -1, 2, -2, 3, -3, 4, -4]) {
    if (Math.abs(implied / (best.rate.rate * Math.pow(10, k)) - 1) <= best.rate.tolerance) {
      const times = k > 0 ? Math.pow(10, k) + '× more' : Math.pow(10, -k) + '× less';
      return {
        ...withRate(best),
        status: 'inconsistent',
        cause: 'scale',
        slipIn: ctx.baseConfirmed ? 'converted' : 'either',
        reason: ctx.baseConfirmed
          ? `${at(best)}; ${says}, ${times} — ${a.surface} matches the KB, so the converted amount has a unit slip (万/億/兆, million/billion).`
          : `${at(best)}; ${says}, ${times} — one of the two amounts has a unit slip (万/億/兆, million/billion); which one is not settled.`,
      };
    }
  }
  // no date: wrong only when no month's rate gives it
  if (!candidates.some((c) => c.dated)) {
    const env = envelope(ctx.kb, from, to);
    if (!env || (implied >= env[0] * (1 - best.rate.tolerance) && implied <= env[1] * (1 + best.rate.tolerance))) {
      return {
        ...withRate(best),
        status: 'unverified',
        missing: ['period'],
        reason: `${at(best)}; ${says}: a rate of another month may give it (the article's date is unknown).`,
      };
    }
  }
  const house = sharedRate(ctx, from, to, Math.abs(ra.value), implied);
  if (house !== undefined) {
    return {
      ...withRate(best),
      status: 'unverified',
      missing: ['difference'],
      reason: `${at(best)}; ${says}: the page converts other amounts at the same ${per(implied, from, to)}, a rate of its own that it does not state.`,
    };
  }
  return {
    ...withRate(best),
    status: 'inconsistent',
    cause: 'conversion',
    reason: `${at(best)}; ${says} — the conversion does not add up (beyond ${Math.round(best.rate.tolerance * 100)}%).`,
  };
}

/** The rates to try: the page's own for the pair; else the reference rates of the base's date (the
 *  KB fact it was identified as, else its stated period) and of the article's month; else the latest.
 *  A flag needs a date the check can trust: the page's rate, the article's month, or the KB's date of
 *  the base. A period the text gives, with no article date, only widens what is accepted (historical
 *  figures are converted at the writing date's rate). */
function rateCandidates(a: Figure, from: string, to: string, ctx: ConversionContext, slack: number): Candidate[] {
  const page = ctx.stated.find((s) => (s.from === from && s.to === to) || (s.from === to && s.to === from));
  if (page) {
    const rate = page.from === from ? page.rate : 1 / page.rate;
    return [{ rate: { from, to, rate, source: 'page', tolerance: slack + page.precision + STATED_TOLERANCE }, dated: true }];
  }
  const out: Candidate[] = [];
  const tolerance = slack + CONVERSION_TOLERANCE;
  const own = a.period && a.via?.period !== 'assumed' ? rateDateFor(a) : undefined;
  // (the announcement's month only for an undated page: a dated one was written when it says)
  const base = ctx.articleDate ? ctx.baseDates?.slice(0, 1) : ctx.baseDates;
  const dates: Array<[string | undefined, RateBasis, boolean]> = [
    ...(base ?? []).map((d): [string, RateBasis, boolean] => [d, 'figure', true]),
    [ctx.articleDate, 'article', true],
    [ctx.baseDates?.length ? undefined : own, 'figure', false],
  ];
  for (const [date, basis, dated] of dates) {
    const r = date ? rateAt(ctx.kb, from, to, date) : undefined;
    if (r) out.push({ rate: { from, to, rate: r.rate, source: 'reference', month: r.month, basis, fxIds: r.ids, tolerance }, dated });
  }
  if (!out.length) {
    const r = rateAt(ctx.kb, from, to, a.period ? rateDateFor(a) : undefined);
    if (r)
      out.push({
        rate: { from, to, rate: r.rate, source: 'reference', month: r.month, basis: a.period ? 'figure' : 'latest', fxIds: r.ids, tolerance },
        dated: false,
      });
  }
  return out;
}

/** The lowest and highest monthly rate the KB has for a pair. */
function envelope(kb: PreparedKb, from: string, to: string): [number, number] | undefined {
  const months = new Set([...(kb.fxIndex.months.get(from) ?? []), ...(kb.fxIndex.months.get(to) ?? [])]);
  let lo = Infinity;
  let hi = -Infinity;
  for (const m of months) {
    const r = rateAt(kb, from, to, m);
    if (!r) continue;
    lo = Math.min(lo, r.rate);
    hi = Math.max(hi, r.rate);
  }
  return lo <= hi ? [lo, hi] : undefined;
}

const trim = (v: number) => String(Number(v.toPrecision(4)));
const per = (rate: number, a: string, b: string) => (rate >= 1 ? `${trim(rate)} ${b} per ${a}` : `${trim(1 / rate)} ${a} per ${b}`);
