// A multi-year plan's horizon runs from its announcement, not from the article's date: "今後3年間で
// 3,800億元" in an article of October 2025 is the plan announced on 2025-02-24. When an amount equals a
// KB plan fact of its company (same currency, within its written precision), it takes that horizon.
import type { PreparedKb } from '../prepared-kb';
import type { Fact } from '../kb/types';
import type { Figure } from '../types';
import { METRIC_DEFS } from '../vocabulary/metrics';
import { firstNumber } from './numbers';
import { days } from './period-math';

const PLAN_METRIC = 'investment_plan';
const YEAR_DAYS = 366;

/** The plan fact an amount restates, when it has a horizon of more than a year. */
export function planFact(f: Figure, kb: PreparedKb): Fact | undefined {
  if (f.kind !== 'money' || f.change || !f.subject || !Number.isFinite(f.value)) return undefined;
  // a plan restated as capex or investment (the spending family), or with no metric read
  if (f.metric && METRIC_DEFS[f.metric].family !== METRIC_DEFS[PLAN_METRIC].family) return undefined;
  const t = firstNumber(f.surface);
  const tol = t ? Math.abs(f.value) * (t.place / Math.max(t.value, 1e-9)) : 0;
  for (const x of kb.factsBySubject.get(f.subject) ?? []) {
    if (x.metric !== PLAN_METRIC || x.unit !== f.unit || !x.period || x.status === 'unverified' || days(x.period) <= YEAR_DAYS) continue;
    if (Math.abs(x.value - f.value) <= Math.max(tol, Math.abs(x.value) * 0.001)) return x;
  }
  return undefined;
}
