// A multi-year plan's horizon runs from its announcement, not from the article's date: "今後3年間で
// 3,800億元" in an article of October 2025 is the plan announced on 2025-02-24. When an amount equals a
// KB plan fact of its company (same currency, within its written precision), it takes that horizon; so
// does the amount it was raised to (従来の3,800億元から4,800億元に増額).
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

/** 3,800億元から4,800億元に増額 / 引き上げ: the amount a KB plan was revised to, in the same sentence. */
const REVISED_TO = /^\s?(?:に|へ|まで)\s?(?:増額|引き上げ|引上げ|拡大|上積み|積み増|上方修正|増や)/;
export function revisedPlanFact(f: Figure, sentenceFigures: Figure[], text: string, kb: PreparedKb): Fact | undefined {
  if (f.kind !== 'money' || !REVISED_TO.test(text.slice(f.end, f.end + 12))) return undefined;
  const from = sentenceFigures.find((g) => g.kind === 'money' && g.unit === f.unit && g.end <= f.start && /^\s?から\s?$/.test(text.slice(g.end, f.start)));
  return from ? planFact({ ...from, subject: from.subject ?? f.subject }, kb) : undefined;
}
