// Part: the `alibaba-reader` command as a whole process (node dist/alibaba-reader.mjs analyze, one
// line on stdin): start to exit, built first when missing. CPU time (user + sys) from
// /usr/bin/time where it exists, as the wall time on a loaded machine includes waiting for a core.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { CLI_FILE, buildCli } from '../build-cli';
import { loadNote } from './browser-launch';
import { emit, row, stats, type Row } from './lib';

const INPUT = 'アリババは3,800億元を投資すると発表した。\n';
const RUNS = 15;

if (!existsSync(CLI_FILE)) await buildCli();
const wall: number[] = [];
const cpu: number[] = [];
const time = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
const dir = mkdtempSync(join(tmpdir(), 'bench-cli-'));
for (let i = 0; i < RUNS + 1; i++) {
  const out = join(dir, 'time.txt');
  const [cmd, args] = time ? [time, ['-o', out, '-f', '%U %S', process.execPath, CLI_FILE, 'analyze']] : [process.execPath, [CLI_FILE, 'analyze']];
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { input: INPUT, encoding: 'utf8' });
  const ms = performance.now() - t0;
  if (r.status !== 0 || !r.stdout.includes('"alibaba"')) throw new Error(`alibaba-reader analyze failed: ${r.stderr}`);
  if (i === 0) continue; // the first run reads the file from disk
  wall.push(ms);
  if (time) {
    const [u, s] = readFileSync(out, 'utf8').trim().split(/\s+/).map(Number);
    cpu.push((u! + s!) * 1000);
  }
}
rmSync(dir, { recursive: true, force: true });
const w = stats(wall);
const rows: Row[] = [
  row('cli', 'alibaba-reader analyze, one line on stdin: process start → exit (wall)', 'ms', w, {
    target: '<= 300 ms',
    met: w.median <= 300,
    note: `node ${CLI_FILE.split('/').slice(-2).join('/')} (${(readFileSync(CLI_FILE).length / 1024).toFixed(0)} KB, KB inside), ${RUNS} runs; ${loadNote()}`,
  }),
];
if (cpu.length)
  rows.push(row('cli', '  same, CPU time (user + sys)', 'ms', stats(cpu), { note: '/usr/bin/time; what an idle machine would take as wall time' }));
emit(rows);
