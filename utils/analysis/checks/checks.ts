// Checks of figures against the KB. A correct figure must never be flagged: a figure is marked
// inconsistent only with a confident match of subject, metric and period (or a distinctive slip:
// the plan's 3,800億 in dollars, or at a tenth); otherwise 'unverified' or no check at all.
import type { PreparedKb } from '../prepared-kb';
import type { Fact, Metric } from '../kb/types';
import type { Check, Figure } from '../types';
import { related } from '../figures/attach';
import { METRIC_DEFS, REPORTED_METRICS, SEGMENT_METRICS } from '../vocabulary/metrics';
import { conversionPairs, allRates, rateAt } from '../figures/convert';
import { MULTI_YEAR } from '../figures/metrics';
import { days, overlapDays, samePeriod } from '../figures/periods';
import { sentenceIndex, sentences, type Sentences } from '../figures/sentences';
import { compare, comparable, precision, type Match } from './match';
import { fmtValue, kbSays, periodText } from './reason';

export interface CheckContext {
  text: string;
  kb: PreparedKb;
  sentences?: Sentences;
}

const CONVERSION_TOLERANCE = 0.08;
const YEAR = 365;

type Rel = 'same' | 'overlap' | 'disjoint' | 'unknown';
interface Row {
  x: Fact;
  rel: Rel;
  m: Match;
}

export function checkFigures(figures: Figure[], ctx: CheckContext): void {
  const pairs = conversionPairs(figures, ctx.text);
  const sents = ctx.sentences ?? sentences(ctx.text);
  const confirmed = new Set<string>(); // facts another figure of the article states correctly
  const shifted = new Set<string>(); // periods that amounts of the article were found to belong to
  const rowsOf = new Map<Figure, Row[]>(); // the comparisons do not change between the passes
  // Pass 2 redoes only the figures whose answer looked at `confirmed` / `shifted`: for the others
  // the same inputs give the same answer, already in f.check.
  const again = new Set<Figure>();
  for (const pass of [1, 2]) {
    figures.forEach((f, i) => {
      if (f.kind !== 'money' && f.kind !== 'percent' && f.kind !== 'count') return;
      if (f.malformed || !Number.isFinite(f.value)) return; // a garble is never checked
      if (pass === 2 && !again.has(f)) return;
      const src = pairs.get(i);
      const pair = src !== undefined && Number.isFinite(figures[src]!.value) ? checkConversion(figures[src]!, f, ctx.kb) : undefined;
      if (pair) {
        f.check = pair;
        return;
      }
      const s = sents[sentenceIndex(sents, f.start)];
      const seen: Seen = { confirmed, shifted, read: false };
      const c = checkFacts(f, ctx.kb, s ? ctx.text.slice(s[0], s[1]) : '', seen, rowsOf);
      if (seen.read) again.add(f);
      if (c) f.check = c;
      else delete f.check;
      if (pass === 1 && c?.status === 'consistent' && c.factId) confirmed.add(c.factId);
      const p = c?.cause === 'period' && c.factId ? ctx.kb.facts.get(c.factId)?.period : undefined;
      if (pass === 1 && p && f.kind !== 'percent') shifted.add(p.start + p.end);
    });
  }
}

/** 3,800億元(約7.8兆円): does the second amount follow from the first at a KB rate (within ~8%)? */
function checkConversion(a: Figure, b: Figure, kb: PreparedKb): Check | undefined {
  if (!a.value || a.valueMax !== undefined || b.valueMax !== undefined) return undefined;
  const rates = allRates(kb, String(a.unit), String(b.unit));
  if (!rates.length) return undefined;
  const implied = b.value / a.value;
  let best = rates[0]!;
  for (const r of rates) if (Math.abs(implied / r.rate - 1) < Math.abs(implied / best.rate - 1)) best = r;
  const per = (rate: number) => (rate >= 1 ? `${trim(rate)} ${b.unit} per ${a.unit}` : `${trim(1 / rate)} ${a.unit} per ${b.unit}`);
  const say = (rate: number, date: string) => `${fmtValue(a.value, String(a.unit))} at ${per(rate)} (${date}) is about ${fmtValue(a.value * rate, String(b.unit))}`;
  if (Math.abs(implied / best.rate - 1) <= CONVERSION_TOLERANCE) {
    return { status: 'consistent', expected: a.value * best.rate, expectedUnit: b.unit as Check['expectedUnit'], reason: `Conversion holds: ${say(best.rate, best.date)}.` };
  }
  const at = rateAt(kb, String(a.unit), String(b.unit), a.period?.end) ?? best;
  return {
    status: 'inconsistent', cause: 'conversion', expected: a.value * at.rate, expectedUnit: b.unit as Check['expectedUnit'],
    reason: `${say(at.rate, at.date)}; the article says ${fmtValue(b.value, String(b.unit))} — the conversion does not add up.`,
  };
}

