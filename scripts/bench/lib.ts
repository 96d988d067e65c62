// Shared bits of the benchmark parts: timing, rows, and the hand-off to scripts/bench.ts.
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

export interface Row {
  part: string;
  name: string;
  unit: string; // 'ms', 'MB', 'M chars/s', 'x' (ratio)
  median: number;
  min: number;
  max: number;
  runs: number;
  target?: string; // e.g. '<= 5 ms'
  met?: boolean;
  note?: string;
}

export interface Stats {
  median: number;
  min: number;
  max: number;
  runs: number;
}

export function stats(samples: number[]): Stats {
  const s = [...samples].sort((a, b) => a - b);
  const mid = s.length >> 1;
  const median = s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
  return { median, min: s[0]!, max: s[s.length - 1]!, runs: s.length };
}

/** Runs fn `runs` times after `warmup` calls; returns per-run milliseconds. */
export function timeIt(fn: () => unknown, runs = 9, warmup = 2): Stats {
  for (let i = 0; i < warmup; i++) fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    out.push(performance.now() - t0);
  }
  return stats(out);
}

export async function timeAsync(fn: () => Promise<unknown>, runs = 5, warmup = 1): Promise<Stats> {
  for (let i = 0; i < warmup; i++) await fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    out.push(performance.now() - t0);
  }
  return stats(out);
}

/** A rate derived from a timing: chars per second in millions, with min/max swapped accordingly. */
export function rate(chars: number, t: Stats): Stats {
  const f = (ms: number) => chars / ms / 1000;
  return { median: f(t.median), min: f(t.max), max: f(t.min), runs: t.runs };
}

export function row(part: string, name: string, unit: string, s: Stats, extra: Partial<Row> = {}): Row {
  return { part, name, unit, ...s, ...extra };
}

/** Each part prints its rows as one JSON line prefixed so the runner can pick it out of the output. */
export function emit(rows: Row[]): void {
  const out = process.env.BENCH_OUT;
  if (out) writeFileSync(out, JSON.stringify(rows));
  else console.log(JSON.stringify(rows, null, 1));
}

export function mb(bytes: number): number {
  return bytes / 1024 / 1024;
}
