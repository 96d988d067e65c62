// Evidence from the figure's own line item and its siblings, in checkFacts' order: 1. consistent with
// the line item it names (its period, an overlapping one, or the one fact it can be); 2. a sibling
// period (a fiscal label shifted, or a period only inferred); 3. a sibling line item (consistent when
// interchangeable, a flag when the text names this exact item and the KB's value differs); a sibling
// close to the digit written (perhaps truncated); 3b. another family's line item matched to every digit.
import type { Metric } from '../kb/types';
import type { Check } from '../types';
import { compare, comparable } from './match';
import { kbSays, periodText } from './reason';
import { METRIC_DEFS } from '../vocabulary/metrics';
import { interchangeable, interchangeableGrowth, isGenericItem, namesFamilyOnly } from './siblings';
import { YEAR, clearlyApart, closest, gapDays, knownAfter, otherItemFacts, relation, type Row } from './facts-rows';
import { WRONG_ITEM_DIGITS, type FactScene } from './facts-scene';

/** Step 1: consistent with the line item the figure names. */
export function matchNamed(s: FactScene): Check | undefined {
  const { f, kb, period, sig, stated, namedRows, isPlan, trusted, done } = s;
  // 1. consistent with the line item it names: for its period, an overlapping one, or, with no period
  //    stated, the one fact it can be (a precise number, a plan, a fact without a period); a fact the
  //    source gives only as "about" confirms only within its own rounding (about 99bn is not 100.8bn)
  const open = (y: Row) => y.rel === 'unknown' || (y.rel === 'partial' && !stated);
  const oneFact = (y: Row) => (sig >= 3 && y.m.strict) || !y.x.period || isPlan(y.x);
  for (const rel of ['same', 'overlap', 'open'] as const) {
    // an overlapping period confirms only a period the text states, or a precise number
    const overlapOk = (y: Row) =>
      (y.rel === 'overlap' && (stated || (sig >= 3 && y.m.strict))) || ((y.rel === 'overlap' || y.rel === 'partial') && isPlan(y.x));
    const r = closest(
      f,
      namedRows.filter(
        (y) =>
          y.m.kind === 'equal' &&
          trusted(y) &&
          (y.m.strict || y.x.qualifier !== 'about') &&
          (rel === 'open' ? open(y) && oneFact(y) : rel === 'overlap' ? overlapOk(y) : y.rel === rel),
      ),
    );
    if (!r) continue;
    if (rel === 'overlap')
      return done('consistent', r, `Matches the ${kbSays(kb, r.x)} (a period overlapping ${periodText(period)}).`, {
        sibling: { kind: 'period', factId: r.x.id, period: r.x.period },
      });
    return done('consistent', r, `Matches the ${kbSays(kb, r.x)}.`, rel === 'open' && r.x.period ? { period: r.x.period } : {});
  }
}

/** Step 2: a sibling period of the named line item. */
export function siblingPeriod(s: FactScene): Check | undefined {
  const { f, kb, period, sig, stated, namedRows, trusted, fiscalShift, done } = s;
  // 2. a sibling period: a fiscal label that a calendar reading moves by a quarter or a year is about
  //    the period it matches; a period only inferred that another period's number fits is not
  //    established, so that is said, not called consistent
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
}

/** Words of a segment or of a line of one (クラウド, 云, cloud, 顧客管理, segment, 事業): a sentence with one
 *  may mean the segment's figure. */
const SEGMENT_HINT =
  /クラウド|云|雲|cloud|顧客管理|客户管理|客戶管理|customer management|\bcmr\b|セグメント|segment|部門|事業|业务|業務|分部|板块|板塊|\bunit\b|division|\barm\b/i;

/** Step 3: a sibling line item of the same family. */
export function siblingLineItem(s: FactScene): Check | undefined {
  const { f, ctx, kb, basis, sig, rows, sameNamed, subjectFirm, close, trusted, wrongItemEvidence, done } = s;
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
    // a company's total named (売上高 of Alibaba) given a segment's line of the same period to every digit
    // (its cloud revenue), in a sentence that names no segment: the same slip the other way round
    const partForGroup =
      isGenericItem(f.metric) &&
      kb.entities.get(f.subject)?.type === 'company' &&
      sib.x.subject === f.subject &&
      !!METRIC_DEFS[sib.x.metric].segment &&
      subjectFirm &&
      !SEGMENT_HINT.test(ctx.sentence) &&
      wrongItemEvidence(sib, differs);
    if (groupForPart || partForGroup) {
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
    // a business unit's total named generically (売上高 of Alibaba Cloud): the line item the KB files the
    // unit's own revenue under, unless the KB has the unit's total too and it differs: then a total
    // (revenue from Taobao and Tmall Group) given one of its lines (its CMR) is the wrong line item
    const unitItem = namesFamilyOnly(f.metric) && sib.x.subject === f.subject && kb.entities.get(f.subject)?.type === 'unit';
    if (unitItem && subjectFirm && wrongItemEvidence(sib, differs)) {
      const why = `This is ${item(sib.x.metric)} (${kbSays(kb, sib.x)}), not ${item(f.metric)} (${kbSays(kb, differs[0]!.x)})`;
      return done('inconsistent', sib, `${why} — likely the wrong line item.`, { cause: 'metric', sibling });
    }
    const ownLine = unitItem && differs.length === 0;
    if (interchangeable(f.metric, sib.x.metric) || interchangeableGrowth(f.metric, sib.x.metric) || ownLine)
      return done('consistent', sib, `Matches ${item(sib.x.metric)}: ${kbSays(kb, sib.x)}.`, { sibling });
    return { ...done('unverified', sib, `Matches ${item(sib.x.metric)}, not ${item(f.metric)}: ${kbSays(kb, sib.x)}.`, { sibling }), missing: ['metric'] };
  }
}

/** A sibling line item matched only to the digit written. */
export function nearLineItem(s: FactScene): Check | undefined {
  const { f, kb, rows, trusted, done } = s;
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
}

/** Step 3b: another family's line item, to every digit written. */
export function otherLineItem(s: FactScene): Check | undefined {
  const { f, ctx, kb, basis, period, subjects, prec, sig, sameNamed, subjectNamed, wrongItemEvidence, done } = s;
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
}

/** 'net income attributable to shareholders' */
const item = (m: Metric) => METRIC_DEFS[m].label.en.replace(/^(.)/, (c) => c.toLowerCase()).replace(/^cMR/, 'CMR');
