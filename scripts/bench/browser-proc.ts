// The memory of the browser's processes, from /proc (Linux): the benchmark's view of what the
// extension's processes hold, independent of any one JS heap.
import { readFileSync, readdirSync } from 'node:fs';

export interface ProcMem {
  pid: number;
  type: string; // 'browser', 'renderer', 'gpu-process', 'utility', ...
  extension: boolean;
  pssKb: number;
  rssKb: number;
}

function read(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

/** The browser started with this profile directory and all its descendants; [] where /proc is missing. */
export function browserProcesses(userDataDir: string): ProcMem[] {
  let pids: number[];
  try {
    pids = readdirSync('/proc')
      .filter((d) => /^\d+$/.test(d))
      .map(Number);
  } catch {
    return [];
  }
  // Chromium rewrites its process titles: the command line may be one space-separated string.
  const info = new Map<number, { ppid: number; cmd: string }>();
  for (const pid of pids) {
    const cmd = read(`/proc/${pid}/cmdline`).replace(/\0/g, ' ');
    const ppid = Number(/^PPid:\s+(\d+)/m.exec(read(`/proc/${pid}/status`))?.[1] ?? -1);
    info.set(pid, { ppid, cmd });
  }
  const root = [...info].find(([, i]) => i.cmd.includes(`--user-data-dir=${userDataDir} `) && !i.cmd.includes('--type='))?.[0];
  if (root === undefined) return [];
  const mine = new Set([root]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, i] of info) {
      if (mine.has(pid) || !mine.has(i.ppid)) continue;
      mine.add(pid);
      grew = true;
    }
  }
  return [...mine].map((pid) => {
    const cmd = info.get(pid)!.cmd;
    const rollup = read(`/proc/${pid}/smaps_rollup`);
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(rollup)?.[1] ?? 0);
    const type = /--type=(\S+)/.exec(cmd)?.[1] ?? 'browser';
    return { pid, type, extension: cmd.includes('--extension-process'), pssKb: kb('Pss'), rssKb: kb('Rss') };
  });
}
