// Aho-Corasick automaton over UTF-16 code units, in typed arrays.
// Root transitions are a dense 64K table; other states keep their edges sorted by code unit
// (CSR layout) and are searched linearly or by bisection. States are numbered breadth first.
// Scan is one pass, no allocation.

export class AhoCorasick {
  readonly patterns: readonly string[];
  /** Number of states (root = 0). */
  readonly size: number;
  private readonly root: Int32Array; // code unit → state (0 = none)
  private readonly edgeStart: Int32Array; // state → first edge; edgeStart[size] = edges
  private readonly edgeChar: Uint16Array;
  private readonly edgeTo: Int32Array;
  private readonly fail: Int32Array;
  private readonly outHead: Int32Array; // state → first pattern ending here (-1 = none)
  private readonly outNext: Int32Array; // pattern → next pattern with the same end state
  private readonly dictLink: Int32Array; // state → nearest fail-ancestor with output (0 = none)

  constructor(patterns: readonly string[]) {
    this.patterns = patterns;
    // 1. Trie, built one depth at a time, so states are numbered breadth first (root = 0): the
    //    failure links then follow in one sequential pass, and shallow states (the busiest) sit
    //    together. Each level's edges go through a small open-addressing table.
    let total = 1;
    for (const p of patterns) total += p.length;
    const parent = new Int32Array(total);
    const label = new Uint16Array(total);
    const outHeadAll = new Int32Array(total).fill(-1);
    const outNext = new Int32Array(patterns.length).fill(-1);
    const count = new Int32Array(total + 1); // edges per state
    const alive = new Int32Array(patterns.length); // patterns longer than the depth
    let live = 0;
    for (let p = 0; p < patterns.length; p++) if (patterns[p].length) alive[live++] = p;
    const at = new Int32Array(patterns.length); // each live pattern's state at this depth
    let states = 1;
    const tableSize = (n: number) => {
      let cap = 16;
      while (cap < n * 2) cap *= 2;
      return cap;
    };
    const hKey = new Int32Array(tableSize(live)); // slot → parent state + 1 (0 = empty)
    const hChar = new Uint16Array(hKey.length);
    const hTo = new Int32Array(hKey.length);
    for (let d = 0; live > 0; d++) {
      const cap = tableSize(live); // no more edges at this depth than live patterns
      hKey.fill(0, 0, cap);
      const mask = cap - 1;
      let next = 0;
      for (let k = 0; k < live; k++) {
        const p = alive[k];
        const s = patterns[p];
        const st = at[p];
        const c = s.charCodeAt(d);
        let h = (Math.imul(st, 0x9e3779b1) ^ Math.imul(c, 0x85ebca6b)) & mask;
        while (hKey[h] !== 0 && (hKey[h] !== st + 1 || hChar[h] !== c)) h = (h + 1) & mask;
        let to = hTo[h];
        if (hKey[h] === 0) {
          hKey[h] = st + 1;
          hChar[h] = c;
          hTo[h] = to = states;
          parent[states] = st;
          label[states] = c;
          count[st]++;
          states++;
        }
        if (d + 1 === s.length) {
          outNext[p] = outHeadAll[to];
          outHeadAll[to] = p;
        } else {
          at[p] = to;
          alive[next++] = p;
        }
      }
      live = next;
    }
    this.size = states;
    this.outHead = outHeadAll.slice(0, states);
    this.outNext = outNext;

    // 2. CSR edge layout, sorted by code unit within a state.
    const edgeCount = states - 1;
    const edgeStart = new Int32Array(states + 1);
    for (let s = 0; s < states; s++) edgeStart[s + 1] = edgeStart[s] + count[s];
    const fill = edgeStart.slice(0, states);
    const edgeChar = new Uint16Array(edgeCount);
    const edgeTo = new Int32Array(edgeCount);
    const root = new Int32Array(65536);
    for (let t = 1; t < states; t++) {
      const e = fill[parent[t]]++;
      edgeChar[e] = label[t];
      edgeTo[e] = t;
      if (parent[t] === 0) root[label[t]] = t;
    }
    for (let s = 1; s < states; s++) sortEdges(edgeChar, edgeTo, edgeStart[s], edgeStart[s + 1]);
    this.edgeStart = edgeStart;
    this.edgeChar = edgeChar;
    this.edgeTo = edgeTo;
    this.root = root;

    // 3. Failure and dictionary links, in state order (= breadth first).
    const links = failLinks(states, parent, label, root, edgeStart, edgeChar, edgeTo, this.outHead);
    this.fail = links.fail;
    this.dictLink = links.dict;
  }

