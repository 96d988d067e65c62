// The cheap relevance pre-check run by the content script on EVERY page's visible text: one pass
// over the char codes with a small constant term list, folding on the fly (case, full-width Latin,
// half-width katakana, voiced kana, middle dots, zero-width chars, whitespace runs). The names come
// from the KB at build time (kb-terms.generated.ts); no KB at run time, no allocation per char. It passes on a core name, or on a race name with an investment term; the
// full analysis decides the rest.
import { AhoCorasick } from '../match/aho-corasick';
import { SKIP, fold, foldTerm } from './fold';
import { CORE_TERMS, RACE_TERMS, WORD_TERMS } from './kb-terms.generated';

export { CORE_TERMS, RACE_TERMS };

// Investment / compute / chip-export terms (relevance uses the same list for race-only articles).
export const INVEST_TERMS: readonly string[] = [
  '設備投資', '資本支出', '資本的支出', '投資計画', '巨額投資', '輸出規制', '輸出管理', '禁輸', 'データセンター', '計算能力', '計算資源', 'GPU',
  'AIインフラ', '半導体', 'チップ', '资本开支', '資本開支', '资本支出', '出口管制', '数据中心', '數據中心', '算力', '芯片', '晶片', 'capex',
  'capital expenditure', 'capital spending', 'export control', 'export controls', 'data center', 'data centers', 'data centre', 'data centres',
  'AI infrastructure', 'semiconductor', 'semiconductors', 'chip', 'chips', 'compute', 'GPUs',
];

export interface PrecheckLists {
  core: readonly string[];
  race: readonly string[];
  /** Folded terms that count only as whole words. */
  word: ReadonlySet<string>;
}

/** The lists the extension ships: the KB's names (generated at build time) and the invest terms. */
const SHIPPED: PrecheckLists = { core: CORE_TERMS, race: RACE_TERMS, word: WORD_TERMS };

const MAX_HITS = 8;
const isAlnum = (f: number) => (f >= 48 && f <= 57) || (f >= 97 && f <= 122);
/** Latin invest terms (chip, compute, GPUs) count only as whole words, like short names. */
const isLatin = (t: string) => /^[a-z0-9 .+&-]+$/.test(t);

interface Compiled {
  all: string[];
  folded: string[];
  group: number[];
  word: boolean[];
  ac: AhoCorasick;
}
const compiledLists = new WeakMap<PrecheckLists, Compiled>();

function compile(lists: PrecheckLists): Compiled {
  const groups = [lists.core, lists.race, INVEST_TERMS];
  const all = groups.flat();
  const folded = all.map(foldTerm);
  const group = groups.flatMap((g, i) => g.map(() => i));
  const word = folded.map((t, i) => lists.word.has(t) || (group[i] === 2 && isLatin(t)));
  return { all, folded, group, word, ac: new AhoCorasick(folded) };
}

/** fold() precomputed for U+0000..30FF and U+FF00..FFFF; other code units fold to themselves (but U+FEFF). */
let LO: Int32Array | undefined;
let HI: Int32Array | undefined;

/** Whole-word check for a term of folded length len ending at original index end (inclusive). */
function bounded(text: string, end: number, len: number): boolean {
  for (let j = end + 1; j < text.length; j++) {
    const f = fold(text.charCodeAt(j));
    if (f === SKIP) continue;
    if (isAlnum(f)) return false;
    break;
  }
  let k = end;
  for (let count = 0; k >= 0; k--) if (fold(text.charCodeAt(k)) !== SKIP && ++count === len) break;
  for (let j = k - 1; j >= 0; j--) {
    const f = fold(text.charCodeAt(j));
    if (f === SKIP) continue;
    return !isAlnum(f);
  }
  return true;
}

/** Passes when a core name occurs, or a race name together with an investment term. */
export function precheck(text: string, lists: PrecheckLists = SHIPPED): { pass: boolean; hits: string[] } {
  let c = compiledLists.get(lists);
  if (!c) compiledLists.set(lists, (c = compile(lists)));
  const { all, folded, group, word } = c;
  if (!LO) {
    // Plain loops: on a fresh page this runs cold, where a mapping callback per element is slow.
    const lo = new Int32Array(0x3100);
    for (let c = 0; c < 0x3100; c++) lo[c] = fold(c);
    const hi = new Int32Array(0x100);
    for (let c = 0; c < 0x100; c++) hi[c] = fold(0xff00 + c);
    LO = lo;
    HI = hi;
  }
  const a = c.ac;
  const hits: string[] = [];
  const seen = [0, 0, 0];
  let s = 0;
  let last = -2;
  let at = 0;
  const n = text.length;
  const onHit = (p: number) => {
    const t = all[p]!;
    if (hits.includes(t)) return;
    if (word[p] && !bounded(text, at, folded[p]!.length)) return;
    hits.push(t);
    seen[group[p]!]++;
  };
  // Hot loop kept call-free on the common path (root state, table fold): on a fresh page the
  // content script runs this cold, before the JIT has optimised anything.
  const lo = LO!;
  const hi = HI!;
  const root = a.rootTable;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const f = c < 0x3100 ? lo[c]! : c >= 0xff00 ? hi[c - 0xff00]! : c === 0xfeff ? SKIP : c;
    if (f === SKIP || (f === 32 && last === 32)) continue;
    last = f;
    s = s === 0 ? root[f]! : a.step(s, f);
    if (s !== 0 && a.hasOutput(s)) {
      at = i;
      a.outputs(s, onHit);
      if (hits.length >= MAX_HITS && (seen[0] || (seen[1] && seen[2]))) break;
    }
  }
  const pass = seen[0] > 0 || (seen[1] > 0 && seen[2] > 0);
  return { pass, hits: pass ? hits : [] };
}
