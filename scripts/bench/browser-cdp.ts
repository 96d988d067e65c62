// Measuring a page and the extension from outside, over the DevTools protocol: traces of the page's
// main thread (which tasks ran the content script, and for how long), CPU profiles summarised by
// function, sessions on targets Playwright does not expose (the service worker, the offscreen
// document).
import type { CDPSession } from 'playwright-core';

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number; // µs
  dur?: number; // µs
  tdur?: number; // µs of the thread's CPU clock (not counting time the thread waited for a core)
  id?: string;
  args?: { data?: TraceData; fileName?: string; name?: string };
}
interface TraceData {
  url?: string;
  processId?: number;
  frame?: string;
  startTime?: number;
  cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
  timeDeltas?: number[];
}

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'v8', '__metadata'];
/** Adds the V8 sampling profiler to a trace: works in processes started during the trace (new tabs). */
const PROFILER = 'disabled-by-default-v8.cpu_profiler';

/** Records a trace while `during` runs (the page's CDP session; tracing covers the whole browser). */
export async function traceDuring(cdp: CDPSession, during: () => Promise<void>, opts: { profile?: boolean } = {}): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  const onData = (e: { value: object[] }) => events.push(...(e.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', onData);
  const complete = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  const includedCategories = opts.profile ? [...CATEGORIES, PROFILER] : CATEGORIES;
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories } });
  try {
    await during();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', onData);
  }
  return events;
}

export interface ThreadId {
  pid: number;
  tid: number;
}

/** The renderer main thread of the frame that committed `url` (the last such commit in the trace). */
export function pageMainThread(events: TraceEvent[], url: string): ThreadId {
  const commits = events.filter((e) => e.name === 'FrameCommittedInBrowser' && e.args?.data?.url === url);
  const pid = commits.at(-1)?.args?.data?.processId;
  if (pid === undefined) throw new Error(`no frame commit for ${url} in the trace`);
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === pid && e.args?.name === 'CrRendererMain');
  if (!main) throw new Error(`no renderer main thread for pid ${pid}`);
  return { pid, tid: main.tid };
}

export interface Interval {
  start: number; // ms, trace clock
  end: number;
}

export interface TaskInfo extends Interval {
  ms: number;
  /** Content-script time inside this task. */
  extMs: number;
  /** Names of the heaviest events directly under the task, for the report. */
  top: string;
}

export interface ThreadSummary {
  /** Content-script time: union of its own slices (compile, run, callbacks), or with a profile, the
   *  per-task larger of that and the sampled time of code from the extension. */
  extMs: number;
  /** Every main-thread task (RunTask), in order; extMs > 0 marks tasks that ran content-script code. */
  tasks: TaskInfo[];
  /** Of extMs: compiling the extension's scripts. */
  compileMs: number;
  /** Earliest content-script slice (trace clock, ms), or NaN. */
  firstExt: number;
  /** CPU time of the content script's outermost slices (thread clock): on a busy machine, what an
   *  idle one would show as extMs (the wall time includes waiting for a core). */
  extCpuMs: number;
}

const scriptUrl = (e: TraceEvent) => e.args?.data?.url ?? e.args?.fileName ?? '';

function union(list: Interval[]): Interval[] {
  const s = [...list].sort((a, b) => a.start - b.start);
  const out: Interval[] = [];
  for (const i of s) {
    const last = out.at(-1);
    if (last && i.start <= last.end) last.end = Math.max(last.end, i.end);
    else out.push({ ...i });
  }
  return out;
}

const sumOf = (list: Interval[]) => list.reduce((n, i) => n + i.end - i.start, 0);

