// Scoring analyze() output against placed gold (see eval-gold.ts). Pure: no I/O.
import type { AnalysisResult, Figure } from '../../utils/analysis/types';
import type { Fixture, GoldLang, GoldMention, PlacedFigure, Span } from './eval-gold';

/** A predicted span may carry a title the gold leaves out (呉 / 呉氏, 9988 / 9988.HK). */
const TITLE_TAIL = /^(氏|さん|CEO|会長|社長|董事長|主席|總裁|总裁|\.HK|\.N|\s?Inc\.?)$/;

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export interface ArticleScore {
  name: string;
  lang: GoldLang;
  goldRelevant: boolean;
  predRelevant: boolean;
  score: number;
  ent: { gold: number; pred: number; matched: number };
  fig: { gold: number; exact: number; found: number; otherGold: number; otherExact: number; periodGold: number; periodExact: number; checked: number };
  falseAlarms: Array<{ surface: string; cause?: string; reason?: string }>;
  errors: { seeded: number; caught: number; wrongCause: number };
  /** Money and percent figures whose gold names a line item: how many the product attributed the
   *  same (metric and subject). */
  metrics: { gold: number; attributed: number };
  misses: string[]; // human-readable lines for the top-misses listing
}

function mentionMatches(text: string, g: Span, p: Span): boolean {
  if (g.start !== p.start) return false;
  if (g.end === p.end) return true;
  const tail = text.slice(Math.min(g.end, p.end), Math.max(g.end, p.end));
  return TITLE_TAIL.test(tail);
}

const overlap = (a: Span, b: Span) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

function valueMatches(g: PlacedFigure['gold'], p: Figure): boolean {
  if (String(p.unit) !== g.unit) return false;
  const pv = g.kind === 'percent' ? Math.abs(p.value) : p.value;
  const gv = g.kind === 'percent' ? Math.abs(g.value) : g.value;
  return Math.abs(pv - gv) <= 1e-9 * Math.max(1, Math.abs(gv));
}

const MAIN_KINDS = new Set(['money', 'percent']);
const show = (f: Figure | undefined) =>
  f ? `${f.surface}=${f.value} ${f.unit}${f.check ? ` [${f.check.status}${f.check.cause ? '/' + f.check.cause : ''}]` : ''}` : 'nothing';

/** A gold period written "start..end" or as an object. */
function goldPeriod(p: string | { start: string; end: string; how?: string } | undefined) {
  if (typeof p !== 'string') return p;
  const [start = '', end = ''] = p.split('..');
  return { start, end, how: undefined as string | undefined };
}

export function scoreArticle(fx: Fixture, res: AnalysisResult): ArticleScore {
  const { text, gold } = fx;
  const misses: string[] = [];
  if (res.relevant !== gold.relevant)
    misses.push(`relevance: gold ${gold.relevant}, got ${res.relevant} (score ${res.score.toFixed(2)}; ${res.reasons.slice(0, 3).join('; ')})`);

  // Entities: each gold mention matched at most once, by id and span.
  const preds = res.entities.flatMap((e) => e.mentions.map((m) => ({ id: e.id, start: m.start, end: m.end, surface: m.surface })));
  const usedGold = new Set<GoldMention>();
  let matched = 0;
  for (const p of preds) {
    const g = fx.mentions.find((m) => !usedGold.has(m) && m.id === p.id && mentionMatches(text, m, p));
    if (g) {
      usedGold.add(g);
      matched++;
      continue;
    }
    const other = fx.mentions.find((m) => overlap(m, p) > 0);
    misses.push(`entity FP: ${p.id} "${p.surface}"@${p.start}${other ? ` (gold there: ${other.id} "${other.surface}")` : ''}`);
  }
  for (const g of fx.mentions) {
    if (usedGold.has(g)) continue;
    const near = preds.find((p) => overlap(g, p) > 0);
    misses.push(`entity miss: ${g.id} "${g.surface}"@${g.start}${near ? ` (got ${near.id} "${near.surface}")` : ''}`);
  }

  // Figures: the predicted figure overlapping the gold span most, of the same kind when possible.
  const fig = { gold: 0, exact: 0, found: 0, otherGold: 0, otherExact: 0, periodGold: 0, periodExact: 0, checked: 0 };
  const errors = { seeded: 0, caught: 0, wrongCause: 0 };
  const bestFor = (g: PlacedFigure) => {
    const cands = res.figures.filter((p) => overlap(g, p) > 0);
    cands.sort((a, b) => Number(b.kind === g.gold.kind) - Number(a.kind === g.gold.kind) || overlap(g, b) - overlap(g, a));
    return cands[0];
  };
  const metrics = { gold: 0, attributed: 0 };
  for (const g of fx.figures) {
    const p = bestFor(g);
    const ok = !!p && valueMatches(g.gold, p);
    if (g.gold.metric && MAIN_KINDS.has(g.gold.kind) && gold.relevant) {
      metrics.gold++;
      if (p?.metric === g.gold.metric && (!g.gold.subject || p.subject === g.gold.subject)) metrics.attributed++;
      else
        misses.push(
          `metric: "${g.gold.surface}" gold ${g.gold.subject ?? ''}/${g.gold.metric}, got ${p ? `${p.subject ?? ''}/${p.metric ?? 'none'}` : 'nothing'}`,
        );
    }
    if (MAIN_KINDS.has(g.gold.kind)) {
      fig.gold++;
      if (p) fig.found++;
      if (ok) fig.exact++;
      // a verdict (consistent or inconsistent), not an unverified note
      if (p?.check && p.check.status !== 'unverified') fig.checked++;
      else if (gold.relevant) {
        const want = [g.gold.subject, g.gold.metric, g.gold.period].filter(Boolean).join(' ');
        misses.push(
          `figure unchecked: "${g.gold.surface}"${want ? ` gold ${want}` : ''}, got ${p?.subject ?? '-'}/${p?.metric ?? '-'} ${show(p)}${p?.check?.missing ? ` (${p.check.missing.join('+')})` : ''}`,
        );
      }
    } else {
      fig.otherGold++;
      if (ok) fig.otherExact++;
    }
    const gp = goldPeriod(g.gold.period);
    if (gp) {
      fig.periodGold++;
      if (p?.period?.start === gp.start && p.period.end === gp.end) fig.periodExact++;
      else
        misses.push(
          `period ${gp.how ?? ''}: "${g.gold.surface}" gold ${gp.start}..${gp.end}, got ${p?.period ? `${p.period.start}..${p.period.end}` : p ? 'none' : 'no figure'}`,
        );
    }
    if (!ok) misses.push(`figure ${p ? 'wrong' : 'miss'}: "${g.gold.surface}" gold ${g.gold.value} ${g.gold.unit}, got ${show(p)}`);
    if (g.gold.check === 'inconsistent') {
      errors.seeded++;
      const flagged = res.figures.filter((q) => overlap(g, q) > 0 && q.check?.status === 'inconsistent');
      if (flagged.some((q) => q.check?.cause === g.gold.cause)) errors.caught++;
      else if (flagged.length) {
        errors.wrongCause++;
        misses.push(`check wrong cause: "${g.gold.surface}" gold ${g.gold.cause}, got ${flagged.map((q) => q.check?.cause).join(',')}`);
      } else misses.push(`check missed: "${g.gold.surface}" (${g.gold.cause}), got ${show(p)}`);
    }
  }
  // False alarms: flagged figures that no gold error covers.
  const falseAlarms: ArticleScore['falseAlarms'] = [];
  for (const q of res.figures) {
    if (q.check?.status !== 'inconsistent') continue;
    if (fx.figures.some((g) => g.gold.check === 'inconsistent' && overlap(g, q) > 0)) continue;
    falseAlarms.push({ surface: q.surface, cause: q.check.cause, reason: q.check.reason });
    misses.push(`FALSE ALARM: ${show(q)} — ${q.check.reason ?? ''}`);
  }
  return {
    name: fx.name,
    lang: fx.gold.lang,
    goldRelevant: gold.relevant,
    predRelevant: res.relevant,
    score: res.score,
    ent: { gold: fx.mentions.length, pred: preds.length, matched },
    fig,
    falseAlarms,
    errors,
    metrics,
    misses,
  };
}

