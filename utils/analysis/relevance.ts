// Is the article ABOUT Alibaba and/or the AI-investment race around it? A score in 0..1 from
// weighted entity evidence (core: Alibaba, its units, models and people; race: other AI players),
// topic-term density, money figures and the title, damped for unrelated uses of the name.
import type * as z from 'zod/mini';
import type { PreparedKb } from './prepared-kb';
import type { ResultSchemas } from './result-schema';
import type { AnalyzeInput, EntityResult, Figure } from './types';
import { normalize, normalizeKey, type Normalized } from './text/normalize';
import { ROOT_ID } from './entities/roles';
import { AI_TERMS, EXPORT_RULE_TERMS, RESULT_TERMS, scanTerms, type TermHit } from './entities/topics';
import { findTitleEntities } from './entities/find';

/** What the score was made of, for the reader (and for analyze(), which reads `otherSense`). */
export type RelevanceSignals = z.output<ResultSchemas['RelevanceSignals']>;

export interface Relevance {
  relevant: boolean;
  score: number;
  signals: RelevanceSignals;
}

const MAX_COUNT = 20; // mentions per entity that still add evidence

const sat = (x: number, k: number) => 1 - Math.exp(-x / k);
const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/** Evidence 0..1 from weighted mentions, damped when they are thin for the text's length. */
function evidence(weighted: number, kiloChars: number, k: number): number {
  const density = weighted / Math.max(1, kiloChars);
  const spread = Math.min(1, 0.35 + 0.65 * Math.min(1, density / 1.5));
  return sat(weighted, k) * spread;
}

/** Topic evidence 0..1 (all topic terms) and investment evidence (invest terms only), from count and density. */
function topicEvidence(hits: TermHit[], kiloChars: number): { t: number; invest: number; counts: Map<string, number> } {
  const counts = new Map<string, number>();
  let w = 0;
  let iw = 0;
  for (const h of hits) {
    if (h.group !== 'topic' && h.group !== 'invest') continue;
    const n = (counts.get(h.term) ?? 0) + 1;
    counts.set(h.term, n);
    if (n > 10) continue;
    w += h.weight;
    if (h.group === 'invest') iw += h.weight;
  }
  const k = Math.max(1, kiloChars);
  return {
    t: 0.5 * sat(w, 4) + 0.5 * Math.min(1, w / k / 3),
    invest: 0.5 * sat(iw, 4) + 0.5 * Math.min(1, iw / k / 2),
    counts,
  };
}

/** Share of the root entity's mentions that sit within 30 chars of a venue word (kebab shop Alibaba). */
function venueShare(root: EntityResult | undefined, hits: TermHit[], norm: Normalized): { share: number; word?: string } {
  const venues = hits.filter((h) => h.group === 'venue');
  if (!root || !venues.length) return { share: 0 };
  let near = 0;
  let word: string | undefined;
  for (const m of root.mentions) {
    const v = venues.find((h) => Math.abs(norm.map[h.ns] - m.start) <= 30 || Math.abs(norm.map[h.ns] - m.end) <= 30);
    if (v) {
      near++;
      word ??= v.term;
    }
  }
  return { share: near / root.mentions.length, word };
}

/** Characters over which mention and topic density are measured. */
const DENSITY_WINDOW = 20_000;

