// The line item (metric) and the subject (entity) of one figure: the keyword its sentence names
// for it, else one the sentence's shape implies (as a guess); the entity the keyword belongs to,
// else the nearest before it, else the heading's or the article's company.
import type { PreparedKb } from '../prepared-kb';
import type { Figure } from '../types';
import { GROWTH_OF, MONEY_METRICS } from '../vocabulary/metrics';
import type { Head } from './blocks';
import { inferMetric, unitRevenue } from './infer-metric';
import { cited, excluded, firmSubject, forecaster, kbSubject, keywordOwner, othersNamed, pickSubject } from './subject';
import type { Scene, Via } from './attach-scene';

/** A name as its clause's topic, after its bracket too: クラウド事業(阿里雲)は, Alibaba Cloud's. */
const TOPIC_AFTER = /^[)）]?\s?(?:は|が|も|の|，|,|'s|’s)/;

/** Returns the subject as the text gives it, before the KB's filing convention maps it (or undefined). */
export function attachLineItem(f: Figure, si: number, scene: Scene, via: Via): string | undefined {
  const { text, kb } = scene.ctx;
  const [sa, sb] = scene.sents[si] ?? [0, text.length];
  const sFigs = scene.figsIn[si] ?? [];
  const sMent = scene.mentionsIn[si] ?? [];
  const hits = scene.hitsIn[si] ?? [];
  const choose = (g: Figure) => scene.choose(g, si);
  const choice = choose(f);
  if (choice.metric) f.metric = choice.metric;
  const head = scene.heads[si];
  if (!f.metric && head?.hits.length) f.metric = questionMetric(f, head);
  if (choice.guessed) via.metric = 'inferred';
  // no line item named for it: one the sentence's shape implies (a list under one line item, a
  // growth rate joined to an amount, a segment's clause, a results sentence), as a guess
  const guess =
    !f.metric || (f.metric === 'other' && choice.hit)
      ? inferMetric(
          f,
          {
            text,
            kb,
            sentenceStart: sa,
            figures: sFigs.filter((g) => !scene.conversions.has(g)),
            hits,
            mentions: sMent,
            chosen: (g) => choose(g).metric,
            hitOf: (g) => choose(g).hit,
          },
          !!f.metric,
        )
      : undefined;
  if (guess) {
    f.metric = guess.metric;
    via.metric = 'inferred';
  } else if (!f.metric && scene.columns.has(f)) {
    f.metric = 'share_price_change'; // a cell of a return table (騰落率 columns)
    via.metric = 'inferred';
  }
  // subject: the entity the keyword belongs to (テンセントの売上高), else the nearest before the figure
  // (not a name the text leaves out, 剔除银泰业务的…, nor one of an earlier item of a bulleted list)
  const itemStart = lastBullet(text, sa, f.start);
  const before = sMent.filter((m) => m.end <= f.start && m.start >= itemStart && !excluded(m, text));
  const owner = choice.hit && !guess && !choice.subject ? keywordOwner(choice.hit, sMent, text, kb) : undefined;
  // "同部門の売上高は…", "该板块收入…": the unit named before (as a guess); none, no line item of the KB
  const referent = choice.refers && !guess ? referredUnit(si, scene, choice.hit!) : undefined;
  if (choice.refers && !guess && !referent) f.metric = 'other';
  const given = guess?.subject ?? choice.subject ?? referent;
  // (not the article's cited source: ロイターによると、売上高は…)
  const near =
    owner || given
      ? undefined
      : pickSubject(
          before.filter((m) => !cited(m, text)),
          f.metric,
          kb,
        );
  const subj = given ?? owner?.entityId ?? near?.id;
  let carried: string | undefined;
  if (subj) {
    f.subject = subj;
    const named = sMent.filter((m) => !cited(m, text));
    via.subject = owner || given || !othersNamed(subj, named, sa, sb, kb) || firmSubject(near!.span, before, text) ? 'sentence' : 'mixed';
    if (referent) via.subject = 'mixed';
    // a segment's revenue is the line item the KB files it under (Alibaba Cloud's revenue is its
    // cloud revenue, not the group's revenue); a guess all the same, as the segment's revenue may
    // be reported in more than one scope (with or without inter-segment revenue)
    const ownRevenue = unitRevenue(subj, kb);
    if (
      ownRevenue === 'cloud_revenue' &&
      (f.metric === 'revenue' || f.metric === 'revenue_growth') &&
      (owner || given || firmSubject(near!.span, before, text) || TOPIC_AFTER.test(text.slice(near!.span.end, near!.span.end + 4)))
    ) {
      f.metric = f.metric === 'revenue' ? 'cloud_revenue' : 'cloud_revenue_growth';
      via.metric = 'inferred';
    }
  } else if ((carried = carriedUnit(f, si, scene, choice.hit))) {
    // "…Alibaba Cloud Intelligence Groupのパフォーマンスです。売上高は…": the unit the sentence before
    // ends on, as a guess (never firm enough for a flag)
    f.subject = carried;
    via.subject = 'mixed';
    if (unitRevenue(carried, kb) === 'cloud_revenue') f.metric = f.metric === 'revenue' ? 'cloud_revenue' : 'cloud_revenue_growth';
    via.metric = 'inferred';
  } else if (head?.subject) {
    f.subject = head.subject; // the heading's company (■7-9月期（アリババ）)
    via.subject = 'sentence';
  } else if (f.metric && f.metric !== 'other' && (scene.dominant ?? scene.implied)) {
    f.subject = scene.dominant ?? scene.implied;
    via.subject = scene.dominant ? 'article' : 'identified';
  }
  // "ゴールドマンは…4600億元に達すると予測": the forecaster's figure, not the company's
  const by = f.subject ? forecaster(f.subject, before, text, f, sb, kb) : undefined;
  if (by) {
    f.subject = by;
    via.subject = 'sentence';
  } else if (by === '') f.metric = 'other';
  // a company's cloud unit named by a common noun (its cloud division): the unit, when the KB has one
  if ((choice.guessed || (guess && !guess.subject)) && f.subject && (f.metric === 'cloud_revenue' || f.metric === 'cloud_revenue_growth'))
    f.subject = cloudUnitOf(f.subject, kb) ?? f.subject;
  const named = f.subject;
  if (f.subject && f.metric) f.subject = kbSubject(f.subject, f.metric, kb);
  return named;
}

/** "Q: …売上高は？ A: 2,477億元": the question's keyword gives the answer's figure its metric. */
function questionMetric(f: Figure, head: Head): Figure['metric'] {
  for (let k = head.hits.length - 1; k >= 0; k--) {
    const m = head.hits[k]!.metric;
    if (m === 'other') continue;
    if (f.kind === 'money' && MONEY_METRICS.has(m)) return m;
    if (f.kind === 'percent' && (f.change || f.basis) && GROWTH_OF[m]) return GROWTH_OF[m];
  }
  return undefined;
}

/** The business unit of a company that files cloud revenue (Alibaba → Alibaba Cloud); a unit is its own. */
function cloudUnitOf(id: string, kb: PreparedKb): string | undefined {
  if (unitRevenue(id, kb) === 'cloud_revenue') return id;
  for (const e of kb.entities.values()) if (e.parent === id && e.type === 'unit' && unitRevenue(e.id, kb) === 'cloud_revenue') return e.id;
  return undefined;
}

/** A keyword opening its sentence as the topic (売上高は…, 收入方面…). */
const OPENS = /^[\s「『"“]*$/;
const AS_TOPIC = /^\s?(?:は|も|が|方面|:|：)/;

/** The business unit a sentence with no figure ends on, carried to the next sentence when that one
 *  opens with a revenue keyword and names no company of its own before its figure. */
function carriedUnit(f: Figure, si: number, scene: Scene, hit: { a: number; b: number } | undefined): string | undefined {
  if (si === 0 || !hit || (f.metric !== 'revenue' && f.metric !== 'revenue_growth')) return undefined;
  const { text, kb } = scene.ctx;
  const [sa] = scene.sents[si]!;
  if (!OPENS.test(text.slice(sa, hit.a)) || !AS_TOPIC.test(text.slice(hit.b, hit.b + 3))) return undefined;
  if ((scene.figsIn[si - 1] ?? []).some((g) => g.kind === 'money' || g.kind === 'percent')) return undefined;
  const last = (scene.mentionsIn[si - 1] ?? []).at(-1);
  if (!last || kb.entities.get(last.entityId)?.type !== 'unit' || !unitRevenue(last.entityId, kb)) return undefined;
  return last.entityId;
}

/** The unit a "this segment" keyword points back to: the last one named before it in its sentence,
 *  else in the two sentences before; only a unit the KB records revenue for. */
function referredUnit(si: number, scene: Scene, hit: { a: number }): string | undefined {
  const { kb } = scene.ctx;
  const isUnit = (id: string) => kb.entities.get(id)?.type === 'unit' && !!unitRevenue(id, kb);
  const lists = [(scene.mentionsIn[si] ?? []).filter((m) => m.end <= hit.a), scene.mentionsIn[si - 1] ?? [], scene.mentionsIn[si - 2] ?? []];
  for (const ms of lists) {
    const last = ms.filter((m) => isUnit(m.entityId)).at(-1);
    if (last) return last.entityId;
  }
  return undefined;
}

/** A bullet that opens a list item (… [3] - 年初至今…, … 9% - 调整后…): where the figure's item starts. */
const BULLET_MARK = /(?:^|\s)[-–•]\s/g;
function lastBullet(text: string, from: number, to: number): number {
  let at = from;
  for (const m of text.slice(from, to).matchAll(BULLET_MARK)) at = from + m.index! + m[0].length;
  return at;
}
