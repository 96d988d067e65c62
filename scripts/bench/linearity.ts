// Part: is the work linear in the input? Time per character of normalize, the pre-check and the whole
// analyze() on hostile inputs at 100 KB, 1 MB and 4 MB, and the 4 MB / 100 KB ratio of those times
// (about 1 when linear; a quadratic step shows as ~40). Measured here, never asserted in tests.
import { loadKbIndex } from '../lib/kb-files';
import { analyze } from '../../utils/analysis/analyze';
import { precheck } from '../../utils/analysis/precheck/precheck';
import { normalize } from '../../utils/analysis/text/normalize';
import { hostileMix, kbNames, repeatTo } from './hostile';
import { relevantJapanese } from './texts';
import { emit, row, stats, timeIt, type Row, type Stats } from './lib';

const kb = loadKbIndex();
const names = kbNames(kb);
const SIZES = [
  ['100 KB', 100_000, 7],
  ['1 MB', 1_000_000, 3],
  ['4 MB', 4_000_000, 2],
] as const;

// Each input is hard in its own way: names and numerals of every kind, no sentence end at all,
// long runs that once made a regex retry at every char, numerals that chain big units.
const INPUTS: Record<string, (n: number) => string> = {
  'hostile mix': (n) => hostileMix(n, names),
  'hostile mix, no sentence end': (n) => hostileMix(n, names).replace(/[。！？!?\n\r]/g, ' '),
  'run of letters': (n) => repeatTo('a', n),
  'run of digits': (n) => repeatTo('9', n),
  'run of 1億': (n) => repeatTo('1億', n),
  'kanji numerals': (n) => repeatTo('三千八百億', n),
  'names split by zero-width chars': (n) => repeatTo('ア\u200bリババ\u202e9988。', n),
};

const FUNCS: Record<string, (s: string) => unknown> = {
  normalize: (s) => normalize(s),
  precheck: (s) => precheck(s),
  analyze: (s) => analyze({ text: s }, kb),
};

const perChar = (t: Stats, n: number): Stats => ({ median: (t.median * 1e6) / n, min: (t.min * 1e6) / n, max: (t.max * 1e6) / n, runs: t.runs });
const gc = (globalThis as { gc?: () => void }).gc;

const rows: Row[] = [];
for (const [fname, fn] of Object.entries(FUNCS)) {
  for (const [iname, make] of Object.entries(INPUTS)) {
    const per: Stats[] = [];
    for (const [label, size, runs] of SIZES) {
      const text = make(size);
      gc?.();
      const t = perChar(
        timeIt(() => fn(text), runs, 1),
        text.length,
      );
      per.push(t);
      rows.push(row('linearity', `${fname}, ${iname}, ${label}`, 'ns/char', t));
    }
    const [small, , big] = per;
    const ratio = { median: big!.median / small!.median, min: big!.min / small!.max, max: big!.max / small!.min, runs: big!.runs };
    rows.push(row('linearity', `${fname}, ${iname}: per char 4 MB / 100 KB`, 'x', ratio, { note: 'linear ≈ 1' }));
    process.stderr.write(`  ${fname}, ${iname}: ${per.map((p) => p.median.toFixed(0)).join(' / ')} ns/char\n`);
  }
}
// News text: time per char of the whole analyze() on relevant Japanese articles at 12k (one
// article), 200k and 2 MB of characters, measured in rounds (a busy machine slows all sizes alike).
{
  const sizes = [12_000, 200_000, 2_000_000];
  const texts = sizes.map((n) => relevantJapanese(n));
  for (let i = 0; i < 10; i++) analyze({ text: texts[0]! }, kb);
  const per = sizes.map(() => [] as number[]);
  for (let round = 0; round < 3; round++) {
    sizes.forEach((n, k) => {
      const reps = Math.max(1, Math.round(200_000 / n));
      gc?.();
      const t = timeIt(() => analyze({ text: texts[k]! }, kb), reps, 0);
      per[k]!.push((t.median * 1e6) / n);
    });
  }
  const st = per.map((xs) => stats(xs));
  sizes.forEach((n, k) => rows.push(row('linearity', `analyze, relevant Japanese news, ${n.toLocaleString('en-US')} chars`, 'ns/char', st[k]!)));
  const [small, , big] = st;
  const ratio = big!.median / small!.median;
  rows.push(
    row(
      'linearity',
      'analyze, news: per char at 2 MB / at 12k chars',
      'x',
      { median: ratio, min: big!.min / small!.max, max: big!.max / small!.min, runs: 3 },
      { target: '<= 1.5', met: ratio <= 1.5, note: 'medians of 3 rounds; 12k = one article, 2 MB = the fixtures repeated' },
    ),
  );
  process.stderr.write(`  analyze, news: ${st.map((p) => p.median.toFixed(0)).join(' / ')} ns/char (12k / 200k / 2M)\n`);
}
emit(rows);
