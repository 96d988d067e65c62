// One figure (as one reading) against the KB's facts for its subject and line item. Evidence first:
// - consistent: the value equals a fact of the line item it names for its period (or the one fact
//   it can be), or a sibling line item or a sibling period, which the check then names;
// - inconsistent only with a named error: currency (the same number in another currency), scale (a
//   power of ten), period (the value of another period while the text states this one), metric (the
//   number of a sibling line item while the text names this one exactly), value (subject, line item
//   and period all stated, and the KB differs beyond rounding);
// - otherwise unverified, with what was missing.
import type { PreparedKb } from '../prepared-kb';
import type { Fact, Metric, Period } from '../kb/types';
import type { Check, Figure } from '../types';
import type { CheckMissing } from '../vocabulary/checks';
import { related } from '../figures/attach';
import { MULTI_YEAR } from '../figures/metrics';
import { overlapDays, samePeriod } from '../figures/periods';
import { METRIC_DEFS, REPORTED_METRICS, SEGMENT_METRICS } from '../vocabulary/metrics';
import type { FigureBasis } from './basis';
import { compare, comparable, precision, type Match } from './match';
import { fmtValue, kbSays, periodText } from './reason';
import { interchangeable, isGenericItem, lineItems, namesFamilyOnly } from './siblings';

type Rel = 'same' | 'overlap' | 'partial' | 'disjoint' | 'unknown';
interface Row {
  x: Fact;
  rel: Rel;
  m: Match;
  named: boolean; // the line item the figure names (or what it is the same as), not a sibling
}

/** What other figures of the article showed; `read` records that an answer depended on it. */
export interface Seen {
  confirmed: Set<string>; // facts another figure states correctly
  shifted: Set<string>; // periods that amounts of the article were found to belong to
  read?: boolean;
}
const seenHas = (seen: Seen, set: Set<string>, key: string) => ((seen.read = true), set.has(key));

export interface FactContext {
  kb: PreparedKb;
  sentence: string;
  basis: FigureBasis;
  articleDate?: string;
  seen: Seen;
}

const YEAR = 365;
/** Line items with one true value per period: reported results, and buybacks done in a period. */
const ONE_VALUE = new Set<Metric>([...REPORTED_METRICS, 'buyback']);
const DAY = 86_400_000;
const days = (p: Period) => (Date.parse(p.end) - Date.parse(p.start)) / DAY + 1;

/** Same period; overlapping and of about the same length (a fiscal and a calendar year, a plan's
 *  three years counted from another day); partial (a quarter and its year: neither confirms the other);
 *  disjoint. */
function relation(p: Period | undefined, x: Fact): Rel {
  // an event (a bond priced, an authorisation): the same when the text's period holds its day
  if (p && !x.period && x.asOf?.length === 10) return p.start <= x.asOf && x.asOf <= p.end ? 'same' : 'unknown';
  if (!p || !x.period) return 'unknown';
  if (samePeriod(p, x.period)) return 'same';
  if (overlapDays(p, x.period) <= 0) return 'disjoint';
  const ratio = days(p) / days(x.period);
  return ratio > 0.75 && ratio < 1.34 ? 'overlap' : 'partial';
}

const gapDays = (p: Period | undefined, x: Fact) => (p && x.period ? Math.abs(Date.parse(p.start) - Date.parse(x.period.start)) / DAY : Infinity);
const monthsApart = (p: Period, q: Period) => {
  const m = (d: string) => Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7));
  return Math.abs(m(p.start) - m(q.start));
};

/** Checkable facts (not 'unverified') of a subject for a line item and its siblings, in KB order. */
function factsFor(kb: PreparedKb, subject: string, metric: Metric): Fact[] {
  const key = `${subject}|${metric}`;
  let list = kb.factsByMetric.get(key);
  if (!list) {
    const items = lineItems(metric).all;
    kb.factsByMetric.set(key, (list = (kb.factsBySubject.get(subject) ?? []).filter((x) => x.status !== 'unverified' && items.includes(x.metric))));
  }
  return list;
}

const signedValue = (f: Figure) => (f.kind === 'percent' && f.change === 'decrease' && f.value > 0 ? -f.value : f.value);