  /** Child of state s on code unit c, or 0. */
  private child(s: number, c: number): number {
    return childOf(this.edgeStart, this.edgeChar, this.edgeTo, s, c);
  }

  /** One transition of the automaton: the state after reading code unit c in state s. */
  /** The root's transitions (code unit → state, 0 = none), for scanners that inline the root step. */
  get rootTable(): Int32Array {
    return this.root;
  }

  step(s: number, c: number): number {
    while (s !== 0) {
      const nx = this.child(s, c);
      if (nx) return nx;
      s = this.fail[s];
    }
    return this.root[c];
  }

  /** Calls onMatch(patternIndex, state) for every pattern that ends in state s. */
  outputs(s: number, onMatch: (patternIndex: number) => void): void {
    for (let st = this.outHead[s] >= 0 ? s : this.dictLink[s]; st !== 0; st = this.dictLink[st]) {
      for (let p = this.outHead[st]; p >= 0; p = this.outNext[p]) onMatch(p);
    }
  }

  /** True when some pattern ends in state s. */
  hasOutput(s: number): boolean {
    return this.outHead[s] >= 0 || this.dictLink[s] !== 0;
  }

  /** Every occurrence (overlapping ones too): onMatch(patternIndex, end), end exclusive. */
  scan(text: string, onMatch: (patternIndex: number, end: number) => void): void {
    const root = this.root;
    const fail = this.fail;
    const outHead = this.outHead;
    const outNext = this.outNext;
    const dict = this.dictLink;
    const es = this.edgeStart;
    const ec = this.edgeChar;
    const et = this.edgeTo;
    const n = text.length;
    let s = 0;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (s === 0) {
        s = root[c];
        if (s === 0) continue;
      } else {
        for (;;) {
          const nx = childOf(es, ec, et, s, c);
          if (nx) {
            s = nx;
            break;
          }
          s = fail[s];
          if (s === 0) {
            s = root[c];
            break;
          }
        }
        if (s === 0) continue;
      }
      for (let st = outHead[s] >= 0 ? s : dict[s]; st !== 0; st = dict[st]) {
        for (let p = outHead[st]; p >= 0; p = outNext[p]) onMatch(p, i + 1);
      }
    }
  }
}

function childOf(edgeStart: Int32Array, ch: Uint16Array, to: Int32Array, s: number, c: number): number {
  let lo = edgeStart[s];
  let hi = edgeStart[s + 1];
  if (hi - lo <= 8) {
    for (; lo < hi; lo++) if (ch[lo] === c) return to[lo];
    return 0;
  }
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const v = ch[mid];
    if (v === c) return to[mid];
    if (v < c) lo = mid + 1;
    else hi = mid;
  }
  return 0;
}

function failLinks(
  states: number,
  parent: Int32Array,
  label: Uint16Array,
  root: Int32Array,
  edgeStart: Int32Array,
  edgeChar: Uint16Array,
  edgeTo: Int32Array,
  outHead: Int32Array,
) {
  const fail = new Int32Array(states);
  const dict = new Int32Array(states);
  for (let t = 1; t < states; t++) {
    const s = parent[t];
    if (s === 0) continue; // depth 1: fails to the root
    const c = label[t];
    let f = fail[s];
    let nx = 0;
    for (;;) {
      nx = f === 0 ? root[c] : childOf(edgeStart, edgeChar, edgeTo, f, c);
      if (nx > 0 || f === 0) break;
      f = fail[f];
    }
    fail[t] = nx;
    dict[t] = outHead[nx] >= 0 ? nx : dict[nx];
  }
  return { fail, dict };
}

function sortEdges(ch: Uint16Array, to: Int32Array, lo: number, hi: number): void {
  if (hi - lo > 32) {
    const idx = Array.from({ length: hi - lo }, (_, k) => lo + k).sort((a, b) => ch[a] - ch[b]);
    const c2 = idx.map((k) => ch[k]);
    const t2 = idx.map((k) => to[k]);
    for (let k = 0; k < idx.length; k++) {
      ch[lo + k] = c2[k];
      to[lo + k] = t2[k];
    }
    return;
  }
  for (let i = lo + 1; i < hi; i++) {
    const c = ch[i];
    const t = to[i];
    let j = i - 1;
    while (j >= lo && ch[j] > c) {
      ch[j + 1] = ch[j];
      to[j + 1] = to[j];
      j--;
    }
    ch[j + 1] = c;
    to[j + 1] = t;
  }
}
