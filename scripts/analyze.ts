// `alibaba-reader analyze [--jsonl] [--tokenize] [FILE ...]` (package.json "bin"; `npm run -s analyze
// -- ...` runs it): the analysis core on Node. Built into one file, dist/alibaba-reader.mjs, by
// scripts/build-cli.ts. Contract and options: see USAGE in scripts/lib/analyze-args.ts (or --help).
import { writeSync } from 'node:fs';
import { parseArgs, resolveInput, USAGE, UsageError } from './lib/analyze-args';
import { InputError, openInputStream } from './lib/analyze-input';
import { oneLine, runDocument, runJsonl, type AnalyzeFn, type RunContext } from './lib/analyze-run';

/** Synchronous writes: every line is out (flushed) before the next input is read. */
function writeLine(fd: 1 | 2, line: string): void {
  const buf = Buffer.from(line + '\n');
  for (let off = 0; off < buf.length;) {
    try {
      off += writeSync(fd, buf, off);
    } catch (e) {
      const code = (e as { code?: string }).code;
      if (code === 'EAGAIN') continue; // non-blocking pipe is full: retry
      if (code === 'EPIPE') process.exit(process.exitCode ?? 0); // reader went away (| head)
      throw e;
    }
  }
}

function fatal(msg: string): never {
  writeLine(2, `analyze: ${msg}`);
  process.exit(2);
}

async function main(): Promise<number> {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (e) {
    if (e instanceof UsageError) fatal(e.message);
    throw e;
  }
  if (opts.help) {
    writeLine(1, USAGE);
    return 0;
  }
  let kb, analyze: AnalyzeFn;
  try {
    const [{ cliKb }, core] = await Promise.all([import('./lib/cli-kb'), import('../utils/analysis/analyze')]);
    kb = await cliKb();
    analyze = core.analyze;
  } catch (e) {
    fatal(`cannot load the KB or the analysis core: ${oneLine(e)}`);
  }
  const ctx: RunContext = { analyze, kb, out: (l) => writeLine(1, l), err: (l) => writeLine(2, l), failed: 0 };
  if (opts.tokenize) {
    let tok: ReturnType<NonNullable<RunContext['tokenizer']>> | undefined;
    ctx.tokenizer = () => (tok ??= import('./lib/analyze-dict').then((m) => m.nodeTokenizer()));
  }

  const files = opts.files.length ? opts.files : ['-'];
  if (opts.jsonl) {
    for (const f of files) {
      if (f === '-') await runJsonl(ctx, process.stdin);
      else {
        try {
          await runJsonl(ctx, await openInputStream(resolveInput(f)), f);
        } catch (e) {
          ctx.err(`analyze: ${f}: ${e instanceof InputError ? e.message : oneLine(e)}`);
          ctx.failed++;
        }
      }
    }
  } else if (files.length === 1) {
    const r = await runDocument(ctx, files[0]!, resolveInput(files[0]!));
    if (!('error' in r)) ctx.out(JSON.stringify(r));
  } else {
    for (const f of files) ctx.out(JSON.stringify(await runDocument(ctx, f, f === '-' ? f : resolveInput(f), f)));
  }
  return ctx.failed ? 1 : 0;
}

// Never a stack trace: anything unexpected is one line on stderr and exit code 2.
process.on('uncaughtException', (e) => fatal(`internal error: ${oneLine(e)}`));
process.on('unhandledRejection', (e) => fatal(`internal error: ${oneLine(e)}`));
main().then(
  (code) => {
    process.exitCode = code;
  },
  (e) => fatal(`internal error: ${oneLine(e)}`),
);
