// Part 2: full analysis of a 12,000-character article — warm (core + tokenizer enrichment) against
// kuromoji tokenising the same whole text alone, and cold (KB and tokenizer loaded from scratch).
import { performance } from 'node:perf_hooks';
import { analyze } from '../../utils/analysis/analyze';
import { PreparedKb } from '../../utils/analysis/prepared-kb';
import { enrichFromTokens } from '../../utils/analysis/tokenizer/enrich';
import { tokenizerRanges, tokenizerText } from '../../utils/analysis/tokenizer/select';
import { nodeTokenizer } from '../lib/analyze-dict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../lib/kb-files';
import { emit, row, stats, timeIt, type Row } from './lib';
import { relevantJapanese } from './texts';

const text = relevantJapanese(12_000);
const rows: Row[] = [];

// Cold: bundle parse → index → first analysis; tokenizer build → first tokenisation.
const t0 = performance.now();
const kb = new PreparedKb(JSON.parse(readFileSync(join(ROOT, 'public/kb.json'), 'utf8')));
const first = analyze({ text }, kb);
const coldCore = performance.now() - t0;
const t1 = performance.now();
const tok = await nodeTokenizer();
tok.tokenize(text);
const coldTok = performance.now() - t1;
rows.push(
  row('analysis', 'cold: parse kb.json + index + first analysis (12k chars)', 'ms', stats([coldCore]), { note: 'first highlights wait only for this' }),
);
rows.push(row('analysis', 'cold: tokenizer load + first tokenise', 'ms', stats([coldTok]), { note: 'off the critical path (offscreen document)' }));

// Warm. The three are timed in turn within each round (not one after the other), so a busy
// machine slows them alike; the ratio is also given per round (full vs kuromoji side by side).
// "Full" is what the CLI and the extension run: the core, then kuromoji over the sentences
// that may hold a new name (utils/tokenizer/select.ts), then the enrichment.
const fullRun = () => {
  const r = analyze({ text }, kb);
  enrichFromTokens(tok.tokenize(tokenizerText(text, r, kb)), text, r, kb);
};
// The same with kuromoji over the whole text, for comparison (what select.ts saves).
const wholeRun = () => {
  const r = analyze({ text }, kb);
  enrichFromTokens(tok.tokenize(text), text, r, kb);
};
const series = { core: [] as number[], tok: [] as number[], full: [] as number[], pair: [] as number[], whole: [] as number[] };
for (let i = 0; i < 3; i++) {
  analyze({ text }, kb);
  tok.tokenize(text);
  fullRun();
  wholeRun();
}
for (let i = 0; i < 21; i++) {
  const c = timeIt(() => analyze({ text }, kb), 1, 0).median;
  const t = timeIt(() => tok.tokenize(text), 1, 0).median;
  const f = timeIt(fullRun, 1, 0).median;
  series.whole.push(timeIt(wholeRun, 1, 0).median / t);
  series.core.push(c);
  series.tok.push(t);
  series.full.push(f);
  series.pair.push(f / t);
}
const [core, tokOnly, full] = [stats(series.core), stats(series.tok), stats(series.full)];
const read = tokenizerRanges(text, first, kb).reduce((n, [a, b]) => n + b - a, 0) / text.length;
rows.push(row('analysis', 'warm: analysis core only (12k chars)', 'ms', core));
rows.push(row('analysis', 'warm: kuromoji tokenise alone (12k chars)', 'ms', tokOnly));
rows.push(
  row('analysis', 'warm: full analysis (core + tokenizer enrichment)', 'ms', full, { note: `tokenizer reads ${(100 * read).toFixed(0)}% of the text` }),
);
const ratio = full.median / tokOnly.median;
rows.push(row('analysis', 'full analysis / kuromoji alone (medians)', 'x', stats([ratio]), { target: '<= 1.25', met: ratio <= 1.25 }));
rows.push(row('analysis', 'full analysis / kuromoji alone (per round)', 'x', stats(series.pair)));
rows.push(row('analysis', 'same, kuromoji over the whole text / kuromoji alone (per round)', 'x', stats(series.whole), { note: 'without select.ts' }));
rows.push(row('analysis', 'entities / figures found', 'count', stats([first.entities.length]), { note: `${first.figures.length} figures` }));
emit(rows);
