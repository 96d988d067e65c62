// The pre-check's automaton as it ships: compiled at build time (automaton-build.ts, run by
// `npm run kb:build`) into a few strings, so the content script on an unrelated page builds
// nothing but two lookup tables from them, then scans once. Runtime half only: no term lists, no
// compiler (the first content script stays small).
//
// Data (char codes offset by BASE, so the strings hold no control characters; read with
// charCodeAt where they are used, so loading builds nothing per state):
//   label[t]  the folded code unit on the edge into state t (states in breadth-first order, the
//             children of a state contiguous and sorted by label; label[0] unused)
//   first[s]  first child of state s; its children end where those of s + 1 begin
//   fail[t]   failure link of state t
//   out[t]    1 + the first term that ends in state t (0: none); next[p]: 1 + the next term with
//             the same folded text (0: none)
//   dict[t]   nearest state on t's failure chain where a term ends (0: none)
//   terms     the terms as written, '\n'-separated; flags[p] = group (0 core, 1 race, 2 invest,
//             3 chip maker, 4 results) + WORD_FLAG when the term counts only as a whole word;
//             len[p]: its folded length
//   folds     pairs (code unit, folded code unit + 2, or SKIP_MARK: ignored) where fold(c) !== c
// (no lone surrogates, no noncharacters: Chrome refuses a content script that is not valid UTF-8)
export interface AutomatonData {
  label: string;
  first: string;
  fail: string;
  out: string;
  next: string;
  dict: string;
  terms: string;
  flags: string;
  len: string;
  folds: string;
}

export const BASE = 0x20;
/** Added to a term's group in `flags` when it counts only as a whole word. */
export const WORD_FLAG = 8;
/** In `folds`: the code unit is ignored (zero-width, dots, voicing marks). */
export const SKIP_MARK = 1;

export interface Automaton {
  d: AutomatonData;
  /** code unit → 0 (folds to itself), SKIP_MARK, or folded + 2. */
  fold: Uint16Array;
  /** code unit (folded) → child of the root, 0 when none. */
  root: Uint16Array;
  /** code unit as written (before folding) → child of the root, 0 when none: the scan's fast path. */
  start: Uint16Array;
  terms?: string[];
}

const at = (s: string, i: number) => s.charCodeAt(i) - BASE;

/** The two lookup tables; everything else is read from the strings. */
export function loadAutomaton(d: AutomatonData): Automaton {
  const fold = new Uint16Array(65536);
  for (let i = 0; i < d.folds.length; i += 2) fold[d.folds.charCodeAt(i)] = d.folds.charCodeAt(i + 1);
  const root = new Uint16Array(65536);
  for (let t = at(d.first, 0), end = at(d.first, 1); t < end; t++) root[d.label.charCodeAt(t)] = t;
  // Every code unit that folds to a root label: the label itself (unless it folds elsewhere) and
  // the code units listed in `folds` that fold to it.
  const start = new Uint16Array(65536);
  for (let t = at(d.first, 0), end = at(d.first, 1); t < end; t++) {
    const c = d.label.charCodeAt(t);
    if (fold[c] === 0) start[c] = t;
  }
  for (let i = 0; i < d.folds.length; i += 2) {
    const m = d.folds.charCodeAt(i + 1);
    if (m !== SKIP_MARK && root[m - 2]) start[d.folds.charCodeAt(i)] = root[m - 2]!;
  }
  return { d, fold, root, start };
}

/** The child of state s on folded code unit c, following failure links (the Aho-Corasick step). */
function step(a: Automaton, s: number, c: number): number {
  const { first, label, fail } = a.d;
  while (s !== 0) {
    let lo = at(first, s);
    let hi = at(first, s + 1);
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const v = label.charCodeAt(mid);
      if (v === c) return mid;
      if (v < c) lo = mid + 1;
      else hi = mid;
    }
    s = at(fail, s);
  }
  return a.root[c]!;
}

const isAlnum = (f: number) => (f >= 48 && f <= 57) || (f >= 97 && f <= 122);

/** Folded code unit of c, or -1 when it is ignored. */
function foldOf(a: Automaton, c: number): number {
  const m = a.fold[c]!;
  return m === 0 ? c : m === SKIP_MARK ? -1 : m - 2;
}

/** Whole-word check for a term of folded length len ending at index end (inclusive). */
function bounded(a: Automaton, text: string, end: number, len: number): boolean {
  for (let j = end + 1; j < text.length; j++) {
    const f = foldOf(a, text.charCodeAt(j));
    if (f < 0) continue;
    if (isAlnum(f)) return false;
    break;
  }
  let k = end;
  for (let count = 0; k >= 0; k--) if (foldOf(a, text.charCodeAt(k)) >= 0 && ++count === len) break;
  for (let j = k - 1; j >= 0; j--) {
    const f = foldOf(a, text.charCodeAt(j));
    if (f < 0) continue;
    return !isAlnum(f);
  }
  return true;
}

const MAX_HITS = 8;

/**
 * One pass over the text: passes when a core name occurs, a race or chip maker's name together with
 * an investment term, or a chip maker's name together with a results term. Folds on the fly (case, widths, voicing, dots, zero-width chars, space runs).
 */
export function scan(a: Automaton, ...texts: string[]): { pass: boolean; hits: string[] } {
  const hits: string[] = [];
  const seen = [0, 0, 0, 0, 0];
  // Several texts (a page's title and body) are scanned one after the other, never joined: a
  // joined string would be copied whole before the first character could be read.
  for (const text of texts) if (scanOne(a, text, hits, seen)) break;
  return { pass: passes(seen), hits: passes(seen) ? hits : [] };
}

/** Counts per group (core, race, invest, chip maker, results) → pass. */
const passes = (seen: number[]) => seen[0]! > 0 || ((seen[1]! > 0 || seen[3]! > 0) && seen[2]! > 0) || (seen[3]! > 0 && seen[4]! > 0);

/** One text's pass; true once enough is found to stop. */
function scanOne(a: Automaton, text: string, hits: string[], seen: number[]): boolean {
  const { fold, start, d } = a;
  const n = text.length;
  let s = 0;
  let last = -2;
  for (let i = 0; i < n; i++) {
    if (s === 0) {
      // Fast path, most of a page: at the root, one table lookup per code unit (on a fresh page
      // this runs cold, before the JIT has optimised anything).
      let t = 0;
      for (; i < n; i++) if ((t = start[text.charCodeAt(i)]!) !== 0) break;
      if (i === n) break;
      s = t;
      last = -2; // a root label is never a space
    } else {
      const c = text.charCodeAt(i);
      const m = fold[c]!;
      if (m === SKIP_MARK) continue;
      const f = m === 0 ? c : m - 2;
      if (f === 32 && last === 32) continue;
      last = f;
      s = step(a, s, f);
    }
    if (s === 0 || (d.out.charCodeAt(s) === BASE && d.dict.charCodeAt(s) === BASE)) continue;
    const terms = (a.terms ??= d.terms.split('\n'));
    for (let st = at(d.out, s) ? s : at(d.dict, s); st !== 0; st = at(d.dict, st)) {
      for (let p1 = at(d.out, st); p1 !== 0; p1 = at(d.next, p1 - 1)) {
        const p = p1 - 1;
        const t = terms[p]!;
        if (hits.includes(t)) continue;
        const flags = at(d.flags, p);
        if (flags >= WORD_FLAG && !bounded(a, text, i, at(d.len, p))) continue;
        hits.push(t);
        seen[flags % WORD_FLAG]!++;
      }
    }
    if (hits.length >= MAX_HITS && passes(seen)) return true;
  }
  return false;
}