/** A fact the article could not have known: announced (or, undated, begun) days after the article's date. */
function knownAfter(x: Fact, articleDate: string): boolean {
  const known = x.asOf ?? x.period?.start;
  return !!known && Date.parse(known) > Date.parse(articleDate) + 3 * 86_400_000;
}

export function checkFacts(f: Figure, ctx: FactContext): Check | undefined {
  if (!f.subject || !f.metric || f.metric === 'other') return undefined;
  const { kb, basis, seen } = ctx;
  const period = basis.period?.value;
  const { named } = lineItems(f.metric);
  const subjects = SEGMENT_METRICS.has(f.metric) ? related(f.subject, kb) : [f.subject];
  const prec = precision(f);
  const rows: Row[] = [];
  for (const id of subjects) {
    for (const x of factsFor(kb, id, f.metric)) {
      if (ctx.articleDate && knownAfter(x, ctx.articleDate)) continue;
      if (comparable(f, x)) rows.push({ x, rel: relation(period, x), m: compare(f, x, kb, prec, [ctx.articleDate]), named: named.includes(x.metric) });
    }
  }
  if (!rows.length) {
    // the KB holds nothing of this line item for the subject (or its segments): say so, never a verdict
    if (subjects.some((id) => factsFor(kb, id, f.metric!).length)) return undefined;
    const name = f.metric.replace(/_/g, ' ');
    return { status: 'unverified', missing: ['record'], reason: `The KB has no ${name} record for this subject.` };
  }
  const { sig } = prec;
  const subjectHow = basis.subject?.how;
  const subjectNamed = subjectHow === 'explicit' || subjectHow === 'inherited';
  // for a flag: the subject in the sentence, or the article's one subject with the period in the sentence
  const subjectFirm = subjectHow === 'explicit' || (subjectHow === 'inherited' && basis.period?.how === 'explicit');
  const stated = basis.periodStated;
  const close = basis.periodClose;
  // (a plan a year or more away from the figure's period is not the figure's)
  const isPlan = (x: Fact) =>
    x.metric === 'investment_plan' &&
    f.metric === 'investment_plan' &&
    !!x.period &&
    days(x.period) > 2 * YEAR &&
    !(period && relation(period, x) === 'disjoint' && gapDays(period, x) > YEAR);
  // a match with another company also named in the sentence must be precise
  const trusted = (r: Row) => subjectNamed || (r.m.strict && sig >= 3);
  const namedRows = rows.filter((r) => r.named);
  const sameNamed = namedRows.filter((r) => r.rel === 'same');

  // 1. consistent with the line item it names: for its period, an overlapping one, or, with no period
  //    stated, the one fact it can be (a precise number, a plan, a fact without a period)
  const open = (y: Row) => y.rel === 'unknown' || (y.rel === 'partial' && !stated);
  const oneFact = (y: Row) => (sig >= 3 && y.m.strict) || !y.x.period || isPlan(y.x);
  for (const rel of ['same', 'overlap', 'open'] as const) {
    // an overlapping period confirms only a period the text states, or a precise number
    const overlapOk = (y: Row) =>
      (y.rel === 'overlap' && (stated || (sig >= 3 && y.m.strict))) || ((y.rel === 'overlap' || y.rel === 'partial') && isPlan(y.x));
    const r = closest(
      f,
      namedRows.filter(
        (y) => y.m.kind === 'equal' && trusted(y) && (rel === 'open' ? open(y) && oneFact(y) : rel === 'overlap' ? overlapOk(y) : y.rel === rel),
      ),
    );
    if (!r) continue;
    if (rel === 'overlap')
      return done('consistent', r, `Matches the ${kbSays(kb, r.x)} (a period overlapping ${periodText(period)}).`, {
        sibling: { kind: 'period', factId: r.x.id, period: r.x.period },
      });
    return done('consistent', r, `Matches the ${kbSays(kb, r.x)}.`, rel === 'open' && r.x.period ? { period: r.x.period } : {});
  }
  // 2. a sibling period: a fiscal label that a calendar reading moves by a quarter or a year is about
  //    the period it matches; a period only inferred that another period's number fits is not
  //    established, so that is said, not called consistent
  const fiscalShift = (x: Fact) => basis.fiscalLabel && !!period && !!x.period && [3, 6, 9, 12].includes(monthsApart(period, x.period));
  const sibPeriod = closest(
    f,
    namedRows.filter(
      (y) =>
        y.rel === 'disjoint' &&
        y.m.kind === 'equal' &&
        y.m.strict &&
        trusted(y) &&
        f.kind !== 'percent' &&
        ((!stated && sig >= 3 && gapDays(period, y.x) <= 2 * YEAR + 31) || fiscalShift(y.x)),
    ),
  );
  if (sibPeriod) {
    const sibling = { kind: 'period' as const, factId: sibPeriod.x.id, period: sibPeriod.x.period };
    if (fiscalShift(sibPeriod.x))
      return done('consistent', sibPeriod, `Matches the ${kbSays(kb, sibPeriod.x)}: the fiscal label names ${periodText(sibPeriod.x.period)}.`, { sibling });
    return {
      ...done('unverified', sibPeriod, `Matches the ${kbSays(kb, sibPeriod.x)}; the text does not state its period (taken to be ${periodText(period)}).`, {
        sibling,
      }),
      missing: ['period'],
    };
  }
  // 3. a sibling line item (net income vs attributable vs non-GAAP, group vs segment revenue, ...)
  const sib = closest(
    f,
    rows.filter((y) => !y.named && y.m.kind === 'equal' && y.m.strict && trusted(y) && (y.rel === 'same' || (y.rel === 'unknown' && sig >= 3))),
  );
  if (sib) {
    const differs = sameNamed.filter((y) => y.m.kind === 'none' && y.m.expected !== undefined && clearlyApart(f, y.m.expected));
    const sibling = { kind: 'line-item' as const, factId: sib.x.id, metric: sib.x.metric };
    // the text names this exact line item, and the KB's value for it is another number
    const misnamed = !isGenericItem(f.metric) && basis.exactItem && sib.rel === 'same' && differs.length > 0 && differs.length === sameNamed.length;
    // a segment's line item (cloud revenue, CMR) named in its sentence, given the group's total of the
    // same period to every digit written: the writer took the wrong line of the table
    const groupForPart = wrongItemEvidence(sib, differs) && isGenericItem(sib.x.metric) && !isGenericItem(f.metric);
    if (groupForPart) {
      const why = `This is ${item(sib.x.metric)} (${kbSays(kb, sib.x)}), not ${item(f.metric)} (${kbSays(kb, differs[0]!.x)})`;
      return done('inconsistent', sib, `${why} — likely the wrong line item.`, { cause: 'metric', sibling });
    }
    if (misnamed) {
      const why = `This is ${item(sib.x.metric)} (${kbSays(kb, sib.x)}), not ${item(f.metric)} (${kbSays(kb, differs[0]!.x)})`;
      if (subjectFirm && close) return done('inconsistent', sib, `${why} — likely the wrong line item.`, { cause: 'metric', sibling });
      return {
        ...done('unverified', sib, `${why}, if the figure is about this company and period.`, { sibling }),
        missing: subjectFirm ? ['period'] : ['subject'],
      };
    }
    // (a business unit's revenue named generically, 売上高 of Alibaba Cloud, is the line item the KB
    // files the unit's own revenue under)
    const ownLine = isGenericItem(f.metric) && sib.x.subject === f.subject && kb.entities.get(f.subject)?.type === 'unit';
    if (interchangeable(f.metric, sib.x.metric) || ownLine) return done('consistent', sib, `Matches ${item(sib.x.metric)}: ${kbSays(kb, sib.x)}.`, { sibling });
    return { ...done('unverified', sib, `Matches ${item(sib.x.metric)}, not ${item(f.metric)}: ${kbSays(kb, sib.x)}.`, { sibling }), missing: ['metric'] };
  }
  // a sibling line item of the same period to the digit the figure shows, but not to half of it (純利益
  // 53億元 for attributable net income of 5,367m: Japanese news truncates): likely that line item, so
  // no flag of any kind rests on the line item named
  const near = closest(
    f,
    rows.filter((y) => !y.named && y.rel === 'same' && y.m.kind === 'equal' && trusted(y)),
  );
  if (near) {
    const sibling = { kind: 'line-item' as const, factId: near.x.id, metric: near.x.metric };
    return {
      ...done('unverified', near, `Close to ${item(near.x.metric)} (${kbSays(kb, near.x)}), not ${item(f.metric)}: to the digit written, perhaps truncated.`, {
        sibling,
      }),
      missing: ['metric'],
    };
  }
  // 3b. another line item: the figure's own line item, named in its sentence, has a KB value for the
  //     period that differs, and the figure equals to every digit written the value of a line item of
  //     another family for the same subject and period (revenue given net income, growth given margin)
  if (sameNamed.length && basis.itemNamed && subjectNamed && !f.approx && f.valueMax === undefined && sig >= WRONG_ITEM_DIGITS) {
    const differs = sameNamed.filter((y) => y.m.kind === 'none' && y.m.expected !== undefined && clearlyApart(f, y.m.expected));
    if (differs.length === sameNamed.length) {
      const others: Row[] = [];
      for (const id of subjects)
        for (const x of otherItemFacts(kb, id, f.metric)) {
          if (ctx.articleDate && knownAfter(x, ctx.articleDate)) continue;
          if (!comparable(f, x) || relation(period, x) !== 'same') continue;
          const m = compare(f, x, kb, prec, [ctx.articleDate]);
          if (m.kind === 'equal' && m.strict && !m.viaFx) others.push({ x, rel: 'same', m, named: false });
        }
      const other = closest(f, others);
      if (other && wrongItemEvidence(other, differs)) {
        const sibling = { kind: 'line-item' as const, factId: other.x.id, metric: other.x.metric };
        const why = `This is ${item(other.x.metric)} (${kbSays(kb, other.x)}), not ${item(f.metric)} (${kbSays(kb, differs[0]!.x)})`;
        return done('inconsistent', other, `${why} — likely the wrong line item.`, { cause: 'metric', sibling });
      }
    }
  }
  // 4. currency: the same number as a fact of this subject in another currency
  const cur = namedRows.find(
    (y) =>
      y.m.kind === 'currency' &&
      subjectNamed &&
      (((y.rel === 'same' || y.rel === 'overlap') && close && subjectFirm) || isPlan(y.x) || (sig >= 4 && y.rel !== 'disjoint')),
  );
  if (cur)
    return done('inconsistent', cur, `${kbSays(kb, cur.x)}; the article says ${currencyName(String(f.unit))} — likely a currency mix-up.`, {
      cause: 'currency',
    });
  // 5. scale: the same digits ×10^k
  const multiYear = MULTI_YEAR.test(ctx.sentence) || (period ? days(period) > 2 * YEAR : false);
  // a round number (500億) only with subject, line item and period all stated; otherwise two digits at least
  const pinned = close && subjectFirm && basis.metric?.how === 'explicit';
  const sc = namedRows.find(
    (y) =>
      y.m.kind === 'scale' &&
      !y.m.otherCurrency &&
      subjectNamed &&
      (sig >= 2 || (pinned && y.rel === 'same')) &&
      ((y.rel === 'same' && close && subjectFirm) || (isPlan(y.x) && (multiYear || seenHas(seen, seen.confirmed, y.x.id)))),
  );
  if (sc) {
    const k = sc.m.factor!;
    const how = k < 1 ? `${trim(1 / k)}× smaller` : `${trim(k)}× larger`;
    return done('inconsistent', sc, `${kbSays(kb, sc.x)}; the article's figure is ${how} — likely a unit slip (万/億/兆, million/billion).`, {
      cause: 'scale',
    });
  }
  // 5b. scale by the digits: every significant digit written (SCALE_DIGITS or more) equals a fact of
  //     this subject, of the same line-item family and the figure's period, times 10^k (k ≠ 0), in the
  //     KB's own currency (a conversion is never this evidence), and no fact of the family equals the
  //     figure: a dropped decimal point, 万/億/亿 or million/billion slipped. Tolerance: half a unit of
  //     the last digit written on both sides (compare()'s strict ranges).
  //     With no period of its own, the article's period is the period of the facts other figures of the
  //     page were confirmed as.
  if (f.kind === 'money' && sig >= SCALE_DIGITS && subjectNamed && !f.approx && f.valueMax === undefined && basis.currency?.how === 'explicit') {
    const family: Row[] = [];
    for (const id of subjects)
      for (const x of familyFacts(kb, id, f.metric)) {
        if (ctx.articleDate && knownAfter(x, ctx.articleDate)) continue;
        if (comparable(f, x)) family.push({ x, rel: relation(period, x), m: compare(f, x, kb, prec, [ctx.articleDate]), named: named.includes(x.metric) });
      }
    const articlePeriod = (x: Fact) => !period && !!x.period && articlePeriods(kb, seen).has(x.period.start + x.period.end);
    const scaled = family.filter((y) => y.m.kind === 'scale' && (y.rel === 'same' || articlePeriod(y.x)));
    // digits in the KB's own currency: the figure's currency first, another only when none is
    const own = scaled.filter((y) => y.x.unit === f.unit);
    const hits = own.length ? own : scaled.filter((y) => y.m.otherCurrency);
    const factors = new Set(hits.map((y) => y.m.factor));
    if (hits.length && factors.size === 1 && !family.some((y) => y.m.kind === 'equal' || y.m.kind === 'currency')) {
      const hit = hits.find((y) => y.named) ?? hits[0]!;
      const k = hit.m.factor!;
      const how = k < 1 ? `${trim(1 / k)}× smaller` : `${trim(k)}× larger`;
      const sibling = hit.named ? undefined : { kind: 'line-item' as const, factId: hit.x.id, metric: hit.x.metric };
      return done(
        'inconsistent',
        hit,
        `${kbSays(kb, hit.x)}; the article's figure ${hit.m.otherCurrency ? `has its digits, in ${currencyName(String(f.unit))} and ${how} — likely a currency and unit slip` : `has its digits but is ${how} — likely a unit slip (a decimal point, 万/億/兆, million/billion)`}.`,
        {
          cause: 'scale',
          ...(sibling ? { sibling } : {}),
        },
      );
    }
  }
  // 5c. a percentage with its decimal point dropped (56.6% written 566%): every digit written (three at
  //     least) is the KB's value of its own line item for its period (or the article's) times 10 or 100,
  //     to half a unit of the last digit written, and no fact of the line item equals it
  if (f.kind === 'percent' && sig >= SCALE_DIGITS && subjectNamed && !f.approx && f.valueMax === undefined && !namedRows.some((y) => y.m.kind === 'equal')) {
    const hits: Array<{ y: Row; factor: number }> = [];
    for (const y of namedRows) {
      const own = y.rel === 'same' || (!period && !!y.x.period && articlePeriods(kb, seen).has(y.x.period.start + y.x.period.end));
      if (!own || y.x.valueMax !== undefined || y.x.qualifier) continue;
      for (const factor of [10, 100, 0.1, 0.01]) {
        if (Math.abs(signedValue(f) / factor - y.x.value) <= (prec.place / factor) * 0.5 + Math.abs(y.x.value) * 1e-9) hits.push({ y, factor });
      }
    }
    if (hits.length && new Set(hits.map((h) => h.factor)).size === 1) {
      const { y, factor } = hits[0]!;
      const how = factor < 1 ? `${trim(1 / factor)}× smaller` : `${trim(factor)}× larger`;
      return done('inconsistent', y, `${kbSays(kb, y.x)}; the article's figure has its digits but is ${how} — likely a dropped or shifted decimal point.`, {
        cause: 'scale',
      });
    }
  }
  // 6. period: the value belongs to another period while the text states this one
  if (stated && subjectNamed && period) {
    // a growth rate is read year on year unless it says otherwise, and moves only with the amounts
    // of its article (63%増 next to last year's 2,365億元): a lone round percentage may match anything
    const basisOk = (x: Fact) => f.kind !== 'percent' || (f.basis ?? 'yoy') === (x.basis ?? 'yoy');
    const near = (x: Fact) => gapDays(period, x) <= 2 * YEAR + 31 || (f.kind !== 'percent' && sig >= 4);
    const other = namedRows
      .filter(
        (y) =>
          y.m.kind === 'equal' &&
          y.m.strict &&
          y.rel === 'disjoint' &&
          basisOk(y.x) &&
          near(y.x) &&
          !fiscalShift(y.x) &&
          (f.kind !== 'percent' || seenHas(seen, seen.shifted, y.x.period!.start + y.x.period!.end)),
      )
      .sort((p, q) => gapDays(period, p.x) - gapDays(period, q.x))[0];
    if (other) {
      // the KB says something else for the stated period (precise amounts; growth rates also when the
      // basis is unstated, as results news means year on year) — or, with the period stated in the
      // sentence, the KB has nothing for it at all
      const here = sameNamed.filter((y) => basisOk(y.x));
      const wrongHere = here.length > 0 && here.every((y) => y.m.kind !== 'equal') && (f.kind === 'percent' || sig >= 3);
      // (a round number fits a neighbouring period by rounding alone, 1800億 for 1,845億: it must be that number)
      const exact = sig >= 3 || Math.abs(other.x.value - Math.abs(f.value)) <= Math.abs(f.value) * 0.005;
      const noneHere = here.length === 0 && f.kind !== 'percent' && exact && (basis.period?.how === 'explicit' || sig >= 4);
      if (wrongHere || noneHere)
        return done('inconsistent', other, `This matches the ${kbSays(kb, other.x)}, not ${periodText(period)} — likely the wrong period.`, {
          cause: 'period',
          sibling: { kind: 'period', factId: other.x.id, period: other.x.period },
        });
    }
  }
  // 7. value: subject, line item and period all stated, and the KB's value differs beyond rounding
  if (ONE_VALUE.has(f.metric) && subjectFirm && close && basis.metric?.how === 'explicit' && sameNamed.length && sameNamed.every((y) => y.m.kind === 'none')) {
    const r = sameNamed.find((y) => y.x.unit === f.unit && y.m.expected !== undefined && clearlyDifferent(f, y.m.expected));
    // a revenue well below the company's total, in a sentence that does not name the company, is most
    // likely a part of it (a segment, a product line, a region named in words the KB does not know:
    // 增值服務…958.6億元收入), not a wrong total
    // a growth rate in a sentence that does not name the company, apart from the company's own: most
    // likely a part's (即时零售业务…收入达229亿元,同比激增60%), not a wrong total, the same as its amount
    if (r && subjectHow !== 'explicit' && f.kind === 'percent')
      return {
        ...done(
          'unverified',
          r,
          `${kbSays(kb, r.x)}; the article's ${fmtValue(signedValue(f), String(f.unit))} may be a part's (its sentence does not name the company).`,
        ),
        missing: ['subject'],
      };
    if (r && subjectHow !== 'explicit' && partOf(f, r.x))
      return {
        ...done(
          'unverified',
          r,
          `${kbSays(kb, r.x)}; the article's ${fmtValue(signedValue(f), String(f.unit))} is well below it, perhaps a part of it (a segment or a product line).`,
        ),
        missing: ['metric'],
      };
    // a value flag needs a firm KB figure: the issuer's own (verified), as stated, not a secondary
    // summary's round number (about RMB 6.2 billion), which may be another scope of the line item
    if (r && (r.x.status !== 'verified' || r.x.qualifier))
      return {
        ...done(
          'unverified',
          r,
          `${kbSays(kb, r.x)}; the article says ${fmtValue(signedValue(f), String(f.unit))}, but the KB's figure is not the issuer's own.`,
        ),
        missing: ['difference'],
      };
    // the text names the line item only by its family's name, and a member the KB holds for this
    // subject has no record for the period (non-GAAP beside GAAP): the figure may be that member's
    if (r && memberMissing())
      return {
        ...done(
          'unverified',
          r,
          `${kbSays(kb, r.x)}; the article's ${fmtValue(signedValue(f), String(f.unit))} may be another measure of this line item, which the KB has no record of for this period.`,
        ),
        missing: ['metric'],
      };
    if (r) return done('inconsistent', r, `${kbSays(kb, r.x)}; the article says ${fmtValue(signedValue(f), String(f.unit))}.`, { cause: 'value' });
  }
  // unverified: say what was missing
  const missing: CheckMissing[] = [];
  if (!subjectNamed) missing.push('subject');
  if (basis.metric?.how !== 'explicit') missing.push('metric');
  if (!period) missing.push('period');
  if (period && !sameNamed.length) missing.push('fact');
  if (sameNamed.length) missing.push('difference');
  const check: Check = { status: 'unverified', missing, reason: unverifiedReason(f, period, missing) };
  const anchor = sameNamed[0];
  if (anchor) {
    check.factId = anchor.x.id;
    check.reason = `${kbSays(kb, anchor.x)}; the article's figure could not be confirmed (basis, rounding or scope may differ).`;
  }
  return check;

  /** The figure's exact line item may be one the KB lacks for the period: the text names only its
   *  family (純利益, net income: of line items writers name one for another), the family has two
   *  members or more among the subject's facts, and one of those has no fact of the figure's period. */
  function memberMissing(): boolean {
    if (basis.exactItem || !period || !namesFamilyOnly(f.metric!) || !LOOSE_FAMILIES.has(METRIC_DEFS[f.metric!].family)) return false;
    const fam = subjects.flatMap((id) => familyFacts(kb, id, f.metric!));
    const members = new Set(fam.map((x) => x.metric));
    if (members.size < 2) return false;
    return [...members].some((m) => !fam.some((x) => x.metric === m && relation(period, x) === 'same'));
  }

  /** Evidence of a wrong line item: the figure's own item named in its sentence, of a subject the text
   *  names, with the KB's value of that item for the period clearly apart, and another item's value of
   *  the same period matched to every digit (WRONG_ITEM_DIGITS at least), never a loose pair. */
  function wrongItemEvidence(other: Row, differs: Row[]): boolean {
    return (
      other.rel === 'same' &&
      other.m.strict === true &&
      !other.m.viaFx &&
      basis.itemNamed &&
      basis.metric?.how === 'explicit' &&
      subjectNamed &&
      !!period &&
      !f.approx &&
      f.valueMax === undefined &&
      sig >= WRONG_ITEM_DIGITS &&
      differs.length > 0 &&
      differs.length === sameNamed.length &&
      !loosePair(f.metric!, other.x.metric)
    );
  }

  function done(status: Check['status'], r: Row, reason: string, extra: { cause?: Check['cause']; sibling?: Check['sibling']; period?: Period } = {}): Check {
    // a line item only inferred from the sentence's shape is no evidence for a flag
    if (status === 'inconsistent' && basis.metric?.how === 'inferred')
      return { status: 'unverified', factId: r.x.id, missing: ['metric'], reason: `${reason} The line item is only inferred, so this is not flagged.` };
    const c: Check = { status, factId: r.x.id, reason };
    if (r.m.expected !== undefined) c.expected = r.m.expected;
    if (r.m.expectedUnit) c.expectedUnit = r.m.expectedUnit as Check['expectedUnit'];
    if (extra.cause) c.cause = extra.cause;
    if (extra.sibling) c.sibling = extra.sibling;
    // a plan is about its own horizon, not the quarter the article reports: the card says which
    const period = extra.period ?? (isPlan(r.x) && r.x.period && !samePeriod(r.x.period, basis.period?.value ?? r.x.period) ? r.x.period : undefined);
    if (period) c.basis = { period: { value: period, how: 'inferred' } };
    return c;
  }
}

