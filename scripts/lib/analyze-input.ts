// Reading the CLI's inputs: files, standard input, JSON lines. Every failure becomes an
// InputError with a one-line reason (no stack traces for bad input).
import { open, readFile } from 'node:fs/promises';

export class InputError extends Error {}

/** Larger inputs are refused rather than risk running the machine out of memory. */
const MAX_INPUT_BYTES = 64 * 1024 * 1024;

export async function readInputFile(path: string): Promise<Buffer> {
  try {
    const buf = await readFile(path);
    if (buf.length > MAX_INPUT_BYTES) throw new InputError(`file too large (${buf.length} bytes, max ${MAX_INPUT_BYTES})`);
    return buf;
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(fsReason(e));
  }
}

/** A file opened for streaming (JSON lines); clean errors for missing files and folders. */
export async function openInputStream(path: string): Promise<AsyncIterable<Buffer>> {
  try {
    const fh = await open(path, 'r');
    if ((await fh.stat()).isDirectory()) {
      await fh.close();
      throw Object.assign(new Error('dir'), { code: 'EISDIR' });
    }
    // The stream owns the handle (a bare fd would be closed under it when fh is collected).
    return fh.createReadStream() as AsyncIterable<Buffer>;
  } catch (e) {
    throw new InputError(fsReason(e));
  }
}

export async function readStdin(stream: NodeJS.ReadableStream = process.stdin): Promise<Buffer> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += b.length;
    if (size > MAX_INPUT_BYTES) throw new InputError(`input too large (max ${MAX_INPUT_BYTES} bytes)`);
    parts.push(b);
  }
  return Buffer.concat(parts);
}

function fsReason(e: unknown): string {
  const code = (e as { code?: string })?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return `cannot read (${code ?? (e instanceof Error ? e.message : String(e))})`;
}

/** Text bytes → string. Refuses binary data: NUL bytes or bytes invalid in the encoding. */
export function decodeText(buf: Uint8Array, encoding = 'utf-8'): string {
  if (buf.includes(0)) throw new InputError('binary data (NUL bytes), not text');
  let dec: TextDecoder;
  try {
    dec = new TextDecoder(encoding, { fatal: true, ignoreBOM: false });
  } catch {
    throw new InputError(`unsupported encoding ${JSON.stringify(encoding)}`);
  }
  try {
    return dec.decode(buf);
  } catch {
    throw new InputError(`not valid ${dec.encoding === 'utf-8' ? 'UTF-8' : dec.encoding} text (binary data?)`);
  }
}

/** Charset of an HTML file: BOM, else <meta charset> / http-equiv in the first 4 KB, else UTF-8. */
export function sniffHtmlCharset(buf: Uint8Array): string {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return 'utf-8';
  if ((buf[0] === 0xfe && buf[1] === 0xff) || (buf[0] === 0xff && buf[1] === 0xfe)) return buf[0] === 0xfe ? 'utf-16be' : 'utf-16le';
  const head = Buffer.from(buf.subarray(0, 4096)).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i.exec(head);
  return m ? m[1]!.toLowerCase() : 'utf-8';
}

/**
 * Splits a byte stream into lines as they arrive (LF, optional CR), so each line can be
 * answered before the stream ends. Yields raw bytes: each line is decoded (and checked) alone.
 */
export async function* byteLines(stream: AsyncIterable<Buffer | string>): AsyncGenerator<Buffer> {
  let rest: Buffer = Buffer.alloc(0);
  for await (const chunk of stream) {
    rest = Buffer.concat([rest, typeof chunk === 'string' ? Buffer.from(chunk) : chunk]);
    let nl: number;
    while ((nl = rest.indexOf(0x0a)) >= 0) {
      yield stripCr(rest.subarray(0, nl));
      rest = rest.subarray(nl + 1);
    }
    if (rest.length > MAX_INPUT_BYTES) throw new InputError(`line too long (max ${MAX_INPUT_BYTES} bytes)`);
  }
  if (rest.length) yield stripCr(rest);
}

function stripCr(b: Buffer): Buffer {
  return b.length && b[b.length - 1] === 0x0d ? b.subarray(0, b.length - 1) : b;
}

export interface JsonlRecord {
  id?: string;
  text: string;
  lang?: string;
  title?: string;
  url?: string;
  date?: string; // publication date, ISO (optional extension of the contract)
}

/** One JSON line → record. `id` is kept (as a string) even when the rest is invalid. */
export function parseJsonlLine(line: string): { record?: JsonlRecord; id?: string; error?: string } {
  let v: unknown;
  try {
    v = JSON.parse(line);
  } catch (e) {
    return { error: `invalid JSON (${e instanceof Error ? e.message : String(e)})` };
  }
  if (!v || typeof v !== 'object' || Array.isArray(v)) return { error: 'not a JSON object' };
  const o = v as Record<string, unknown>;
  const id = typeof o.id === 'string' ? o.id : typeof o.id === 'number' && Number.isFinite(o.id) ? String(o.id) : undefined;
  if (o.id !== undefined && id === undefined) return { error: '"id" must be a string or a number' };
  if (typeof o.text !== 'string') return { id, error: 'missing string "text"' };
  if (o.text.includes('\u0000')) return { id, error: 'binary data (NUL) in "text"' };
  const record: JsonlRecord = { text: o.text };
  if (id !== undefined) record.id = id;
  for (const k of ['lang', 'title', 'url', 'date'] as const) {
    if (o[k] === undefined || o[k] === null) continue;
    if (typeof o[k] !== 'string') return { id, error: `"${k}" must be a string` };
    record[k] = o[k] as string;
  }
  return { record, id };
}
