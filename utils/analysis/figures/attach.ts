// Attaches a subject (entity), a metric and a period to each figure, and resolves year-less dates
// and relative periods. Sentences end at 。！？!? / newline / '. '; paragraphs at newlines.
// Everything is looked up per sentence, so the work grows linearly with the article.
// The article is read once (attach-scene.ts); then each figure takes its line item and subject
// (attach-line-item.ts), then its period (attach-period.ts); conversions take their amount's.
import type { Figure } from '../types';
import { buildScene, isTime, type AttachContext, type Via } from './attach-scene';
import { attachLineItem } from './attach-line-item';
import { attachPeriod } from './attach-period';
import { restatedPeriods } from './restated';
import { kbSubjectFor } from './subject';

export { related } from './subject';
export { periodOfTitle } from './attach-scene';
export type { AttachContext } from './attach-scene';

export function attachContext(figures: Figure[], ctx: AttachContext): Figure[] {
  const scene = buildScene(figures, ctx);
  const { pairs } = scene;
  figures.forEach((f, idx) => {
    if (f.kind !== 'money' && f.kind !== 'percent' && f.kind !== 'count') return;
    if (pairs.has(idx)) return; // takes its source's context below
    const si = scene.sentOf(f.start);
    const via: Via = {};
    const named = attachLineItem(f, si, scene, via);
    attachPeriod(f, si, scene, via);
    // the KB's filing convention for the figure's period (a line item that moved to another unit)
    if (named && named !== f.subject && f.metric && f.period) f.subject = kbSubjectFor(named, f.metric, f.period, scene.ctx.kb) ?? f.subject;
    if (via.subject || via.period || via.metric) f.via = via;
  });
  const fromSource = () => {
    for (const [b, a] of pairs) {
      const src = figures[a]!;
      const f = figures[b]!;
      for (const k of ['metric', 'subject', 'period', 'via'] as const) if (src[k] !== undefined) (f as unknown as Record<string, unknown>)[k] = src[k];
    }
  };
  fromSource();
  // a headline amount restated in the body takes its period (then so do its conversions)
  restatedPeriods(figures, scene.conversions);
  fromSource();
  // Year-less dates and relative periods nothing could resolve are dropped.
  return figures.filter((f) => !(isTime(f) && !f.period));
}
