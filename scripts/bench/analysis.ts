// Part 2: full analysis of a 12,000-character article — warm (core + tokenizer enrichment) against
// kuromoji tokenising the same text alone, and cold (KB and tokenizer loaded from scratch).
import { performance } from 'node:perf_hooks';
import { analyze } from '../../utils/analyze';
import { KbIndex } from '../../utils/kb/kb-index';
import { enrichFromTokens } from '../../utils/tokenizer/enrich';
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
const kb = new KbIndex(JSON.parse(readFileSync(join(ROOT, 'public/kb.json'), 'utf8')));
const first = analyze({ text }, kb);
const coldCore = performance.now() - t0;
const t1 = performance.now();
const tok = await nodeTokenizer();
tok.tokenize(text);
const coldTok = performance.now() - t1;
rows.push(row('analysis', 'cold: parse kb.json + index + first analysis (12k chars)', 'ms', stats([coldCore]), { note: 'first highlights wait only for this' }));
rows.push(row('analysis', 'cold: tokenizer load + first tokenise', 'ms', stats([coldTok]), { note: 'off the critical path (offscreen document)' }));

// Warm.
const core = timeIt(() => analyze({ text }, kb), 15, 3);
const tokOnly = timeIt(() => tok.tokenize(text), 15, 3);
const full = timeIt(() => {
  const r = analyze({ text }, kb);
  enrichFromTokens(tok.tokenize(text), text, r, kb);
}, 15, 3);
rows.push(row('analysis', 'warm: analysis core only (12k chars)', 'ms', core));
rows.push(row('analysis', 'warm: kuromoji tokenise alone (12k chars)', 'ms', tokOnly));
rows.push(row('analysis', 'warm: full analysis (core + tokenizer enrichment)', 'ms', full));
const ratio = full.median / tokOnly.median;
rows.push(row('analysis', 'full analysis / kuromoji alone (medians)', 'x', stats([ratio]), { target: '<= 1.25', met: ratio <= 1.25 }));
rows.push(row('analysis', 'entities / figures found', 'count', stats([first.entities.length]), { note: `${first.figures.length} figures` }));
emit(rows);