/** Significant digits a figure must show for its digits alone to be evidence: of a scale slip
 *  (1475 for 14.75) and of a wrong line item (another item's value to every digit written). Two digits
 *  match some other number of a results table too often. */
const SCALE_DIGITS = 3;
const WRONG_ITEM_DIGITS = 3;

/** Families whose members writers and the analysis name one for another (net income / attributable /
 *  non-GAAP; operating income / EBITA / EBITDA; EPS per share / per ADS / non-GAAP; capex with and
 *  without leases, plans; cash flows; buybacks and their authorisations), and "profit" words that
 *  cross net income and operating profit (利润, 利益): a match inside these is never a wrong line item. */
const LOOSE_FAMILIES = new Set(['net_income', 'profit', 'per_share', 'spending', 'cash', 'capital_return']);
const FIGURE_FAMILIES = new Set(['revenue', 'net_income', 'profit', 'per_share', 'spending', 'cash', 'capital_return']);
function loosePair(a: Metric, b: Metric): boolean {
  const fa = METRIC_DEFS[a].family;
  const fb = METRIC_DEFS[b].family;
  if (fa === fb) return LOOSE_FAMILIES.has(fa);
  return (fa === 'net_income' && fb === 'profit') || (fa === 'profit' && fb === 'net_income');
}

