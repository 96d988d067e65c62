// Static checks as tests, so CI counts them with the rest: types, lint, formatting, dead code.
// Each runs the project's own tool as `npm run -s <script>` does.
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../..');
const bin = (name: string) => resolve(ROOT, 'node_modules/.bin', name);

async function check(cmd: string, args: string[]): Promise<string> {
  try {
    await run(bin(cmd), args, { cwd: ROOT, maxBuffer: 32 * 1024 * 1024, env: { ...process.env, FORCE_COLOR: '0' } });
    return '';
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string; message: string };
    return `${err.stdout ?? ''}${err.stderr ?? ''}`.trim().slice(0, 4000) || err.message;
  }
}

describe('static checks', () => {
  it('types: tsc --noEmit is clean', async () => {
    expect(await check('tsc', ['--noEmit', '-p', '.'])).toBe('');
  });
  it('lint: oxlint has no warning and no error', async () => {
    expect(await check('oxlint', ['--deny-warnings'])).toBe('');
  });
  it('format: prettier --check passes', async () => {
    expect(await check('prettier', ['--check', '--log-level', 'warn', '.'])).toBe('');
  });
  it('dead code: knip finds no unused file, export or dependency', async () => {
    expect(await check('knip', ['--no-progress'])).toBe('');
  });
});
