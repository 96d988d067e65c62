// Comparing one figure with one KB fact: equal within the precision the article shows
// (and the qualifiers on both sides), equal after FX at the rates of the fact's month or the
// article's, the same number in another currency, or the same digits at another scale
// (×10, ×100, ×1000, ×10,000 or the reverse).
import type { PreparedKb } from '../prepared-kb';
import type { Fact } from '../kb/types';
import type { Figure } from '../types';
import { rateAt } from '../figures/convert';
import { firstNumber } from '../figures/numbers';
import { statesCurrency } from '../figures/units';
import { isCurrency } from '../vocabulary/currencies';
import { isCountUnit } from '../vocabulary/units';

type MatchKind = 'equal' | 'currency' | 'scale' | 'none';
export interface Match {
  kind: MatchKind;
  /** The fact's value in the figure's unit, when the units compare. */
  expected?: number;
  expectedUnit?: string;
  factor?: number; // scale: figure = fact × factor
  /** scale: the digits are the fact's in its own currency, the figure states another (US$ for yuan). */
  otherCurrency?: boolean;
  /** Equal even under strict rounding (half a unit of the last digit), not only truncation. */
  strict?: boolean;
  viaFx?: { rate: number; month: string };
}

/** Difference allowed between an amount and a KB fact in another currency, beyond the figure's own
 *  precision: a month's average rate against the day's, and rates rounded by writers. */
const FX_MATCH_TOLERANCE = 0.05;

const unitClass = (u: string) => (isCurrency(u) ? 'money' : u === 'percent' ? 'percent' : u === 'pt' ? 'pt' : isCountUnit(u) ? 'count' : 'other');

/** Can the figure and the fact be compared at all (money with money, % with %, counts with counts)? */
export function comparable(f: Figure, x: Fact): boolean {
  const a = unitClass(String(f.unit));
  const b = unitClass(x.unit);
  if (f.kind === 'money' && !statesCurrency(f.surface)) return b === 'money';
  if (a !== b || a === 'other') return false;
  if (a === 'percent' && f.basis && x.basis && f.basis !== x.basis) return false;
  return true;
}

/** Written precision: one unit of the last non-zero digit (3,800億 → 1e10, 2,365億300万 → 1e6); for a
 *  percentage written in digits, one unit of its last written digit (100% → 1, 8.50% → 0.01): a
 *  percentage is the number itself, so its zeros are digits, not a round scale. */
export function precision(f: Figure): { place: number; sig: number } {
  const t = firstNumber(f.surface);
  if (!t || !t.value) return { place: Math.max(1, Math.abs(f.value) * 0.01), sig: 1 };
  const scale = f.value && !f.valueMax && f.approx !== 'atleast' ? Math.abs(f.value / t.value) : 1;
  if (f.kind === 'percent' && !t.kanji && !t.den && t.mult === 1 && Math.abs(scale - 1) < 1e-9)
    return { place: Math.min(t.place, writtenPlace(f.surface.slice(t.start, t.end))), sig: t.sig };
  return { place: t.place * (Number.isFinite(scale) && scale > 0 ? scale : 1), sig: t.sig };
}

/** One unit of the last digit written in Arabic digits (100 → 1, 8.5 → 0.1, 12.50 → 0.01). */
function writtenPlace(numeral: string): number {
  const frac = /[.．・点]([0-9０-９]+)$/.exec(numeral);
  return frac ? Math.pow(10, -frac[1]!.length) : 1;
}

type Range = [number, number];

/** What the figure claims, widened by its precision. */
function figureRange(f: Figure, v: number, tol: number, strict = false): Range {
  if (strict) return [v - tol, v + tol];
  const hi0 = f.valueMax !== undefined ? f.valueMax * (v / f.value || 1) : v;
  let lo = Math.min(v, hi0);
  let hi = Math.max(v, hi0);
  if (f.approx === 'over') hi = Math.max(hi, v * 1.5);
  else if (f.approx === 'atleast') hi = f.valueMax !== undefined ? hi : Infinity;
  else if (f.approx === 'under') lo = Math.min(lo, v * 0.5);
  else if (f.approx === 'nearly') lo = Math.min(lo, v * 0.85);
  if (lo > hi) [lo, hi] = [hi, lo];
  return [lo - tol, hi + tol];
}

/** What the fact says. */
/** The values a fact allows. strict: only what it states, to its own rounding (about RMB 24.6bn is
 *  24.55–24.65bn, not ±3%), and a stated range (a flag never rests on the fact's vagueness). */
function factRange(x: Fact, v: number, strict = false): Range {
  if (strict) {
    if (x.qualifier === 'about') return [v - lastPlace(v) / 2, v + lastPlace(v) / 2];
    const hi = x.valueMax !== undefined ? x.valueMax * (v / x.value || 1) : v;
    return [Math.min(v, hi), Math.max(v, hi)];
  }
  const hiX = x.valueMax !== undefined ? x.valueMax * (v / x.value || 1) : v;
  let lo = Math.min(v, hiX);
  let hi = Math.max(v, hiX);
  if (x.qualifier === 'over') hi = v * 1.5;
  else if (x.qualifier === 'under') lo = v * 0.5;
  else if (x.qualifier === 'about') [lo, hi] = [v - Math.abs(v) * 0.03, v + Math.abs(v) * 0.03];
  return [Math.min(lo, hi), Math.max(lo, hi)];
}

/** One unit of a number's last non-zero significant digit (24.6e9 → 1e8). */
function lastPlace(v: number): number {
  const a = Math.abs(v);
  if (!a) return 0;
  let place = Math.pow(10, Math.floor(Math.log10(a)) - 14);
  while (place < a && Math.abs(Math.round(a / (place * 10)) * place * 10 - a) <= a * 1e-12) place *= 10;
  return place;
}