/** Main-thread tasks and the slices of code loaded from `origin` (the extension's URL prefix). */
export function summarizeThread(events: TraceEvent[], th: ThreadId, origin: string, profile?: ProfileView): ThreadSummary {
  const onThread = events.filter((e) => e.pid === th.pid && e.tid === th.tid && e.ph === 'X' && e.dur !== undefined);
  const iv = (e: TraceEvent): Interval => ({ start: e.ts / 1000, end: (e.ts + e.dur!) / 1000 });
  const own = onThread.filter((e) => scriptUrl(e).startsWith(origin));
  const ext = union(own.map(iv));
  const compileMs = sumOf(union(own.filter((e) => e.name === 'v8.compile').map(iv)));
  const sorted = [...onThread].sort((a, b) => a.ts - b.ts);
  let from = 0;
  const tasks: TaskInfo[] = [];
  for (const t of sorted) {
    if (t.name !== 'RunTask') continue;
    const { start, end } = iv(t);
    const inside = ext.filter((i) => i.start >= start && i.end <= end);
    // Async continuations (awaited messages) carry no script URL in the trace: the profile has them.
    const sampled = profile?.extMs(start, end) ?? 0;
    // Events that start inside the task (sorted by start; tasks do not overlap on one thread).
    while (from < sorted.length && sorted[from]!.ts < t.ts) from++;
    const byName = new Map<string, number>();
    for (let k = from; k < sorted.length && sorted[k]!.ts <= t.ts + t.dur!; k++) {
      const c = sorted[k]!;
      if (c !== t && c.name !== 'RunTask' && c.dur! > 1000) byName.set(c.name, Math.max(byName.get(c.name) ?? 0, c.dur! / 1000));
    }
    const top = [...byName]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 4)
      .map(([n, ms]) => `${n} ${ms.toFixed(0)}`)
      .join(', ');
    tasks.push({ start, end, ms: end - start, extMs: Math.max(sumOf(inside), sampled), top });
  }
  let cpu = 0;
  let coveredTo = -Infinity;
  for (const e of [...own].sort((a, b) => a.ts - b.ts)) {
    if (e.ts < coveredTo) continue; // nested in a slice already counted
    coveredTo = e.ts + e.dur!;
    cpu += (e.tdur ?? e.dur!) / 1000;
  }
  const firstSample = profile?.samples.find((x) => x.ext)?.t ?? NaN;
  const extMs = profile ? tasks.reduce((n, t) => n + t.extMs, 0) : sumOf(ext);
  return { extMs, tasks, compileMs, extCpuMs: cpu, firstExt: Math.min(ext[0]?.start ?? Infinity, Number.isNaN(firstSample) ? Infinity : firstSample) };
}

// --- CPU profiles (same clock as the trace: µs of the browser's monotonic time) ---

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
  parent?: number; // in trace profiles
}
export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** The sampling profile a trace recorded for one thread (its chunks come from a helper thread). */
export function profileFromTrace(events: TraceEvent[], th: ThreadId): CpuProfile | null {
  const head = events.find((e) => e.name === 'Profile' && e.pid === th.pid && e.tid === th.tid);
  if (!head) return null;
  const nodes: ProfileNode[] = [];
  const out: CpuProfile = { nodes, startTime: head.args?.data?.startTime ?? 0, samples: [], timeDeltas: [] };
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || e.pid !== th.pid || e.id !== head.id) continue;
    const d = e.args?.data;
    for (const n of d?.cpuProfile?.nodes ?? []) nodes.push({ ...n, callFrame: { ...n.callFrame, url: n.callFrame.url ?? '' } });
    out.samples.push(...(d?.cpuProfile?.samples ?? []));
    out.timeDeltas.push(...(d?.timeDeltas ?? []));
  }
  return out;
}

/** A CPU profile split into code from `origin` (the extension) and the rest. */
export class ProfileView {
  /** Sample times and the time each stands for, ms (trace clock); ext: stack goes through `origin`. */
  readonly samples: Array<{ t: number; dt: number; node: number; ext: boolean }> = [];
  private byId: Map<number, ProfileNode>;
  private parent = new Map<number, number>();

  constructor(
    profile: CpuProfile,
    private origin: string,
    private sourceOf?: (line: number, col: number) => string,
  ) {
    this.byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = this.parent;
    for (const n of profile.nodes) {
      for (const c of n.children ?? []) parent.set(c, n.id);
      if (n.parent !== undefined) parent.set(n.id, n.parent);
    }
    const ext = new Map<number, boolean>();
    const isExt = (id: number): boolean => {
      let v = ext.get(id);
      if (v === undefined) {
        const p = parent.get(id);
        v = !!this.byId.get(id)?.callFrame.url.startsWith(origin) || (p !== undefined && isExt(p));
        ext.set(id, v);
      }
      return v;
    };
    let t = profile.startTime;
    profile.samples.forEach((node, i) => {
      t += profile.timeDeltas[i] ?? 0;
      this.samples.push({ t: t / 1000, dt: (profile.timeDeltas[i + 1] ?? 0) / 1000, node, ext: isExt(node) });
    });
  }

