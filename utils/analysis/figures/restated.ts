// A figure the headline or the lead states without its period ("Alibaba's US$7 billion subsidy",
// a TLDR bullet) takes the period of the same amount restated later in the body with one
// ("50 billion yuan (US$7 billion) over the next 12 months"). Same kind and unit, the value equal
// up to rounding (39.8 for 39.82), line items of one family when both are known.
import type { Figure, PeriodFrom } from '../types';
import { METRIC_DEFS } from '../vocabulary/metrics';

/** How far down the page the lead runs (the headline, a dek, a TLDR list). */
const LEAD = 600;

const sameValue = (a: Figure, b: Figure) =>
  a.kind === 'percent' ? a.value === b.value : Math.abs(a.value - b.value) <= 0.005 * Math.max(Math.abs(a.value), Math.abs(b.value));

const sameFamily = (a: Figure, b: Figure) => !a.metric || !b.metric || METRIC_DEFS[a.metric].family === METRIC_DEFS[b.metric].family;

/** `skip`: figures that take their period from another (a conversion from its amount). */
export function restatedPeriods(figures: Figure[], skip: Set<Figure>): void {
  for (const f of figures) {
    if (f.period || skip.has(f) || f.start >= LEAD || (f.kind !== 'money' && f.kind !== 'percent') || f.malformed || !f.value) continue;
    const g = figures.find(
      (x) =>
        x.start > f.end &&
        x.period &&
        x.kind === f.kind &&
        String(x.unit) === String(f.unit) &&
        x.valueMax === f.valueMax &&
        sameValue(f, x) &&
        sameFamily(f, x),
    );
    if (!g) continue;
    f.period = g.period;
    const from: PeriodFrom = { how: 'inherited', note: 'from the same amount restated in the body' };
    f.periodFrom = from;
    f.via = { ...f.via, period: g.via?.period === 'sentence' || g.via?.period === 'paragraph' ? 'paragraph' : (g.via?.period ?? 'assumed') };
  }
}
