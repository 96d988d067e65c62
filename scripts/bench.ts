// npm run bench [-- --json FILE] [--only precheck,matcher,...]
// Runs each benchmark part in its own Node process (so parts don't disturb each other's heap or
// JIT), then prints one table: median, min, max over repeated runs, and the target where one is set.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import type { Row } from './bench/lib';
import { ROOT } from './lib/kb-files';

const PARTS = ['precheck', 'analysis', 'matcher', 'kb-load', 'cli', 'browser', 'linearity'];
const args = process.argv.slice(2);
const jsonAt = args.indexOf('--json');
const jsonFile = jsonAt >= 0 ? args[jsonAt + 1] : undefined;
const onlyAt = args.indexOf('--only');
const parts = onlyAt >= 0 ? args[onlyAt + 1]!.split(',') : PARTS;

const dir = mkdtempSync(join(tmpdir(), 'bench-'));
const rows: Row[] = [];
const failures: string[] = [];
for (const part of parts) {
  const out = join(dir, `${part}.json`);
  process.stderr.write(`bench: ${part}…\n`);
  const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', join(ROOT, 'scripts/bench', `${part}.ts`)], {
    cwd: ROOT,
    env: { ...process.env, BENCH_OUT: out },
    stdio: ['ignore', 'inherit', 'inherit'],
    timeout: 15 * 60_000,
  });
  if (r.status !== 0) {
    failures.push(`${part} (exit ${r.status ?? r.signal})`);
    continue;
  }
  rows.push(...(JSON.parse(readFileSync(out, 'utf8')) as Row[]));
}

const fmt = (v: number) => (!Number.isFinite(v) ? '-' : Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 1 ? v.toFixed(2) : v.toPrecision(3));
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}`;
console.log(`\nMachine: ${machine}\n`);
console.log('| part | measurement | median | min | max | unit | target | met |');
console.log('|---|---|---:|---:|---:|---|---|---|');
for (const r of rows) {
  const met = r.met === undefined ? '' : r.met ? 'yes' : 'NO';
  console.log(
    `| ${r.part} | ${r.name}${r.note ? ` (${r.note})` : ''} | ${fmt(r.median)} | ${fmt(r.min)} | ${fmt(r.max)} | ${r.unit} | ${r.target ?? ''} | ${met} |`,
  );
}
if (failures.length) console.log(`\nparts that failed: ${failures.join(', ')}`);
if (jsonFile) writeFileSync(jsonFile, JSON.stringify({ machine, date: new Date().toISOString(), rows, failures }, null, 1));
process.exit(failures.length ? 1 : 0);
