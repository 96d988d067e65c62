// What every evidence step of checkFacts reads: the figure (with a subject and a line item), the rows
// gathered for it, what its basis states (subject named or firm, period stated or close), and the
// judgements the steps share: a plan's horizon, a trusted match, a fiscal label's shift, evidence of a
// wrong line item, a family member the KB lacks, and `done`, which turns a row into a Check (never a
// flag on a line item only inferred).
import type { PreparedKb } from '../prepared-kb';
import type { Fact, Metric, Period } from '../kb/types';
import type { Check, Figure } from '../types';
import { related } from '../figures/attach';
import { samePeriod } from '../figures/periods';
import { METRIC_DEFS, SEGMENT_METRICS } from '../vocabulary/metrics';
import type { FigureBasis } from './basis';
import { compare, comparable, precision } from './match';
import { lineItems, namesFamilyOnly } from './siblings';
import { LOOSE_FAMILIES, YEAR, days, factsFor, familyFacts, gapDays, knownAfter, loosePair, monthsApart, relation, type Row } from './facts-rows';

/** What other figures of the article showed; `read` records that an answer depended on it. */
export interface Seen {
  confirmed: Set<string>; // facts another figure states correctly
  shifted: Set<string>; // periods that amounts of the article were found to belong to
  read?: boolean;
}
export const seenHas = (seen: Seen, set: Set<string>, key: string) => ((seen.read = true), set.has(key));

export interface FactContext {
  kb: PreparedKb;
  sentence: string;
  basis: FigureBasis;
  articleDate?: string;
  seen: Seen;
}

/** Significant digits a figure must show for its digits alone to be evidence: of a scale slip
 *  (1475 for 14.75) and of a wrong line item (another item's value to every digit written). Two digits
 *  match some other number of a results table too often. */
export const SCALE_DIGITS = 3;
export const WRONG_ITEM_DIGITS = 3;

/** A figure the KB can be asked about: a subject and a line item (not 'other'). */
export type FactFigure = Figure & { subject: string; metric: Metric };
export const checkable = (f: Figure): f is FactFigure => !!f.subject && !!f.metric && f.metric !== 'other';

export type FactScene = ReturnType<typeof factScene>;

/** The rows of a figure and what its basis states, read once for all the evidence steps. */
export function factScene(f: FactFigure, ctx: FactContext) {
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
  // a fiscal label that a calendar reading moves by a quarter or a year (a sibling period; never the wrong period)
  const fiscalShift = (x: Fact) => basis.fiscalLabel && !!period && !!x.period && [3, 6, 9, 12].includes(monthsApart(period, x.period));

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

  return {
    f,
    ctx,
    kb,
    basis,
    seen,
    period,
    named,
    subjects,
    prec,
    sig,
    rows,
    namedRows,
    sameNamed,
    subjectHow,
    subjectNamed,
    subjectFirm,
    stated,
    close,
    isPlan,
    trusted,
    fiscalShift,
    memberMissing,
    wrongItemEvidence,
    done,
  };
}