/** `norm`: the text's normalisation when the caller has it (analyze() does), else computed here. */
export function scoreRelevance(input: AnalyzeInput, entities: EntityResult[], figures: Figure[], kb: PreparedKb, norm?: Normalized): Relevance {
  const text = input.text ?? '';
  norm ??= normalize(text);
  // Density is judged per article-sized stretch: counts saturate at MAX_COUNT, so dividing by the
  // full length of a very long page (a 1 MB archive of relevant stories) would mark it down.
  const kilo = Math.min(text.length, DENSITY_WINDOW) / 1000;
  const roles = kb.roles;
  const signals: RelevanceSignals = { entities: [], topics: [], moneyFigures: 0, passingMention: false };

  let coreW = 0;
  let raceW = 0;
  let coreCount = 0;
  let coreStrong = false;
  const strong = kb.strongKeys;
  const race = new Set<string>();
  let anchored = false;
  const hits = scanTerms(norm, text);
  // A chip maker anchors the race on a page that speaks of AI (not a page on PCs or foundries).
  const aiSaid = hits.some((h) => AI_TERMS.has(h.term));
  const ranked: Array<{ id: string; role: 'core' | 'race'; n: number; w: number }> = [];
  for (const e of entities) {
    const r = roles.get(e.id);
    if (!r) continue;
    const n = Math.min(e.mentions.length, MAX_COUNT);
    if (r.role === 'core') {
      coreW += r.weight * n;
      if (!coreStrong) coreStrong = e.mentions.some((m) => strong.get(e.id)?.has(normalizeKey(m.surface)));
      coreCount += e.mentions.length;
    } else {
      raceW += r.weight * n;
      race.add(e.id);
      if (r.anchor && (!r.chipMaker || aiSaid)) anchored = true;
    }
    ranked.push({ id: e.id, role: r.role, n: e.mentions.length, w: r.weight * n });
  }
  ranked.sort((a, b) => b.w - a.w);
  signals.entities = ranked.slice(0, 4).map((x) => ({ id: x.id, role: x.role, mentions: x.n }));

  // Title: a core entity there counts as two strong mentions.
  const titleIds = input.title
    ? findTitleEntities(
        input.title,
        kb,
        entities.map((e) => e.id),
      )
    : [];
  const titleCore = titleIds.filter((id) => roles.get(id)?.role === 'core');
  const titleRace = titleIds.filter((id) => roles.get(id)?.role === 'race');
  if (titleCore.length) {
    coreW += 2;
    signals.title = { id: titleCore[0]!, role: 'core' };
  } else if (titleRace.length) {
    raceW += 1.5;
    signals.title = { id: titleRace[0]!, role: 'race' };
  }

  const { t, invest, counts } = topicEvidence(hits, kilo);

  // Core evidence from ambiguous forms alone (アリ, Ali, 阿里 by context) stays weak.
  const coreEv = evidence(coreW, kilo, 2) * (coreStrong || titleCore.length ? 1 : 0.4);
  // Race-only evidence needs two or more players, one of them a company/chip tied to the core, and
  // investment / compute / chip-export terms.
  // (or, on a page that keeps naming the race's models, its topic terms: the model race itself)
  const modelNews = entities.some((e) => roles.get(e.id)?.role === 'race' && kb.entities.get(e.id)?.type === 'model' && e.mentions.length >= 2);
  // (or, on a page that keeps naming a maker of the race's chips and tells its results with AI in
  // them, its topic terms: its results are the AI chips')
  const chipNews = aiSaid && entities.some((e) => roles.get(e.id)?.chipMaker && e.mentions.length >= 4) && hits.some((h) => RESULT_TERMS.has(h.term));
  const raceTerms = Math.max(invest, modelNews || chipNews ? 0.8 * t : 0);
  // Chip-export rules named on the page make two players (a chip maker and its chip, a maker and a
  // rival) enough: the rules are the race's subject, not a third name.
  const exportRules = hits.some((h) => h.group === 'invest' && EXPORT_RULE_TERMS.has(h.term));
  // A peer's own AI spending or results: the player named again and again (four times or more) is the
  // page's subject, and counts as two players.
  const topN = Math.max(0, ...entities.filter((e) => race.has(e.id)).map((e) => e.mentions.length));
  const players = race.size + (topN >= 4 ? 1 : 0);
  const raceEv = anchored && players >= 2 ? evidence(raceW, kilo, 5) * Math.min(1, players / (exportRules || chipNews ? 2 : 3)) * raceTerms : 0;
  const ent = clamp01(Math.max(coreEv, raceEv) + 0.25 * Math.min(coreEv, raceEv));
  const topTerms = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 3);
  signals.topics = topTerms.map(([term, count]) => ({ term, count }));

  // Salience of the best core/race entity (mention count, early position, title) tempers the score.
  const topSal = Math.max(0, ...entities.filter((e) => roles.has(e.id)).map((e) => e.salience ?? 0));
  let score = ent * (0.4 + 0.6 * t) * (0.85 + 0.15 * topSal);
  // Money figures, those attached to a core entity counting double.
  const money = figures.filter((f) => f.kind === 'money');
  const moneyW = money.reduce((w, f) => w + (f.subject && roles.get(f.subject)?.role === 'core' ? 2 : 1), 0);
  if (money.length && ent > 0.3) {
    score += Math.min(0.08, 0.02 * moneyW);
    signals.moneyFigures = money.length;
  }

  // Unrelated uses of the name: the fairy tale, restaurants.
  // A business article may tell the name's origin; a tale has no business vocabulary.
  const fairy = hits.find((h) => h.group === 'fairy');
  if (fairy) {
    score *= t >= 0.5 ? 0.9 : 0.15;
    signals.otherSense = { kind: 'fairy-tale', term: fairy.term };
  }
  const venue = venueShare(
    entities.find((e) => e.id === ROOT_ID),
    hits,
    norm,
  );
  if (venue.share >= 0.5 && t < 0.5) {
    score *= 0.3;
    signals.otherSense ??= { kind: 'venue', term: venue.word ?? '' };
  }
  signals.passingMention = coreCount > 0 && coreCount <= 2 && !titleCore.length && score < 0.5;

  score = Math.round(clamp01(score) * 1000) / 1000;
  return { relevant: score >= 0.5, score, signals };
}

/** The signals as short English reasons (the CLI's `reasons`; the UI words them itself). */
export function relevanceReasons(s: RelevanceSignals, kb: PreparedKb): string[] {
  const out = s.entities.map((e) => `entity:${e.id} x${e.mentions}`);
  if (s.title) out.push(`title mentions ${kb.name(s.title.id, 'en')}`);
  for (const t of s.topics) out.push(`topic: ${t.term} x${t.count}`);
  if (s.moneyFigures) out.push(`money figures x${s.moneyFigures}`);
  if (s.otherSense) out.push(`${s.otherSense.kind === 'fairy-tale' ? 'fairy-tale' : 'venue'} context: ${s.otherSense.term}`);
  if (s.passingMention) out.push('passing mention only');
  return out;
}
