// Periods a figure takes from outside its paragraph: its company's period named last, or the one the
// text carried on from an earlier paragraph (not one that dates a market statistic).
import type { Figure } from '../types';
import { METRIC_DEFS, RESULTS_METRICS } from '../vocabulary/metrics';
import type { Scene } from './attach-scene';

/** A paragraph about another company than the article's first period's: that company's period named last before f. */
export function ownPeriod(scene: Scene, f: Figure): Figure | undefined {
  const { articlePeriod, companyOf } = scene;
  const who = f.subject ?? scene.calAt(f.start).company;
  if (!who || !articlePeriod || companyOf.get(articlePeriod) === who || !companyOf.get(articlePeriod)) return undefined;
  let out: Figure | undefined;
  const results = !!f.metric && RESULTS_METRICS.has(f.metric);
  for (const t of scene.named) if (t.end <= f.start && companyOf.get(t) === who && !(results && marketOnly(scene, t))) out = t;
  return out;
}

/** The period named last before x, for a figure of the same company (or of none named). */
export function carriedTo(scene: Scene, f: Figure, x: number): Figure | undefined {
  const t = lastNamedBefore(scene.carried, x);
  if (!t) return undefined;
  const who = scene.calAt(f.start).company ?? f.subject;
  const its = scene.companyOf.get(t);
  if (f.metric && RESULTS_METRICS.has(f.metric) && marketOnly(scene, t)) return undefined;
  return !who || !its || its === who ? t : undefined;
}

/** A period whose sentence states only market figures (据Omdia报告,2025年上半年…份额35.8%) dates that
 *  statistic, not the results of the paragraphs after it. */
function marketOnly(scene: Scene, t: Figure): boolean {
  const amounts = (scene.figsIn[scene.sentOf(t.start)] ?? []).filter((x) => x.kind === 'money' || x.kind === 'percent');
  return amounts.length > 0 && amounts.every((x) => !!x.metric && METRIC_DEFS[x.metric].family === 'market' && !RESULTS_METRICS.has(x.metric));
}

/** The last period named before x. */
function lastNamedBefore(named: Figure[], x: number): Figure | undefined {
  let out: Figure | undefined;
  for (const t of named) if (t.end <= x) out = t;
  return out;
}