  /** Extension code time between start and end (ms, trace clock). */
  extMs(start = -Infinity, end = Infinity): number {
    return this.samples.reduce((n, s) => (s.ext && s.t >= start && s.t <= end ? n + s.dt : n), 0);
  }

  /**
   * 'name [line:col "source…"]' for extension code; other frames (browser APIs, built-ins) with their
   * caller — Chromium's profiler mislabels extension API functions (a call in saveTab, most likely
   * storage.session.set, shows as 'setAccessLevel'), so the caller is what identifies them.
   */
  private label(id: number): string {
    const cf = this.byId.get(id)!.callFrame;
    const name = cf.functionName || '(anonymous)';
    if (cf.url.startsWith(this.origin)) return `${name} [${this.sourceOf?.(cf.lineNumber, cf.columnNumber) ?? `${cf.lineNumber}:${cf.columnNumber}`}]`;
    let caller = this.parent.get(id);
    while (caller !== undefined && !this.byId.get(caller)!.callFrame.url.startsWith(this.origin)) caller = this.parent.get(caller);
    return `${name} [native, called by ${caller === undefined ? '?' : this.label(caller)}]`;
  }

  /** Self time by function for extension samples in the window, heaviest first. */
  top(start = -Infinity, end = Infinity, n = 5): Array<[string, number]> {
    const self = new Map<string, number>();
    for (const s of this.samples) {
      if (!s.ext || s.t < start || s.t > end) continue;
      const key = this.label(s.node);
      self.set(key, (self.get(key) ?? 0) + s.dt);
    }
    return [...self].sort((a, b) => b[1] - a[1]).slice(0, n);
  }
}

// --- sessions on other targets (not flattened: works from any page's session) ---

export class TargetSession {
  private seq = 0;
  private pending = new Map<number, { ok: (v: unknown) => void; fail: (e: Error) => void }>();
  private onMsg = (e: { sessionId: string; message: string }) => {
    if (e.sessionId !== this.sessionId) return;
    const m = JSON.parse(e.message) as { id?: number; result?: unknown; error?: { message: string } };
    const p = m.id === undefined ? undefined : this.pending.get(m.id);
    if (!p) return;
    this.pending.delete(m.id!);
    if (m.error) p.fail(new Error(m.error.message));
    else p.ok(m.result);
  };

  private constructor(
    private cdp: CDPSession,
    readonly sessionId: string,
  ) {
    cdp.on('Target.receivedMessageFromTarget', this.onMsg);
  }

  static async attach(cdp: CDPSession, targetId: string): Promise<TargetSession> {
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });
    return new TargetSession(cdp, sessionId);
  }

  /** One protocol call; rejects after `timeout` ms (a target that is going away never answers). */
  send<T = Record<string, unknown>>(method: string, params: object = {}, timeout = 20_000): Promise<T> {
    const id = ++this.seq;
    const reply = new Promise<T>((ok, fail) => {
      const timer = setTimeout(() => (this.pending.delete(id), fail(new Error(`${method}: no answer in ${timeout} ms`))), timeout);
      const done = <F extends (v: never) => void>(f: F) => ((v: never) => (clearTimeout(timer), f(v))) as F;
      this.pending.set(id, { ok: done(ok as (v: unknown) => void), fail: done(fail) });
    });
    this.cdp
      .send('Target.sendMessageToTarget', { sessionId: this.sessionId, message: JSON.stringify({ id, method, params }) })
      .catch((e: Error) => this.pending.get(id)?.fail(e));
    return reply;
  }

  async detach(): Promise<void> {
    this.cdp.off('Target.receivedMessageFromTarget', this.onMsg);
    await this.cdp.send('Target.detachFromTarget', { sessionId: this.sessionId }).catch(() => undefined);
  }
}

/** JS heap used by a target after a full GC, in bytes (plus array-buffer backing store when reported). */
export async function heapAfterGc(cdp: CDPSession, targetId: string): Promise<{ used: number; backing: number }> {
  const s = await TargetSession.attach(cdp, targetId);
  try {
    await s.send('HeapProfiler.collectGarbage');
    const h = await s.send<{ usedSize: number; backingStorageSize?: number }>('Runtime.getHeapUsage');
    return { used: h.usedSize, backing: h.backingStorageSize ?? 0 };
  } finally {
    await s.detach();
  }
}
