// One figure (as one reading) against the KB's facts for its subject and line item. Evidence first:
// - consistent: the value equals a fact of the line item it names for its period (or the one fact
//   it can be), or a sibling line item or a sibling period, which the check then names;
// - inconsistent only with a named error: currency (the same number in another currency), scale (a
//   power of ten), period (the value of another period while the text states this one), metric (the
//   number of a sibling line item while the text names this one exactly), value (subject, line item
//   and period all stated, and the KB differs beyond rounding);
// - otherwise unverified, with what was missing.
//
// The rows and what the basis states are read once (facts-scene.ts); the evidence steps then run in
// order, the first that has something to say answering: the line item and its siblings
// (facts-sibling.ts), slips of currency and scale (facts-slip.ts), period and value (facts-value.ts).
import type { Check, Figure } from '../types';
import { factsFor } from './facts-rows';
import { checkable, factScene, type FactContext } from './facts-scene';
import { matchNamed, nearLineItem, otherLineItem, siblingLineItem, siblingPeriod } from './facts-sibling';
import { currencySlip, percentDecimal, scaleByDigits, scaleSlip } from './facts-slip';
import { unverified, wrongPeriod, wrongValue } from './facts-value';

export function checkFacts(f: Figure, ctx: FactContext): Check | undefined {
  if (!checkable(f)) return undefined;
  const s = factScene(f, ctx);
  const { kb, rows, subjects } = s;
  if (!rows.length) {
    // the KB holds nothing of this line item for the subject (or its segments): say so, never a verdict
    if (subjects.some((id) => factsFor(kb, id, f.metric!).length)) return undefined;
    const name = f.metric.replace(/_/g, ' ');
    return { status: 'unverified', missing: ['record'], reason: `The KB has no ${name} record for this subject.` };
  }
  return (
    matchNamed(s) ??
    siblingPeriod(s) ??
    siblingLineItem(s) ??
    nearLineItem(s) ??
    otherLineItem(s) ??
    currencySlip(s) ??
    scaleSlip(s) ??
    scaleByDigits(s) ??
    percentDecimal(s) ??
    wrongPeriod(s) ??
    wrongValue(s) ??
    unverified(s)
  );
}
