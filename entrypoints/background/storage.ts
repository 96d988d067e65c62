// The database as the background sees it. IndexedDB can be missing (some private modes), fail to
// open, never answer, or be full. The background then goes on without it: the KB runs from memory
// (kb.ts), settings and own aliases fall back to defaults (user-cache.ts), and reads and writes of
// the reader's own data fail with a message the UI can show. Every wait here has a time limit.
import { getDb, type ReaderDb } from '../../utils/db/schema';
import { note, type Note } from '../../utils/analysis/notes';

export interface StorageConfig {
  /** Give up opening the database after this long. */
  openTimeoutMs: number;
  /** Give up one read or write of the reader's data after this long. */
  opTimeoutMs: number;
  /** After a failed open, answer "unavailable" at once for this long, then try again. */
  retryMs: number;
}

const config: StorageConfig = { openTimeoutMs: 5000, opTimeoutMs: 10_000, retryMs: 30_000 };
let makeDb: () => ReaderDb = getDb;
let opening: Promise<ReaderDb> | undefined;
let failedAt = 0;
let problem: Note | undefined;

/** For tests: shorter limits, another database. */
export function configureStorage(c: Partial<StorageConfig>, dbFactory?: () => ReaderDb): void {
  Object.assign(config, c);
  if (dbFactory) makeDb = dbFactory;
  opening = undefined;
  failedAt = 0;
  problem = undefined;
}

/** Storage failures (as opposed to a bad request, e.g. an alias for an unknown entity). */
export class StorageError extends Error {
  override name = 'StorageError';
}

const STORAGE_ERRORS = new Set([
  'StorageError',
  'QuotaExceededError',
  'AbortError',
  'DatabaseClosedError',
  'OpenFailedError',
  'MissingAPIError',
  'UnknownError',
  'InvalidStateError',
  'VersionError',
  'UpgradeError',
  'TimeoutError',
  'DataCloneError',
  'InternalError',
]);

function names(e: unknown): string[] {
  const err = e as { name?: string; inner?: { name?: string }; cause?: { name?: string } } | undefined;
  return [err?.name, err?.inner?.name, err?.cause?.name].filter((n): n is string => !!n);
}

export function isStorageFailure(e: unknown): boolean {
  return names(e).some((n) => STORAGE_ERRORS.has(n));
}

/** A plain-language reason for a storage failure. */
export function storageReason(e: unknown): string {
  const n = names(e);
  if (n.includes('QuotaExceededError')) return "the browser's storage for this extension is full";
  if (n.includes('MissingAPIError')) return 'IndexedDB is not available in this browser window (private mode?)';
  if (n.includes('TimeoutError')) return 'IndexedDB did not answer';
  if (e instanceof StorageError) return e.message;
  return `IndexedDB failed (${e instanceof Error ? e.message : String(e)})`;
}

class TimeoutError extends Error {
  override name = 'TimeoutError';
}

/** p, or a TimeoutError after ms: no await in the background waits forever on storage. */
export function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const t = setTimeout(() => reject(new TimeoutError(`${what}: no answer within ${ms} ms`)), ms);
    p.then(
      (v) => (clearTimeout(t), resolve(v)),
      (e: unknown) => (clearTimeout(t), reject(e)),
    );
  });
}

/** The opened database; rejects with a StorageError (never hangs) when IndexedDB cannot be used. */
export function openDb(): Promise<ReaderDb> {
  if (opening && failedAt && Date.now() - failedAt >= config.retryMs) opening = undefined;
  opening ??= (async () => {
    try {
      const db = makeDb();
      await withTimeout(db.open(), config.openTimeoutMs, 'opening IndexedDB');
      failedAt = 0;
      problem = undefined;
      return db;
    } catch (e) {
      failedAt = Date.now();
      problem = note('storageUnavailable', { reason: storageReason(e) });
      throw new StorageError(storageReason(e));
    }
  })();
  return opening;
}

/** A note for the reader while storage is unavailable, else nothing. */
export function storageNotes(): Note[] {
  return problem ? [problem] : [];
}

/**
 * One read or write of the reader's own data. Storage failures become `Could not <what>: <reason>`
 * (shown by the UI); other errors (bad input) pass through unchanged. `timeoutMs: 0`: no time limit
 * (an import: it aborts its own transaction, so a failure it reports is a write that did not happen).
 */
export async function userData<T>(what: string, fn: (db: ReaderDb) => Promise<T>, opts: { timeoutMs?: number } = {}): Promise<T> {
  try {
    const db = await openDb();
    const ms = opts.timeoutMs ?? config.opTimeoutMs;
    return await (ms > 0 ? withTimeout(fn(db), ms, what) : fn(db));
  } catch (e) {
    if (isStorageFailure(e)) throw new StorageError(`Could not ${what}: ${storageReason(e)}.`);
    throw e;
  }
}
