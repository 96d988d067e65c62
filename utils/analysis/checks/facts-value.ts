// The last evidence steps of checkFacts: 6. period (the value of another period while the text states
// this one); 7. value (subject, line item and period all stated, and the KB's value differs beyond
// rounding, unless the figure may be a part's, the KB's figure is not the issuer's own, or a family
// member the KB lacks may be meant); then the unverified check that says what was missing.
import type { Fact, Metric, Period } from '../kb/types';
import type { Check, Figure } from '../types';
import type { CheckMissing } from '../vocabulary/checks';
import { REPORTED_METRICS, METRIC_DEFS } from '../vocabulary/metrics';
import { fmtValue, kbSays, periodText } from './reason';
import { YEAR, clearlyDifferent, gapDays, signedValue } from './facts-rows';
import { seenHas, type FactScene } from './facts-scene';

/** Line items with one true value per period: reported results, and buybacks done in a period. */
const ONE_VALUE = new Set<Metric>([...REPORTED_METRICS, 'buyback']);

/** Step 6: period. */
export function wrongPeriod(s: FactScene): Check | undefined {
  const { f, kb, basis, seen, period, sig, namedRows, sameNamed, subjectNamed, stated, fiscalShift, done } = s;
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
}

/** Step 7: value. */
export function wrongValue(s: FactScene): Check | undefined {
  const { f, kb, basis, sameNamed, subjectHow, subjectFirm, close, memberMissing, done } = s;
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
}

/** Unverified: say what was missing. */
export function unverified(s: FactScene): Check {
  const { f, kb, period, subjectNamed, basis, sameNamed } = s;
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