const trim = (v: number) => String(Number(v.toPrecision(4)));

function relation(f: Figure, x: Fact): Rel {
  if (!f.period || !x.period) return 'unknown';
  if (samePeriod(f.period, x.period)) return 'same';
  return overlapDays(f.period, x.period) > 0 ? 'overlap' : 'disjoint';
}

function gapDays(f: Figure, x: Fact): number {
  if (!f.period || !x.period) return Infinity;
  const a = Date.parse(f.period.start), b = Date.parse(x.period.start);
  return Math.abs(a - b) / 86400000;
}

/** Checkable facts (not 'unverified') of a subject for a metric and those it is the same as, in KB order. */
function familyFacts(kb: PreparedKb, subject: string, metric: Metric): Fact[] {
  const key = `${subject}|${metric}`;
  let list = kb.factsByMetric.get(key);
  if (!list) {
    const fam = METRIC_DEFS[metric].sameAs ?? [metric];
    list = (kb.factsBySubject.get(subject) ?? []).filter((x) => x.status !== 'unverified' && fam.includes(x.metric));
    kb.factsByMetric.set(key, list);
  }
  return list;
}

/** What other figures of the article showed; `read` records that an answer depended on it. */
interface Seen {
  confirmed: Set<string>;
  shifted: Set<string>;
  read?: boolean;
}
const seenHas = (seen: Seen, set: Set<string>, key: string) => ((seen.read = true), set.has(key));