/** Checkable facts of a subject in the line item's family (every member, for the digits of a scale slip). */
function familyFacts(kb: PreparedKb, subject: string, metric: Metric): Fact[] {
  const d = METRIC_DEFS[metric];
  if (!FIGURE_FAMILIES.has(d.family)) return [];
  return (kb.factsBySubject.get(subject) ?? []).filter(
    (x) => x.status !== 'unverified' && METRIC_DEFS[x.metric].family === d.family && METRIC_DEFS[x.metric].kind === d.kind,
  );
}

/** Checkable facts of a subject for line items of other families that a figure's item could be
 *  mistaken for (reported results of the same kind of value). */
function otherItemFacts(kb: PreparedKb, subject: string, metric: Metric): Fact[] {
  const d = METRIC_DEFS[metric];
  if (!FIGURE_FAMILIES.has(d.family)) return [];
  return (kb.factsBySubject.get(subject) ?? []).filter((x) => {
    const e = METRIC_DEFS[x.metric];
    return x.status !== 'unverified' && e.family !== d.family && FIGURE_FAMILIES.has(e.family) && e.kind === d.kind;
  });
}

/** The periods of the facts other figures of the article were confirmed as (the article's period). */
function articlePeriods(kb: PreparedKb, seen: Seen): Set<string> {
  seen.read = true;
  const out = new Set<string>();
  for (const id of seen.confirmed) {
    const p = kb.facts.get(id)?.period;
    if (p) out.add(p.start + p.end);
  }
  return out;
}

