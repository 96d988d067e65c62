// Scoring analyze() on the real-page corpus against its gold (tests/fixtures/real-gold). Pure
// scoring over results; the runner reads the pages in place from ../shared/real-pages.
import type { AnalysisResult, Figure } from '../../utils/analysis/types';
import type { PreparedKb } from '../../utils/analysis/prepared-kb';
import type { GoldFigure, GoldFile } from './real-gold';
import type { RealPage } from './real-pages';

/** A predicted span may carry a title the gold leaves out (呉 / 呉氏, 9988 / 9988.HK). */
const TITLE_TAIL = /^(氏|さん|CEO|会長|社長|董事長|主席|總裁|总裁|\.HK|\.N|\s?Inc\.?)$/;

export interface PageScore {
  id: string;
  lang: string;
  gold: GoldFile['relevance']['label'];
  predRelevant: boolean;
  /** The extension's pre-check passes on the page's title and text (else it never analyses it). */
  precheck?: boolean;
  ent: { gold: number; pred: number; matched: number };
  money: { gold: number; exact: number };
  period: { gold: number; exact: number };
  /** Money and percent figures on relevant pages, and how many got a verdict. */
  verdicts: { figures: number; checked: number };
  /** Of those, how many carry the gold's subject and line item (what a check needs established). */
  attributed: number;
  flags: { all: number; true: number; false: number; unsure: number };
  errors: { verified: number; caught: number; rightCause: number; consistent: number; causes: string[] };
  /** Counts by kind of miss, for --why: no text, so they can be read on the check part. */
  why: Record<string, number>;
  /** Human-readable misses, with offsets, for --show. */
  misses: string[];
}

const bump = (why: Record<string, number>, key: string) => (why[key] = (why[key] ?? 0) + 1);

const overlap = (a: { s: number; e: number }, b: { start: number; end: number }) => Math.min(a.e, b.end) > Math.max(a.s, b.start);
const near = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** The product's value with the sign a reader reads: 9%減 is -9 (older results keep the sign in `change`). */
function signedValue(f: Figure): number {
  return f.change === 'decrease' && f.value > 0 && f.kind === 'percent' ? -f.value : f.value;
}

function valueExact(g: GoldFigure, p: Figure): boolean {
  if (g.value === null || String(p.unit) !== g.unit) return false;
  if (!near(signedValue(p), g.value)) return false;
  return g.valueMax === undefined ? p.valueMax === undefined : p.valueMax !== undefined && near(p.valueMax, g.valueMax);
}

/** The predicted figure for a gold one: the one overlapping it most. */
function counterpart(g: GoldFigure, figures: Figure[]): Figure | undefined {
  let best: Figure | undefined;
  let bestLen = 0;
  for (const f of figures) {
    const len = Math.min(g.e, f.end) - Math.max(g.s, f.start);
    if (len > bestLen) [best, bestLen] = [f, len];
  }
  return best;
}

/** The predicted subject and line item are the gold's. A segment's revenue (gold `segment_revenue`)
 *  is the product's `revenue` of that segment; gold may file it under the group (subject `alibaba`)
 *  where the product names the segment itself. */
function attributedAs(g: GoldFigure, p: Figure | undefined, kb: PreparedKb): boolean {
  if (!p?.metric || !g.metric || !p.subject || !g.subject) return false;
  const segment = g.metric.startsWith('segment_revenue');
  if (p.metric !== g.metric.replace(/^segment_revenue/, 'revenue')) return false;
  return p.subject === g.subject || (segment && kb.entities.get(p.subject)?.parent === g.subject);
}

const show = (f: Figure | undefined) =>
  f
    ? `${f.surface}=${signedValue(f)} ${f.unit}${f.period ? ` ${f.period.start}..${f.period.end}` : ''}${f.check ? ` [${f.check.status}${f.check.cause ? '/' + f.check.cause : ''}]` : ''}`
    : 'nothing';

