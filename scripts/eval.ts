// The accuracy yardstick.
//   npm run -s eval -- --real [--part tune|check|all] [--show] [--why]   real pages (../shared/real-pages)
//     against tests/fixtures/real-gold: a table per language, then one JSON line (see README, Accuracy);
//     --show lists every miss with its text, --why only counts misses by kind (no text)
//   npm run -s eval [-- --json] [--only SUBSTRING] [--dir DIR]   the fixture articles written for the code
//     (tests/fixtures/articles plus the demo article) and the seed articles in ../shared/seeds;
//     --dir DIR scores the <name>.txt + <name>.gold.json pairs of DIR instead (no demo, no seeds);
//     a gold figure with a `period` is scored on it too; --all-misses lists every miss
import { precheckShipped } from '../utils/analysis/precheck/shipped';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PreparedKb } from '../utils/analysis/prepared-kb';
import type { AnalysisResult, AnalyzeInput } from '../utils/analysis/types';
import { loadKbIndex } from './lib/kb-files';
import { GOLD_LANGS, loadDemo, loadFixtures, type Fixture } from './lib/eval-gold';
import { scoreArticle, summarize, type ArticleScore, type Summary } from './lib/eval-score';
import { checkSeed, loadSeedExpectations, readSeed, seedFiles, type SeedCheck } from './lib/eval-seeds';
import { pagesOf, readGold, type Part } from './lib/real-gold';
import { readRealPage, realPagesPresent } from './lib/real-pages';
import { scorePage, summarizeReal, whyCounts, type PageScore, type RealSummary } from './lib/real-eval';

export type AnalyzeFn = (input: AnalyzeInput, kb: PreparedKb) => AnalysisResult;

export interface EvalReport {
  summary: Summary;
  byLang: Record<string, Summary>;
  articles: ArticleScore[];
  problems: string[]; // gold that does not fit its text
  seeds: SeedCheck[];
  seedsPresent: boolean;
  seedsSkipped?: boolean; // runEval(..., { seeds: false })
}

export async function loadAnalyze(): Promise<AnalyzeFn> {
  const mod = await import('../utils/analysis/analyze');
  return (input, kb) => mod.analyze(input, kb);
}

export function fixturesWithDemo(): Fixture[] {
  const demo = loadDemo();
  return demo ? [...loadFixtures(), demo] : loadFixtures();
}