/** Below this share of the KB's total, a revenue figure is read as a possible part of it. */
const PART_SHARE = 0.7;

/** A revenue figure (a total of parts) well below the KB's value for the whole company. */
function partOf(f: Figure, x: Fact): boolean {
  return METRIC_DEFS[x.metric].family === 'revenue' && f.value > 0 && x.value > 0 && f.value < x.value * PART_SHARE;
}

function unverifiedReason(f: Figure, period: Period | undefined, missing: CheckMissing[]): string {
  const name = f.metric!.replace(/_/g, ' ');
  if (!period) return `The KB has ${name} figures for this subject, but no period could be tied to this figure.`;
  if (missing.includes('fact')) return `The KB has ${name} figures for this subject, but nothing for ${periodText(period)}.`;
  return `The KB has ${name} figures for this subject; the figure could not be confirmed.`;
}

/** The matching row whose value is nearest the figure's. */
function closest(f: Figure, list: Row[]): Row | undefined {
  const d = (r: Row) => (r.m.expected === undefined ? Infinity : Math.abs(r.m.expected - signedValue(f)));
  // two undated facts of one value (notes of US$5bn issued in 2021 and in 2024): the later one, the
  // latest the article could know of (later ones were dropped before)
  const later = (p: Row, q: Row) => (!p.x.period && !q.x.period ? (q.x.asOf ?? '').localeCompare(p.x.asOf ?? '') : 0);
  return [...list].sort((p, q) => d(p) - d(q) || later(p, q))[0];
}

