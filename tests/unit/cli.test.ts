// The `alibaba-reader analyze` command, built as package.json's "bin" (one JavaScript file, no
// TypeScript at start), run as a child process the way a user runs it.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnalysisResult } from '../../utils/analysis/types';
import { CLI_FILE, buildCli } from '../../scripts/build-cli';

const ROOT = resolve(import.meta.dirname, '../..');
const FIX = join(ROOT, 'tests/fixtures/cli');
const tmp = mkdtempSync(join(tmpdir(), 'analyze-cli-'));

const ARTICLE =
  '中国の電子商取引大手アリババグループは2025年2月24日、今後3年間でクラウドとAIのインフラに3,800億元以上を投資すると発表した。\n' +
  '呉泳銘CEOは2月20日の決算説明会で、この計画にすでに触れていた。';
const textFile = join(tmp, 'article.txt');
writeFileSync(textFile, ARTICLE);

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], stdin?: string | Buffer): Promise<Run> {
  return new Promise((res, rej) => {
    // npm_lifecycle_event is cleared so relative paths resolve from cwd, as when run by hand.
    const child = spawn(process.execPath, [CLI_FILE, ...args], { cwd: ROOT, env: { ...process.env, npm_lifecycle_event: '' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', rej);
    child.on('close', (code) => res({ code, stdout, stderr }));
    child.stdin.end(stdin ?? '');
  });
}

const lines = (s: string) => s.split('\n').filter((l) => l.trim());
const errLines = (s: string) => lines(s).filter((l) => !l.startsWith('npm warn'));

/** Every mention and figure points at its surface in the analysed text. */
function checkOffsets(r: AnalysisResult, text: string) {
  for (const e of r.entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.surface);
  for (const f of r.figures) expect(text.slice(f.start, f.end)).toBe(f.surface);
  for (const p of r.unknownProperNouns ?? []) expect(text.slice(p.start, p.end)).toBe(p.surface);
}

function expectNoStack(stderr: string) {
  expect(stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  expect(stderr).not.toMatch(/node:internal|Error: /);
}

// The command as built from this tree (the tests see the current code, not a stale dist/).
beforeAll(() => buildCli(), 60_000);

describe('analyze CLI', { timeout: 60_000 }, () => {
  it('analyses a text file: one JSON object with valid offsets', async () => {
    const r = await run(['analyze', textFile]);
    expect(r.code).toBe(0);
    expect(lines(r.stdout)).toHaveLength(1);
    const out = JSON.parse(r.stdout) as AnalysisResult;
    expect(out.relevant).toBe(true);
    expect(out.entities.map((e) => e.id)).toContain('alibaba');
    expect(out.figures.length).toBeGreaterThan(0);
    expect(out.text).toBeUndefined();
    expect(out.unknownProperNouns).toBeUndefined(); // tokenizer off by default
    checkOffsets(out, ARTICLE);
  });

  it('reads an .html file as the extension does: article text only, returned as "text"', async () => {
    const r = await run(['analyze', join(FIX, 'news.html')]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as AnalysisResult;
    expect(out.text).toContain('3,800億元');
    expect(out.text).toContain('呉泳銘CEO');
    expect(out.text).not.toContain('9999億元'); // <script>
    expect(out.text).not.toContain('ランキング'); // <nav>
    expect(out.text).not.toContain('関連記事'); // <aside>
    expect(out.entities.map((e) => e.id)).toContain('alibaba');
    checkOffsets(out, out.text!);
  });

  it('decodes an HTML page declared as Shift_JIS to the same text', async () => {
    const [utf8, sjis] = await Promise.all([run(['analyze', join(FIX, 'news.html')]), run(['analyze', join(FIX, 'news-sjis.html')])]);
    expect(sjis.code).toBe(0);
    expect(JSON.parse(sjis.stdout).text).toBe(JSON.parse(utf8.stdout).text);
  });

  it('reads standard input when no FILE is given', async () => {
    const r = await run(['analyze'], ARTICLE);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as AnalysisResult;
    expect(out.entities.map((e) => e.id)).toContain('alibaba');
    checkOffsets(out, ARTICLE);
  });

  it('--jsonl: errors in place, other lines answered in order, exit code 1, no stack trace', async () => {
    const input = [
      JSON.stringify({ id: 'a', text: ARTICLE, lang: 'ja' }),
      '{"id": "b", "text": ', // invalid JSON
      JSON.stringify({ id: 'c', title: 'no text here' }),
      JSON.stringify({ text: 'Alibaba said it would spend more than 380 billion yuan on AI over three years.' }),
    ].join('\n');
    const r = await run(['analyze', '--jsonl'], input + '\n');
    expect(r.code).toBe(1);
    const out = lines(r.stdout).map((l) => JSON.parse(l));
    expect(out).toHaveLength(4);
    expect(out[0].id).toBe('a');
    expect(out[0].error).toBeUndefined();
    checkOffsets(out[0], ARTICLE);
    expect(out[1]).toEqual({ error: expect.stringMatching(/invalid JSON/) });
    expect(out[2]).toEqual({ id: 'c', error: 'missing string "text"' });
    expect(out[3].id).toBeUndefined();
    expect(out[3].entities.map((e: { id: string }) => e.id)).toContain('alibaba');
    const errs = errLines(r.stderr);
    expect(errs).toEqual([expect.stringMatching(/^analyze: line 2: invalid JSON/), 'analyze: line 3: missing string "text"']);
    expectNoStack(r.stderr);
  });

  it('--jsonl streams: the first result arrives before stdin is closed', async () => {
    const child = spawn(process.execPath, [CLI_FILE, 'analyze', '--jsonl'], { cwd: ROOT });
    const rl = createInterface({ input: child.stdout });
    const it = rl[Symbol.asyncIterator]();
    child.stdin.write(JSON.stringify({ id: 'first', text: ARTICLE }) + '\n');
    const first = await it.next(); // stdin is still open here
    expect(child.stdin.writableEnded).toBe(false);
    expect(JSON.parse(first.value as string).id).toBe('first');
    child.stdin.end(JSON.stringify({ id: 'second', text: 'テスト' }) + '\n');
    const second = await it.next();
    expect(JSON.parse(second.value as string).id).toBe('second');
    const code = await new Promise((r) => child.on('close', r));
    expect(code).toBe(0);
  });

  it('--jsonl from a file, with a line of invalid UTF-8', async () => {
    const file = join(tmp, 'batch.jsonl');
    const bad = Buffer.concat([Buffer.from('{"id":"x","text":"'), Buffer.from([0xff, 0xfe]), Buffer.from('"}')]);
    writeFileSync(file, Buffer.concat([bad, Buffer.from('\n' + JSON.stringify({ id: 'y', text: ARTICLE }) + '\n')]));
    const r = await run(['analyze', '--jsonl', file]);
    expect(r.code).toBe(1);
    const out = lines(r.stdout).map((l) => JSON.parse(l));
    expect(out[0]).toEqual({ error: expect.stringMatching(/UTF-8/) });
    expect(out[1].id).toBe('y');
    expect(errLines(r.stderr)).toEqual([expect.stringMatching(new RegExp(`^analyze: ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: line 1: .*UTF-8`))]);
  });

  it('refuses a binary file with a one-line error and a non-zero exit', async () => {
    const file = join(tmp, 'image.bin');
    writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]));
    const r = await run(['analyze', file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(errLines(r.stderr)).toEqual([`analyze: ${file}: binary data (NUL bytes), not text`]);
    expectNoStack(r.stderr);
  });

  it('reports a missing file, and still answers the other files in order with ids', async () => {
    const missing = join(tmp, 'nope.txt');
    const r = await run(['analyze', textFile, missing, join(FIX, 'news.html')]);
    expect(r.code).toBe(1);
    const out = lines(r.stdout).map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual([textFile, missing, join(FIX, 'news.html')]);
    expect(out[1]).toEqual({ id: missing, error: 'no such file' });
    expect(out[0].entities.map((e: { id: string }) => e.id)).toContain('alibaba');
    expect(errLines(r.stderr)).toEqual([`analyze: ${missing}: no such file`]);
    expectNoStack(r.stderr);
  });

  it('--tokenize adds unknown proper nouns with valid offsets', async () => {
    const text = ARTICLE + '\n新興企業ザルトリクスも参入した。';
    const r = await run(['analyze', '--tokenize'], text);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as AnalysisResult;
    const names = out.unknownProperNouns!.map((p) => p.surface);
    expect(names).toContain('ザルトリクス');
    expect(names).not.toContain('アリババグループ');
    checkOffsets(out, text);
  });

  it('documents itself, and rejects unknown options and commands with exit code 2', async () => {
    for (const args of [['analyze', '--help'], ['--help'], ['-h']]) {
      const help = await run(args);
      expect(help.code).toBe(0);
      expect(help.stdout).toMatch(/^usage: alibaba-reader analyze/);
      expect(help.stdout).toMatch(/--jsonl/);
      expect(help.stdout).toMatch(/--tokenize/);
    }
    const bad = await run(['analyze', '--frobnicate']);
    expect(bad.code).toBe(2);
    expect(errLines(bad.stderr)).toEqual(['analyze: unknown option --frobnicate (see --help)']);
    const cmd = await run(['frobnicate']);
    expect(cmd.code).toBe(2);
    expect(errLines(cmd.stderr)).toEqual(['analyze: unknown command frobnicate (see --help)']);
    expectNoStack(cmd.stderr);
  });

  it('is one JavaScript file with the KB inside: runs from any folder, without TypeScript or kb/', async () => {
    const r = await new Promise<Run>((res, rej) => {
      const child = spawn(process.execPath, [CLI_FILE, 'analyze'], { cwd: tmp, env: { PATH: process.env.PATH ?? '' } });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d) => (stdout += d));
      child.stderr.on('data', (d) => (stderr += d));
      child.on('error', rej);
      child.on('close', (code) => res({ code, stdout, stderr }));
      child.stdin.end(ARTICLE);
    });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as AnalysisResult).entities.map((e) => e.id)).toContain('alibaba');
  });
});

