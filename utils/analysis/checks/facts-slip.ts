// Slips of unit and currency, in checkFacts' order: 4. currency (the same number in another currency);
// 5. scale (the same digits times a power of ten); 5b. scale by the digits against the line item's
// family (a dropped decimal point, 万/億 or million/billion slipped, perhaps with the currency);
// 5c. a percentage with its decimal point dropped. Each returns a flag or nothing.
import type { PreparedKb } from '../prepared-kb';
import type { Check } from '../types';
import { MULTI_YEAR } from '../figures/metrics';
import { compare, comparable } from './match';
import type { Fact } from '../kb/types';
import { kbSays } from './reason';
import { CURRENCY_DEFS, isCurrency } from '../vocabulary/currencies';
import { YEAR, days, familyFacts, knownAfter, relation, signedValue, type Row } from './facts-rows';
import { SCALE_DIGITS, seenHas, type FactScene, type Seen } from './facts-scene';

/** Step 4: currency. */
export function currencySlip(s: FactScene): Check | undefined {
  const { f, kb, sig, namedRows, subjectNamed, subjectFirm, close, isPlan, done } = s;
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
}

/** Step 5: scale. */
export function scaleSlip(s: FactScene): Check | undefined {
  const { f, ctx, kb, basis, seen, period, sig, namedRows, subjectNamed, subjectFirm, close, isPlan, done } = s;
  // 5. scale: the same digits ×10^k
  const multiYear = MULTI_YEAR.test(ctx.sentence) || (period ? days(period) > 2 * YEAR : false);
  // a round number (500億) only with subject, line item and period all stated, and not as a bound
  // (突破200億元, 500億ドル超: a milestone passed, not the value); otherwise two digits at least
  const bound = f.approx !== undefined && f.approx !== 'about';
  const pinned = close && subjectFirm && basis.metric?.how === 'explicit' && !bound;
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
}

/** Step 5b: scale by the digits. */
export function scaleByDigits(s: FactScene): Check | undefined {
  const { f, ctx, kb, basis, seen, period, named, subjects, prec, sig, subjectNamed, done } = s;
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
    let ap: Set<string> | undefined; // the article's periods, read once and only when needed
    const articlePeriod = (x: Fact) => !period && !!x.period && (ap ??= articlePeriods(kb, seen)).has(x.period.start + x.period.end);
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
}

/** Step 5c: a percentage with its decimal point dropped. */
export function percentDecimal(s: FactScene): Check | undefined {
  const { f, kb, seen, period, prec, sig, namedRows, subjectNamed, done } = s;
  // 5c. a percentage with its decimal point dropped (56.6% written 566%): every digit written (three at
  //     least) is the KB's value of its own line item for its period (or the article's) times 10 or 100,
  //     to half a unit of the last digit written, and no fact of the line item equals it
  if (f.kind === 'percent' && sig >= SCALE_DIGITS && subjectNamed && !f.approx && f.valueMax === undefined && !namedRows.some((y) => y.m.kind === 'equal')) {
    const hits: Array<{ y: Row; factor: number }> = [];
    let ap: Set<string> | undefined; // the article's periods, read once and only when needed
    for (const y of namedRows) {
      const own = y.rel === 'same' || (!period && !!y.x.period && (ap ??= articlePeriods(kb, seen)).has(y.x.period.start + y.x.period.end));
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

const trim = (v: number) => String(Number(v.toPrecision(4)));

/** The currency's English name from the vocabulary: "US dollar (USD)". */
const currencyName = (u: string): string => (isCurrency(u) ? `${CURRENCY_DEFS[u].name.en} (${u})` : u);