/** Far enough apart to be an error, not rounding: 3% for amounts, 1.5 points for percentages. */
function clearlyDifferent(f: Figure, e: number): boolean {
  if (f.approx || f.valueMax !== undefined) return false;
  if (f.kind === 'percent') {
    if (!f.basis || !f.change) return false;
    return Math.abs(signedValue(f) - e) > 1.5;
  }
  return Math.abs(f.value - e) > Math.max(precision(f).place, Math.abs(e) * 0.03);
}

/** Apart by more than one unit of the last digit written (enough beside a sibling's exact match, which is the evidence). */
function clearlyApart(f: Figure, e: number): boolean {
  if (f.valueMax !== undefined) return false;
  return Math.abs(signedValue(f) - e) > precision(f).place;
}

/** 'net income attributable to shareholders' */
const item = (m: Metric) => METRIC_DEFS[m].label.en.replace(/^(.)/, (c) => c.toLowerCase()).replace(/^cMR/, 'CMR');

const trim = (v: number) => String(Number(v.toPrecision(4)));

function currencyName(u: string): string {
  return ({ CNY: 'yuan', USD: 'US dollars', JPY: 'yen', HKD: 'Hong Kong dollars', EUR: 'euros', GBP: 'pounds' } as Record<string, string>)[u] ?? u;
}