export function scorePage(page: RealPage, gold: GoldFile, res: AnalysisResult, kb: PreparedKb): PageScore {
  const text = page.text;
  const at = (x: { s: number; e: number }) => `${x.s}-${x.e} "${text.slice(x.s, x.e)}"`;
  const misses: string[] = [];
  const why: Record<string, number> = {};
  const label = gold.relevance.label;
  const scored = label !== 'not'; // entities and figures are gold on relevant and borderline pages
  if ((label === 'relevant') !== res.relevant && label !== 'borderline') misses.push(`relevance: gold ${label}, got ${res.relevant} (${res.score.toFixed(2)})`);

  // Entities: each gold mention matched at most once, by id and span (metric terms are not entities).
  const preds = res.entities
    .filter((e) => kb.entities.get(e.id)?.type !== 'metric')
    .flatMap((e) => e.mentions.map((m) => ({ id: e.id, start: m.start, end: m.end })));
  const ent = { gold: scored ? gold.entities.length : 0, pred: scored ? preds.length : 0, matched: 0 };
  if (scored) {
    const used = new Set<number>();
    for (const p of preds) {
      const gi = gold.entities.findIndex(
        (g, i) =>
          !used.has(i) && g.id === p.id && g.s === p.start && (g.e === p.end || TITLE_TAIL.test(text.slice(Math.min(g.e, p.end), Math.max(g.e, p.end)))),
      );
      if (gi >= 0) {
        used.add(gi);
        ent.matched++;
        continue;
      }
      const there = gold.entities.find((g) => overlap(g, p));
      bump(why, `entity FP: ${there ? 'other id or span' : 'no gold there'}`);
      misses.push(`entity FP: ${p.id} ${at({ s: p.start, e: p.end })}${there ? ` (gold: ${there.id})` : ''}`);
    }
    gold.entities.forEach((g, i) => {
      if (used.has(i)) return;
      const got = preds.find((p) => overlap(g, p));
      bump(why, `entity miss: ${!kb.entities.has(g.id) ? 'not in KB' : got ? 'other id or span' : 'not found'}`);
      misses.push(
        `entity miss: ${g.id}${kb.entities.has(g.id) ? '' : ' (not in KB)'} ${at(g)}${got ? ` (got ${got.id} ${at({ s: got.start, e: got.end })})` : ''}`,
      );
    });
  }

  const money = { gold: 0, exact: 0 };
  const period = { gold: 0, exact: 0 };
  const verdicts = { figures: 0, checked: 0 };
  let attributed = 0;
  const errors = { verified: 0, caught: 0, rightCause: 0, consistent: 0, causes: [] as string[] };
  if (scored) {
    for (const g of gold.figures) {
      if ((g.kind !== 'money' && g.kind !== 'percent') || g.malformed) continue;
      const p = counterpart(g, res.figures);
      money.gold++;
      if (p && valueExact(g, p)) money.exact++;
      else {
        misses.push(`figure value: ${at(g)} gold ${g.value} ${g.unit}, got ${show(p)}`);
        bump(
          why,
          `value ${g.kind}: ${!p ? 'no figure' : String(p.unit) !== g.unit ? 'unit' : g.value !== null && near(Math.abs(signedValue(p)), Math.abs(g.value)) ? 'sign' : 'value'}`,
        );
      }
      if (g.period) {
        period.gold++;
        if (p?.period && p.period.start === g.period.start && p.period.end === g.period.end) period.exact++;
        else {
          bump(
            why,
            `period ${g.period.how}: ${!p ? 'no figure' : !p.period ? 'none' : p.period.end === g.period.end ? 'wrong start' : p.period.start.slice(0, 4) !== g.period.start.slice(0, 4) ? 'wrong year' : 'wrong span'}`,
          );
          misses.push(
            `figure period: ${at(g)} gold ${g.period.start}..${g.period.end} (${g.period.how}), got ${p?.period ? `${p.period.start}..${p.period.end}` : 'none'}`,
          );
        }
      }
      if (label === 'relevant') {
        verdicts.figures++;
        if (attributedAs(g, p, kb)) attributed++;
        if (p?.check && p.check.status !== 'unverified') verdicts.checked++;
        else {
          const kind = p?.check?.missing?.join('+') ?? (p ? 'no check' : 'no figure');
          bump(why, `unchecked: ${kind}`);
          const gp = g.period ? ` ${g.period.start}..${g.period.end}` : '';
          misses.push(
            `figure unchecked (${kind}): ${at(g)} gold ${g.subject ?? '-'}/${g.metric ?? '-'}${gp}, got ${p?.subject ?? '-'}/${p?.metric ?? '-'} ${show(p)}`,
          );
        }
      }
      if (g.error?.status === 'verified') {
        errors.verified++;
        errors.causes.push(g.error.cause);
        const flagged = p?.check?.status === 'inconsistent';
        if (flagged) errors.caught++;
        if (flagged && p!.check!.cause === g.error.cause) errors.rightCause++;
        if (p?.check?.status === 'consistent') {
          errors.consistent++;
          misses.push(`CONSISTENT ON ERROR: ${at(g)} (${g.error.cause}) ${show(p)}`);
        } else if (!flagged) {
          misses.push(`error missed: ${at(g)} (${g.error.cause}) ${show(p)}`);
          bump(why, `error missed ${g.error.cause}: ${p?.check?.status ?? 'no check'}${p?.check?.missing ? ' ' + p.check.missing.join('+') : ''}`);
        }
      }
    }
  }

  // Flags: every inconsistent verdict the reader would see, on any page.
  const flags = { all: 0, true: 0, false: 0, unsure: 0 };
  for (const f of res.figures) {
    if (f.check?.status !== 'inconsistent') continue;
    flags.all++;
    const g = gold.figures.find((x) => overlap(x, f));
    if (g?.error?.status === 'verified') flags.true++;
    else if (g?.error) flags.unsure++;
    else {
      flags.false++;
      misses.push(`FALSE FLAG: ${f.start}-${f.end} "${text.slice(f.start, f.end)}" ${f.check.cause}: ${f.check.reason ?? ''}`);
    }
  }
  return { id: page.id, lang: page.lang, gold: label, predRelevant: res.relevant, ent, money, period, verdicts, attributed, flags, errors, why, misses };
}