describe('analyze CLI arguments', () => {
  it('parses options and files; "--" ends the options', async () => {
    const { parseArgs } = await import('../../scripts/lib/analyze-args');
    expect(parseArgs(['analyze', '--jsonl', 'a.txt', '--', '--b.txt'])).toEqual({ jsonl: true, tokenize: false, help: false, files: ['a.txt', '--b.txt'] });
    expect(parseArgs(['analyze', '-', '--tokenize']).files).toEqual(['-']);
    expect(() => parseArgs(['analyze', '--x'])).toThrow(/unknown option --x/);
    expect(() => parseArgs([])).toThrow(/missing command: analyze/);
    expect(() => parseArgs(['a.txt'])).toThrow(/unknown command a.txt/);
  });

  it('resolves relative paths from the caller directory when npm runs the script', async () => {
    const { resolveInput } = await import('../../scripts/lib/analyze-args');
    expect(resolveInput('a.txt', { npm_lifecycle_event: 'analyze', INIT_CWD: '/home/r/news' })).toBe('/home/r/news/a.txt');
    expect(resolveInput('a.txt', { npm_lifecycle_event: 'test', INIT_CWD: '/elsewhere' })).toBe(join(process.cwd(), 'a.txt'));
    expect(resolveInput('/abs/a.txt', { npm_lifecycle_event: 'analyze', INIT_CWD: '/x' })).toBe('/abs/a.txt');
  });
});