export function runEval(analyze: AnalyzeFn, kb: PreparedKb, fixtures = fixturesWithDemo(), opts: { seeds?: boolean } = {}): EvalReport {
  const problems = fixtures.flatMap((f) => f.problems);
  const articles: ArticleScore[] = [];
  for (const fx of fixtures) {
    let res: AnalysisResult;
    try {
      res = analyze({ text: fx.text, ...(fx.gold.date ? { date: fx.gold.date } : {}) }, kb);
    } catch (e) {
      res = { relevant: !fx.gold.relevant, score: 0, reasons: [`analyze threw: ${(e as Error).message}`], entities: [], figures: [] };
    }
    articles.push(scoreArticle(fx, res));
  }
  const byLang: Record<string, Summary> = {};
  for (const l of GOLD_LANGS) {
    const part = articles.filter((a) => a.lang === l);
    if (part.length) byLang[l] = summarize(part);
  }
  const seeds: SeedCheck[] = [];
  const files = opts.seeds === false ? [] : seedFiles();
  if (files.length) {
    for (const exp of loadSeedExpectations()) {
      const file = files.find((f) => f.prefix === exp.prefix);
      if (!file) {
        seeds.push({ seed: exp.prefix, what: 'file', ok: false, detail: 'seed file missing' });
        continue;
      }
      const text = readSeed(file.path);
      try {
        seeds.push(...checkSeed(exp, text, analyze({ text }, kb)));
      } catch (e) {
        seeds.push({ seed: exp.prefix, what: 'analyze', ok: false, detail: `threw: ${(e as Error).message}` });
      }
    }
  }
  return {
    summary: summarize(articles),
    byLang,
    articles,
    problems,
    seeds,
    seedsPresent: files.length > 0,
    ...(opts.seeds === false ? { seedsSkipped: true } : {}),
  };
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

function line(label: string, s: Summary): string {
  const r = s.relevance,
    e = s.entities,
    f = s.figures,
    c = s.checks;
  return [
    label.padEnd(8),
    String(s.articles).padStart(4),
    `relF1 ${r.f1.toFixed(3)} (P ${r.precision.toFixed(2)} R ${r.recall.toFixed(2)})`,
    `ent P ${pct(e.precision)} R ${pct(e.recall)} (${e.matched}/${e.pred} pred, ${e.goldRelevant} gold@rel)`,
    `val ${pct(f.exactRate)} (${f.exact}/${f.gold})`,
    `checked ${f.checkedShare.toFixed(3)}`,
    `FA ${c.falseAlarms}`,
    `caught ${c.caught}/${c.seeded}`,
    ...(f.periodGold ? [`period ${pct(f.periodRate)} (of ${f.periodGold})`] : []),
  ].join('  ');
}

export function formatReport(rep: EvalReport): string {
  const out: string[] = [];
  const s = rep.summary;
  out.push(
    `fixtures: ${s.articles} (${rep.articles.filter((a) => a.goldRelevant).length} relevant, ${rep.articles.filter((a) => !a.goldRelevant).length} irrelevant)`,
  );
  out.push(line('ALL', s));
  for (const [l, sl] of Object.entries(rep.byLang)) out.push(line(l, sl));
  out.push('');
  out.push(
    `relevance      F1 ${s.relevance.f1.toFixed(3)}  precision ${s.relevance.precision.toFixed(3)}  recall ${s.relevance.recall.toFixed(3)}  (tp ${s.relevance.tp}, fp ${s.relevance.fp}, fn ${s.relevance.fn})   target F1 ≥ 0.97`,
  );
  out.push(
    `entities       precision ${pct(s.entities.precision)} (all pages)  recall ${pct(s.entities.recall)} (relevant pages; ${pct(s.entities.recallAll)} all pages)   target ≥ 95% / ≥ 95%`,
  );
  out.push(
    `money/percent  exact ${pct(s.figures.exactRate)} (relevant pages; ${pct(s.figures.exactRateAll)} all pages)  counts/periods exact ${pct(s.figures.otherRate)}${s.figures.periodGold ? `  figure periods exact ${pct(s.figures.periodRate)} (of ${s.figures.periodGold})` : ''}   target ≥ 95%`,
  );
  out.push(
    `checks         false alarms ${s.checks.falseAlarms} (target 0)  seeded errors caught with right cause ${s.checks.caught}/${s.checks.seeded}  (wrong cause ${s.checks.wrongCause})`,
  );
  if (s.metrics.gold)
    out.push(
      `line items     attributed ${s.metrics.attributed}/${s.metrics.gold} (metric and subject as gold)  (checked share above: figures with a verdict other than unverified)`,
    );
  if (rep.problems.length) {
    out.push('', `GOLD PROBLEMS (${rep.problems.length}):`);
    for (const p of rep.problems.slice(0, 40)) out.push(`  ${p}`);
  }
  const groups: Array<[string, RegExp]> = [
    ['relevance', /^relevance/],
    ['false alarms', /^FALSE ALARM/],
    ['checks missed', /^check /],
    ['entity misses', /^entity miss/],
    ['entity false positives', /^entity FP/],
    ['figure misses', /^figure /],
    ['period misses', /^period /],
    ['line items not attributed', /^metric:/],
  ];
  for (const [title, re] of groups) {
    const items = rep.articles.flatMap((a) => a.misses.filter((m) => re.test(m)).map((m) => `${a.name}: ${m}`));
    if (!items.length) continue;
    const cap = process.argv.includes('--all-misses') ? Infinity : 20;
    out.push('', `${title} (${items.length}${items.length > cap ? `, top ${cap}` : ''}):`);
    for (const m of items.slice(0, cap)) out.push(`  ${m}`);
  }
  if (rep.seedsPresent) {
    const ok = rep.seeds.filter((c) => c.ok).length;
    out.push('', `seeds (../shared/seeds): ${ok}/${rep.seeds.length} expectations met`);
    for (const c of rep.seeds.filter((x) => !x.ok)) out.push(`  FAIL ${c.seed} ${c.what}: ${c.detail}`);
  } else out.push('', rep.seedsSkipped ? 'seeds: not run (--dir)' : 'seeds: ../shared/seeds not present, skipped');
  return out.join('\n');
}

const PARTS = ['tune', 'check', 'all'] as const;

export interface RealReport {
  part: Part;
  scores: PageScore[];
  summary: RealSummary;
  byLang: Record<string, RealSummary>;
  missing: string[]; // pages without gold
}

/** Runs analyze() as the extension does (text, title, URL, date) on every page of a part. */
export function runReal(analyze: AnalyzeFn, kb: PreparedKb, part: Part): RealReport {
  const scores: PageScore[] = [];
  const missing: string[] = [];
  for (const id of pagesOf(part)) {
    const gold = readGold(id);
    if (!gold) {
      missing.push(id);
      continue;
    }
    const page = readRealPage(id);
    const input = { text: page.text, title: page.title ?? undefined, url: page.url, ...(page.date ? { date: page.date } : {}) };
    let res: AnalysisResult;
    try {
      res = analyze(input, kb);
    } catch (e) {
      res = { relevant: false, score: 0, reasons: [`analyze threw: ${(e as Error).message}`], entities: [], figures: [] };
    }
    const score = scorePage(page, gold, res, kb);
    score.precheck = precheckShipped(input.title ?? '', input.text).pass;
    if (!score.precheck && gold.relevance.label !== 'not') score.misses.unshift('pre-check: does not pass (the extension leaves the page alone)');
    scores.push(score);
  }
  const byLang: Record<string, RealSummary> = {};
  for (const l of ['ja', 'zh', 'en']) {
    const part = scores.filter((s) => s.lang === l);
    if (part.length) byLang[l] = summarizeReal(part);
  }
  return { part, scores, summary: summarizeReal(scores), byLang, missing };
}

function realLine(label: string, s: RealSummary): string {
  return [
    label.padEnd(5),
    String(s.pages).padStart(4),
    `relF1 ${s.relevanceF1.toFixed(3)}`,
    `ent P ${s.entityP.toFixed(3)} R ${s.entityR.toFixed(3)}`,
    `value ${s.figureValueExact.toFixed(3)}`,
    `period ${s.figurePeriodExact.toFixed(3)}`,
    `flags ${s.flags} (true ${s.trueFlags}, false ${s.falseFlags}, unsure ${s.unsureFlags})`,
    `errors caught ${s.errorsCaught}/${s.errors} (right cause ${s.errorsRightCause}, consistent ${s.consistentOnError})`,
    `checked ${s.checkedShare.toFixed(3)}`,
    `attributed ${s.attributed}`,
  ].join('  ');
}

export function formatReal(rep: RealReport, showMisses: boolean, showWhy = false): string {
  const out = [
    `real pages, part ${rep.part}: ${rep.summary.pages} pages${rep.missing.length ? ` (${rep.missing.length} without gold: ${rep.missing.join(', ')})` : ''}`,
  ];
  out.push(realLine('ALL', rep.summary));
  for (const [l, s] of Object.entries(rep.byLang)) out.push(realLine(l, s));
  if (showMisses) for (const sc of rep.scores) for (const m of sc.misses) out.push(`${sc.id}: ${m}`);
  if (showWhy)
    for (const l of ['ALL', ...Object.keys(rep.byLang)])
      out.push(
        `why ${l}: ${whyCounts(l === 'ALL' ? rep.scores : rep.scores.filter((s) => s.lang === l))
          .map(([k, n]) => `${k} ${n}`)
          .join('; ')}`,
      );
  // The issue's keys first (summarizeReal builds them in that order), then the extra ones.
  out.push(JSON.stringify(rep.summary));
  return out.join('\n');
}

async function main() {
  const json = process.argv.includes('--json');
  let analyze: AnalyzeFn;
  try {
    analyze = await loadAnalyze();
  } catch (e) {
    console.error(`eval: cannot load utils/analyze.ts: ${(e as Error).message}`);
    process.exit(2);
  }
  if (process.argv.includes('--real')) {
    if (!realPagesPresent()) {
      console.error('eval: ../shared/real-pages is not present: nothing to score');
      process.exit(2);
    }
    const p = process.argv.indexOf('--part');
    const part = (p > 0 ? process.argv[p + 1] : 'all') as Part;
    if (!PARTS.includes(part)) {
      console.error(`eval: --part takes ${PARTS.join(' | ')}`);
      process.exit(2);
    }
    console.log(formatReal(runReal(analyze, loadKbIndex(), part), process.argv.includes('--show'), process.argv.includes('--why')));
    return;
  }
  const i = process.argv.indexOf('--only');
  const only = i > 0 ? (process.argv[i + 1] ?? '') : '';
  const d = process.argv.indexOf('--dir');
  const dir = d > 0 ? process.argv[d + 1] : undefined;
  const fixtures = dir ? loadFixtures(resolve(dir)) : fixturesWithDemo();
  const rep = runEval(
    analyze,
    loadKbIndex(),
    fixtures.filter((f) => f.name.includes(only)),
    { seeds: !dir },
  );
  if (json) {
    const { articles, ...rest } = rep;
    console.log(JSON.stringify({ ...rest, articles: articles.map(({ misses, ...a }) => ({ ...a, misses: misses.slice(0, 50) })) }, null, 1));
  } else console.log(formatReport(rep));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((e) => {
    console.error(`eval: ${(e as Error).message}`);
    process.exit(2);
  });
}