export interface RealSummary {
  pages: number;
  relevanceF1: number;
  entityP: number;
  entityR: number;
  figureValueExact: number;
  figurePeriodExact: number;
  flags: number;
  trueFlags: number;
  falseFlags: number;
  errors: number;
  errorsCaught: number;
  consistentOnError: number;
  checkedShare: number;
  /** Money and percent figures on relevant pages whose subject and line item are the gold's (a count). */
  attributed: number;
  /** Beyond the issue's line: errors flagged with the right cause, flags on unverified errors, borderline pages called relevant. */
  errorsRightCause: number;
  unsureFlags: number;
  borderlineRelevant: string;
  /** Relevant and borderline pages the pre-check stops: the extension leaves them alone, whatever analyze() says. */
  precheckStops: string;
}

const ratio = (a: number, b: number) => (b ? Math.round((a / b) * 1000) / 1000 : 0);
const sum = (xs: PageScore[], f: (p: PageScore) => number) => xs.reduce((n, p) => n + f(p), 0);

export function summarizeReal(scores: PageScore[]): RealSummary {
  const decided = scores.filter((s) => s.gold !== 'borderline');
  const tp = decided.filter((s) => s.gold === 'relevant' && s.predRelevant).length;
  const fp = decided.filter((s) => s.gold !== 'relevant' && s.predRelevant).length;
  const fn = decided.filter((s) => s.gold === 'relevant' && !s.predRelevant).length;
  const border = scores.filter((s) => s.gold === 'borderline');
  return {
    pages: scores.length,
    relevanceF1: ratio(2 * tp, 2 * tp + fp + fn),
    entityP: ratio(
      sum(scores, (s) => s.ent.matched),
      sum(scores, (s) => s.ent.pred),
    ),
    entityR: ratio(
      sum(scores, (s) => s.ent.matched),
      sum(scores, (s) => s.ent.gold),
    ),
    figureValueExact: ratio(
      sum(scores, (s) => s.money.exact),
      sum(scores, (s) => s.money.gold),
    ),
    figurePeriodExact: ratio(
      sum(scores, (s) => s.period.exact),
      sum(scores, (s) => s.period.gold),
    ),
    flags: sum(scores, (s) => s.flags.all),
    trueFlags: sum(scores, (s) => s.flags.true),
    falseFlags: sum(scores, (s) => s.flags.false),
    errors: sum(scores, (s) => s.errors.verified),
    errorsCaught: sum(scores, (s) => s.errors.caught),
    consistentOnError: sum(scores, (s) => s.errors.consistent),
    checkedShare: ratio(
      sum(scores, (s) => s.verdicts.checked),
      sum(scores, (s) => s.verdicts.figures),
    ),
    attributed: sum(scores, (s) => s.attributed),
    errorsRightCause: sum(scores, (s) => s.errors.rightCause),
    unsureFlags: sum(scores, (s) => s.flags.unsure),
    borderlineRelevant: `${border.filter((s) => s.predRelevant).length}/${border.length}`,
    precheckStops: `${scores.filter((s) => s.gold !== 'not' && s.precheck === false).length}/${scores.filter((s) => s.gold !== 'not').length}`,
  };
}

/** The --why counts of a set of pages, largest first. */
export function whyCounts(scores: PageScore[]): Array<[string, number]> {
  const all: Record<string, number> = {};
  for (const s of scores) for (const [k, n] of Object.entries(s.why)) all[k] = (all[k] ?? 0) + n;
  return Object.entries(all).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
