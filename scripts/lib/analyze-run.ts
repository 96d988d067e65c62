// The CLI's work: one input → one result (or one error), written in input order.
import { extname } from 'node:path';
import type { PreparedKb } from '../../utils/analysis/prepared-kb';
import type { AnalysisResult, AnalyzeInput } from '../../utils/analysis/types';
import type { Tokenizer } from '../../utils/analysis/tokenizer/tokenizer';
import { enrichFromTokens } from '../../utils/analysis/tokenizer/enrich';
import { tokenizerText } from '../../utils/analysis/tokenizer/select';
import { byteLines, decodeText, InputError, parseJsonlLine, readInputFile, readStdin } from './analyze-input';
import { note } from '../../utils/analysis/notes';

export type AnalyzeFn = (input: AnalyzeInput, kb: PreparedKb) => AnalysisResult;

export interface RunContext {
  analyze: AnalyzeFn;
  kb: PreparedKb;
  /** Present with --tokenize; resolves to the shared tokenizer or rejects when it cannot load. */
  tokenizer?: () => Promise<Tokenizer>;
  out: (line: string) => void; // one JSON line, flushed by the caller
  err: (line: string) => void; // one stderr line
  failed: number; // inputs that gave an error
}

type Output = (AnalysisResult & { id?: string }) | { id?: string; error: string };

/** Analyses one input; never throws (analysis bugs become a one-line error). */
async function analyzeOne(ctx: RunContext, input: AnalyzeInput, id?: string, withText = false): Promise<Output> {
  let result: AnalysisResult;
  try {
    result = ctx.analyze(input, ctx.kb);
  } catch (e) {
    throw new InputError(`analysis failed (${oneLine(e)})`);
  }
  const out: AnalysisResult & { id?: string } = id === undefined ? { ...result } : { id, ...result };
  if (withText) out.text = input.text;
  if (ctx.tokenizer) {
    try {
      const tok = await ctx.tokenizer();
      const read = tokenizerText(input.text, result, ctx.kb); // only the sentences that may hold a new name
      Object.assign(out, enrichFromTokens(tok.tokenize(read), input.text, result, ctx.kb));
    } catch (e) {
      out.notes = [...(out.notes ?? []), note('tokenizerUnavailable', { reason: oneLine(e) })];
    }
  }
  return out;
}

const isHtml = (file: string) => /^\.x?html?$/i.test(extname(file));

/** A file (or stdin when file is '-') read as one document. */
export async function runDocument(ctx: RunContext, file: string, path: string, id?: string): Promise<Output> {
  try {
    const buf = file === '-' ? await readStdin() : await readInputFile(path);
    if (file !== '-' && isHtml(file)) {
      // The HTML parser (linkedom) is loaded only for HTML input: plain-text runs start without it.
      const { htmlArticle } = await import('./analyze-html');
      const page = await htmlArticle(buf);
      return await analyzeOne(ctx, { text: page.text, title: page.title, lang: page.lang, date: page.date }, id, true);
    }
    return await analyzeOne(ctx, { text: decodeText(buf) }, id);
  } catch (e) {
    const reason = e instanceof InputError ? e.message : oneLine(e);
    ctx.err(`analyze: ${file === '-' ? 'stdin' : file}: ${reason}`);
    ctx.failed++;
    return id === undefined ? { error: reason } : { id, error: reason };
  }
}

/** JSON lines from a stream, each answered (flushed) before the next is read. */
export async function runJsonl(ctx: RunContext, stream: AsyncIterable<Buffer | string>, label?: string): Promise<void> {
  let n = 0;
  const where = (line: number) => (label ? `${label}: line ${line}` : `line ${line}`);
  try {
    for await (const bytes of byteLines(stream)) {
      n++;
      let id: string | undefined;
      try {
        const line = decodeText(bytes);
        if (!line.trim()) continue; // blank lines are not records
        const parsed = parseJsonlLine(line);
        id = parsed.id;
        if (!parsed.record) throw new InputError(parsed.error ?? 'invalid record');
        const { id: _id, ...input } = parsed.record;
        ctx.out(JSON.stringify(await analyzeOne(ctx, input, id)));
      } catch (e) {
        const reason = e instanceof InputError ? e.message : oneLine(e);
        ctx.err(`analyze: ${where(n)}: ${reason}`);
        ctx.failed++;
        ctx.out(JSON.stringify(id === undefined ? { error: reason } : { id, error: reason }));
      }
    }
  } catch (e) {
    // The stream itself failed (unreadable file, line too long): report once for the rest.
    ctx.err(`analyze: ${label ?? 'stdin'}: ${e instanceof InputError ? e.message : oneLine(e)}`);
    ctx.failed++;
  }
}

/** First line of an error's message, without a stack. */
export function oneLine(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  return (msg.split('\n')[0] ?? '').trim().slice(0, 500) || 'unknown error';
}
