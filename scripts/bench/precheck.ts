// Part 1: the content script's relevance pre-check on unrelated pages, against the ceiling of a
// plain loop that reads every character.
import { precheck } from '../../utils/analysis/precheck/precheck';
import { emit, row, stats, timeIt, type Row } from './lib';
import { unrelatedJapanese } from './texts';

function readAll(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (h + s.charCodeAt(i)) | 0;
  return h;
}

const rows: Row[] = [];
for (const [label, size] of [
  ['100 KB', 100_000],
  ['1 MB', 1_000_000],
] as const) {
  const text = unrelatedJapanese(size);
  if (precheck(text).pass) throw new Error('unrelated text passed the pre-check');
  const t = timeIt(() => precheck(text), 21, 3);
  const loop = timeIt(() => readAll(text), 21, 3);
  // Ratio from side-by-side pairs, so machine noise hits both sides of each pair alike.
  const pairs: number[] = [];
  for (let i = 0; i < 21; i++) pairs.push(timeIt(() => precheck(text), 1, 0).median / timeIt(() => readAll(text), 1, 0).median);
  rows.push(row('precheck', `pre-check, unrelated JA ${label}`, 'ms', t, size === 100_000 ? { target: '<= 5 ms', met: t.median <= 5 } : {}));
  rows.push(row('precheck', `char loop (ceiling), ${label}`, 'ms', loop));
  rows.push(row('precheck', `pre-check / char loop, ${label}`, 'x', stats(pairs)));
}
emit(rows);