function checkFacts(f: Figure, kb: PreparedKb, sentence: string, seen: Seen, rowsOf?: Map<Figure, Row[]>): Check | undefined {
  if (!f.subject || !f.metric || f.metric === 'other') return undefined;
  const subjects = SEGMENT_METRICS.has(f.metric) ? related(f.subject, kb) : [f.subject];
  let prec: ReturnType<typeof precision> | undefined;
  let rows = rowsOf?.get(f);
  if (!rows) {
    rows = [];
    for (const id of subjects) {
      for (const x of familyFacts(kb, id, f.metric)) if (comparable(f, x)) rows.push({ x, rel: relation(f, x), m: compare(f, x, kb, (prec ??= precision(f))) });
    }
    rowsOf?.set(f, rows);
  }
  if (!rows.length) return undefined;
  const { sig } = prec ?? precision(f);
  const pv = f.via?.period;
  const confPeriod = pv === 'sentence' || pv === 'paragraph';
  const someEvidence = confPeriod || pv === 'article'; // the article's one short period
  const confSubject = f.via?.subject === 'sentence' || (f.via?.subject === 'article' && pv === 'sentence');
  const plan = f.metric === 'investment_plan' && subjects.includes('alibaba');

  // consistent: equal for the same, an overlapping or an unknown period
  const order: Rel[] = ['same', 'overlap', 'unknown'];
  for (const rel of order) {
    const r = closest(f, rows.filter((y) => y.rel === rel && y.m.kind === 'equal' && (rel !== 'unknown' || sig >= 3 || !y.x.period || plan)));
    if (r) return done('consistent', r, `Matches the ${kbSays(kb, r.x)}.`);
  }
  const sameRows = rows.filter((y) => y.rel === 'same' && y.x.metric === f.metric);
  // currency: the same number in another currency
  const cur = rows.find((y) => y.m.kind === 'currency' && (((y.rel === 'same' || y.rel === 'overlap') && confPeriod && confSubject) || (plan && y.x.metric === 'investment_plan') || sig >= 4));
  if (cur) return done('inconsistent', cur, `${kbSays(kb, cur.x)}; the article says ${currencyName(String(f.unit))} — likely a currency mix-up.`, 'currency');
  // scale: the same digits ×10^k
  const multiYear = MULTI_YEAR.test(sentence) || (f.period ? days(f.period) > 2 * YEAR : false);
  // a tenth of the plan: with plan talk (3年間) in the sentence, or the plan stated right elsewhere in the article
  const sc = rows.find((y) => y.m.kind === 'scale' && ((y.rel === 'same' && confPeriod && confSubject) || (plan && y.x.metric === 'investment_plan' && (multiYear || seenHas(seen, seen.confirmed, y.x.id)))));
  if (sc) {
    const k = sc.m.factor!;
    const how = k < 1 ? `${trim(1 / k)}× smaller` : `${trim(k)}× larger`;
    return done('inconsistent', sc, `${kbSays(kb, sc.x)}; the article's figure is ${how} — likely a unit slip (万/億/兆, million/billion).`, 'scale');
  }
  // period: the value belongs to another period
  const named = f.via?.subject === 'sentence' || f.via?.subject === 'article';
  if (someEvidence && named) {
    // a growth rate is read year on year unless it says otherwise, and moves only with the amounts
    // of its article (63%増 next to last year's 2,365億元): a lone round percentage may match anything
    const basisOk = (x: Fact) => f.kind !== 'percent' || (f.basis ?? 'yoy') === (x.basis ?? 'yoy');
    const other = rows.filter((y) => y.m.kind === 'equal' && y.m.strict && y.rel === 'disjoint' && basisOk(y.x) && gapDays(f, y.x) <= 2 * YEAR + 31
      && (f.kind !== 'percent' || seenHas(seen, seen.shifted, y.x.period!.start + y.x.period!.end))).sort((p, q) => gapDays(f, p.x) - gapDays(f, q.x))[0];
    if (other) {
      // the KB says something else for the stated period (precise amounts; growth rates also when
      // the basis is unstated, as results news means year on year) — or, with the period stated in
      // the sentence, the KB has nothing for it at all
      const here = sameRows.filter((y) => basisOk(y.x));
      const wrongHere = here.length > 0 && here.every((y) => y.m.kind !== 'equal') && (f.kind === 'percent' || sig >= 3);
      const noneHere = here.length === 0 && f.kind !== 'percent' && (pv === 'sentence' || (confPeriod && sig >= 4));
      if ((wrongHere && (confPeriod || sig >= 4 || f.kind === 'percent')) || noneHere) {
        return done('inconsistent', other, `This matches the ${kbSays(kb, other.x)}, not ${periodText(f.period)} — likely the wrong period.`, 'period');
      }
    }
  }
  // value: same metric and period, a different value
  if (REPORTED_METRICS.has(f.metric) && confPeriod && confSubject && sameRows.length && sameRows.every((y) => y.m.kind === 'none')) {
    const r = sameRows.find((y) => y.m.expected !== undefined && clearlyDifferent(f, y));
    if (r) return done('inconsistent', r, `${kbSays(kb, r.x)}; the article says ${fmtValue(signedValue(f), String(f.unit))}.`, 'value');
  }
  const name = f.metric.replace(/_/g, ' ');
  if (sameRows.length) return { status: 'unverified', factId: sameRows[0]!.x.id, reason: `${kbSays(kb, sameRows[0]!.x)}; the article's figure could not be confirmed (basis, rounding or scope may differ).` };
  const why = !f.period ? 'no period could be tied to this figure' : `nothing for ${periodText(f.period)}`;
  return { status: 'unverified', reason: `The KB has ${name} figures for this subject, but ${why}.` };

  function done(status: Check['status'], r: Row, reason: string, cause?: Check['cause']): Check {
    const c: Check = { status, factId: r.x.id, reason };
    if (r.m.expected !== undefined) c.expected = r.m.expected;
    if (r.m.expectedUnit) c.expectedUnit = r.m.expectedUnit as Check['expectedUnit'];
    if (cause) c.cause = cause;
    return c;
  }
}

/** The matching row whose value is nearest the figure's. */
function closest(f: Figure, list: Row[]): Row | undefined {
  const d = (r: Row) => (r.m.expected === undefined ? Infinity : Math.abs(r.m.expected - signedValue(f)));
  return [...list].sort((p, q) => d(p) - d(q))[0];
}

/** Figures carry their sign (9%減 is -9). */
const signedValue = (f: Figure) => f.value;

/** Far enough apart to be an error, not rounding: 3% for amounts, 1.5 points for percentages. */
function clearlyDifferent(f: Figure, r: Row): boolean {
  if (f.approx || f.valueMax !== undefined) return false;
  const e = r.m.expected!;
  if (f.kind === 'percent') {
    if (!f.basis || !f.change) return false;
    return Math.abs(signedValue(f) - e) > 1.5;
  }
  return Math.abs(f.value - e) > Math.max(precision(f).place, Math.abs(e) * 0.03);
}

function currencyName(u: string): string {
  return ({ CNY: 'yuan', USD: 'US dollars', JPY: 'yen', HKD: 'Hong Kong dollars', EUR: 'euros', GBP: 'pounds' } as Record<string, string>)[u] ?? u;
}