const meets = (a: Range, b: Range) => a[0] <= b[1] && b[0] <= a[1];

/** The figure's value for comparison (figures are signed: 9%減 is -9); NaN when it cannot compare:
 *  an unsigned "13%" against a negative fact, a change of an amount (5890億ドル減少) against a level. */
function signed(f: Figure, factValue: number): number {
  if (f.kind === 'money' && f.change) return NaN;
  if (f.kind !== 'percent' || f.change || f.value < 0) return f.value;
  return factValue < 0 ? NaN : f.value; // "13%" alone: compare only with non-negative facts
}

/** The date a fact's amount converts at: a stock's as-of date, a flow's period end (a plan's start). */
function factDate(x: Fact): string | undefined {
  const p = x.period;
  if (!p) return x.asOf;
  return Date.parse(p.end) - Date.parse(p.start) > 366 * 86_400_000 ? p.start : p.end;
}

/** prec: precision(f), when the caller compares one figure with many facts; dates: further dates
 *  whose rates may convert the fact (the article's). */
export function compare(f: Figure, x: Fact, kb: PreparedKb, prec = precision(f), dates: Array<string | undefined> = []): Match {
  const { place, sig } = prec;
  const about = f.approx === 'about' || f.approx === 'nearly' ? 0.03 : 0;
  const fu = String(f.unit);
  const stated = f.kind !== 'money' || statesCurrency(f.surface);
  const v = signed(f, x.value);
  if (Number.isNaN(v)) return { kind: 'none' };
  // one unit of the last digit written (rounded or truncated), at most 10% ("100億" is not 0-200億);
  // strict = half a unit (rounded only)
  const eps = Math.abs(v) * 1e-9;
  const tol = Math.max(Math.min(place, Math.abs(v) * 0.1) + eps, Math.abs(v) * about, f.kind === 'percent' ? 0.5 : 0);
  const tolStrict = Math.max(Math.min(place / 2, Math.abs(v) * 0.05) + eps, Math.abs(v) * about, f.kind === 'percent' ? 0.5 : 0);
  const sameUnit = fu === x.unit || !stated || (unitClass(fu) === 'count' && unitClass(x.unit) === 'count');
  // a range (50億〜720億) says nothing about one point inside it: only its ends compare with a single fact
  if (f.valueMax !== undefined && x.valueMax === undefined && f.approx !== 'atleast') {
    const ends = [f.value, f.valueMax].some((e) => Math.abs(e - x.value) <= Math.max(tol, Math.abs(x.value) * 0.001));
    return sameUnit && ends ? { kind: 'equal', expected: x.value, expectedUnit: x.unit } : { kind: 'none' };
  }
  // a range of models (0.6B to 235B parameters) confirms a single figure only at one of its ends
  if (x.valueMax !== undefined && f.valueMax === undefined && unitClass(x.unit) === 'count' && sameUnit) {
    const end = [x.value, x.valueMax].find((e) => meets(figureRange(f, v, tol), [e, e]));
    if (end === undefined) return { kind: 'none' };
    return { kind: 'equal', expected: end, expectedUnit: x.unit, strict: meets(figureRange(f, v, tolStrict), [end, end]) };
  }
  if (sameUnit) {
    if (meets(figureRange(f, v, tol), factRange(x, x.value))) {
      return { kind: 'equal', expected: x.value, expectedUnit: x.unit, strict: meets(figureRange(f, v, tolStrict), factRange(x, x.value, true)) };
    }
  } else if (unitClass(fu) === 'money' && unitClass(x.unit) === 'money') {
    // the rate of the fact's month or the article's that brings the fact nearest the figure
    let best: { rate: number; month: string } | undefined;
    for (const d of [factDate(x), ...dates]) {
      const r = d ? rateAt(kb, x.unit, fu, d) : undefined;
      if (r && (!best || Math.abs(x.value * r.rate - v) < Math.abs(x.value * best.rate - v))) best = r;
    }
    const fxTol = tol + Math.abs(v) * FX_MATCH_TOLERANCE;
    if (best && meets(figureRange(f, v, fxTol), factRange(x, x.value * best.rate))) {
      return { kind: 'equal', expected: x.value * best.rate, expectedUnit: fu, viaFx: { rate: best.rate, month: best.month } };
    }
    if (sig >= 2 && meets(figureRange(f, v, tolStrict, true), factRange(x, x.value, true)))
      return { kind: 'currency', expected: x.value, expectedUnit: x.unit };
    // the fact's own digits at another power of ten, under another currency (a yuan amount written with
    // a dollar sign and ×10): three digits at least, and only where a rate showed that the figure is no
    // conversion of the fact
    if (sig >= 3 && best) {
      for (const k of [-1, 1, -2, 2, -3, 3, -4, 4]) {
        const factor = Math.pow(10, k);
        if (meets(figureRange(f, v, tolStrict, true), factRange(x, x.value * factor, true)))
          return { kind: 'scale', factor, expected: x.value, expectedUnit: x.unit, otherCurrency: true };
      }
    }
    return { kind: 'none', expected: best ? x.value * best.rate : undefined, expectedUnit: best ? fu : undefined };
  }
  // (a round number is a power of ten from many things: the caller weighs sig)
  if (f.kind !== 'percent' && sameUnit) {
    for (const k of [-1, 1, -2, 2, -3, 3, -4, 4]) {
      const factor = Math.pow(10, k);
      if (meets(figureRange(f, v, tolStrict, true), factRange(x, x.value * factor, true)))
        return { kind: 'scale', factor, expected: x.value, expectedUnit: x.unit };
    }
  }
  return { kind: 'none', expected: sameUnit ? x.value : undefined, expectedUnit: sameUnit ? x.unit : undefined };
}