export interface Summary {
  articles: number;
  relevance: Counts & { precision: number; recall: number; f1: number };
  entities: { precision: number; recall: number; recallAll: number; gold: number; goldRelevant: number; pred: number; matched: number };
  figures: {
    exactRate: number;
    exactRateAll: number;
    gold: number;
    exact: number;
    otherRate: number;
    periodRate: number;
    periodGold: number;
    checkedShare: number;
  };
  checks: { falseAlarms: number; seeded: number; caught: number; wrongCause: number };
  metrics: { gold: number; attributed: number };
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

export function summarize(scores: ArticleScore[]): Summary {
  const rel: Counts = { tp: 0, fp: 0, fn: 0 };
  let eg = 0,
    egRel = 0,
    ep = 0,
    em = 0,
    emRel = 0,
    fg = 0,
    fe = 0,
    fc = 0,
    fgAll = 0,
    feAll = 0,
    og = 0,
    oe = 0,
    pg = 0,
    pe = 0;
  const checks = { falseAlarms: 0, seeded: 0, caught: 0, wrongCause: 0 };
  const metrics = { gold: 0, attributed: 0 };
  for (const s of scores) {
    metrics.gold += s.metrics.gold;
    metrics.attributed += s.metrics.attributed;
    if (s.goldRelevant && s.predRelevant) rel.tp++;
    else if (!s.goldRelevant && s.predRelevant) rel.fp++;
    else if (s.goldRelevant && !s.predRelevant) rel.fn++;
    eg += s.ent.gold;
    ep += s.ent.pred;
    em += s.ent.matched;
    if (s.goldRelevant) {
      egRel += s.ent.gold;
      emRel += s.ent.matched;
      fg += s.fig.gold;
      fe += s.fig.exact;
      fc += s.fig.checked;
    }
    fgAll += s.fig.gold;
    feAll += s.fig.exact;
    og += s.fig.otherGold;
    oe += s.fig.otherExact;
    pg += s.fig.periodGold;
    pe += s.fig.periodExact;
    checks.falseAlarms += s.falseAlarms.length;
    checks.seeded += s.errors.seeded;
    checks.caught += s.errors.caught;
    checks.wrongCause += s.errors.wrongCause;
  }
  // Matched mentions on relevant pages only, for the relevant-page recall.
  const precision = ratio(rel.tp, rel.tp + rel.fp);
  const recall = ratio(rel.tp, rel.tp + rel.fn);
  return {
    articles: scores.length,
    relevance: { ...rel, precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) },
    entities: { precision: ratio(em, ep), recall: ratio(emRel, egRel), recallAll: ratio(em, eg), gold: eg, goldRelevant: egRel, pred: ep, matched: em },
    figures: {
      exactRate: ratio(fe, fg),
      exactRateAll: ratio(feAll, fgAll),
      gold: fg,
      exact: fe,
      otherRate: ratio(oe, og),
      periodRate: ratio(pe, pg),
      periodGold: pg,
      checkedShare: ratio(fc, fg),
    },
    checks,
    metrics,
  };
}
