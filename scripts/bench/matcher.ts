// Part 3: matcher scale — synthetic alias sets of 1k, 10k and 100k names: build time, memory and
// scan speed of our Aho-Corasick, side by side with a RegExp alternation and two registry packages.
// Run with --expose-gc for the memory column (scripts/bench.ts does). modern-ahocorasick uses
// Intl.Segmenter, quadratic on long strings in this V8, so it scans 10 KB only.
import AhoCorasickPkg from 'ahocorasick';
import ModernAho from 'modern-ahocorasick';
import { AhoCorasick } from '../../utils/analysis/match/aho-corasick';
import { normalize } from '../../utils/analysis/text/normalize';
import { emit, mb, rate, row, stats, timeIt, type Row } from './lib';
import { unrelatedJapanese } from './texts';

const KATA = 'アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワンガギグゲゴバビブベボパピプペポー';
const KANJI = '阿里巴集団雲智能通義千問呉泳銘蔡崇信馬張勇騰訊百度華為字節跳動深度求索月之暗面智譜';
const LATIN = 'abcdefghijklmnopqrstuvwxyz';

/** n distinct pseudo-random names in katakana, kanji and Latin, 3..12 chars. */
function aliases(n: number, seed = 7): string[] {
  let x = seed;
  const rnd = (m: number) => (x = (Math.imul(x, 1664525) + 1013904223) >>> 0) % m;
  const out = new Set<string>();
  while (out.size < n) {
    const alpha = [KATA, KANJI, LATIN][rnd(3)]!;
    const len = 3 + rnd(10);
    let s = '';
    for (let i = 0; i < len; i++) s += alpha[rnd(alpha.length)];
    out.add(s);
  }
  return [...out];
}

const gc = (globalThis as { gc?: () => void }).gc;
function heapDelta(make: () => unknown): number | undefined {
  if (!gc) return undefined;
  gc();
  const before = process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
  const keep = [make(), make(), make()];
  gc();
  const after = process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
  void keep;
  return mb(after - before) / keep.length;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const rows: Row[] = [];
const text = normalize(unrelatedJapanese(1_000_000)).text;
const shortText = text.slice(0, 100_000);

for (const n of [1_000, 10_000, 100_000]) {
  const pats = aliases(n);
  const label = `${n / 1000}k aliases`;
  // Ours.
  const build = timeIt(() => new AhoCorasick(pats), 5, 1);
  const ac = new AhoCorasick(pats);
  let hits = 0;
  const scan = timeIt(() => ac.scan(text, () => hits++), 7, 1);
  const mem = heapDelta(() => new AhoCorasick(pats));
  rows.push(row('matcher', `ours: build, ${label}`, 'ms', build, n === 100_000 ? { target: '<= 300 ms', met: build.median <= 300 } : {}));
  rows.push(
    row(
      'matcher',
      `ours: scan 1 MB, ${label}`,
      'M chars/s',
      rate(text.length, scan),
      n === 100_000 ? { target: '>= 10', met: rate(text.length, scan).median >= 10 } : {},
    ),
  );
  if (mem !== undefined) rows.push(row('matcher', `ours: memory, ${label}`, 'MB', stats([mem])));

  // ahocorasick (registry).
  const pb = timeIt(() => new AhoCorasickPkg(pats), 3, 0);
  const pkg = new AhoCorasickPkg(pats);
  const ps = timeIt(() => pkg.search(shortText), 3, 1);
  rows.push(row('matcher', `ahocorasick pkg: build, ${label}`, 'ms', pb));
  rows.push(row('matcher', `ahocorasick pkg: scan 100 KB, ${label}`, 'M chars/s', rate(shortText.length, ps)));

  // modern-ahocorasick (registry; uses Intl.Segmenter): 100 KB only.
  const mb0 = timeIt(() => new ModernAho(pats), 3, 0);
  const modern = new ModernAho(pats);
  const tiny = shortText.slice(0, 10_000);
  const ms = timeIt(() => modern.search(tiny), 3, 1);
  rows.push(row('matcher', `modern-ahocorasick: build, ${label}`, 'ms', mb0));
  rows.push(row('matcher', `modern-ahocorasick: scan 10 KB, ${label}`, 'M chars/s', rate(tiny.length, ms)));

  // RegExp alternation: 100 KB; beyond 10k the engine's compile/scan time explodes, so stop there.
  if (n <= 10_000) {
    const sorted = [...pats].sort((a, b) => b.length - a.length).map(escape);
    const rb = timeIt(() => new RegExp(sorted.join('|'), 'g'), 3, 0);
    const re = new RegExp(sorted.join('|'), 'g');
    const rs = timeIt(() => shortText.match(re), 3, 1);
    rows.push(row('matcher', `RegExp alternation: build, ${label}`, 'ms', rb));
    rows.push(row('matcher', `RegExp alternation: scan 100 KB, ${label}`, 'M chars/s', rate(shortText.length, rs)));
  } else {
    rows.push(row('matcher', `RegExp alternation, ${label}`, 'ms', stats([NaN]), { note: 'not run: compile+scan beyond 10k patterns takes minutes' }));
  }
}
emit(rows);
