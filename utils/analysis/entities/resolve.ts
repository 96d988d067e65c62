// Resolution: leftmost-longest selection without overlaps, and the rules for conditional aliases
// (ambiguous ones need the entity or a relative named elsewhere or a context word nearby; surnames
// need the full name earlier and an honorific; digits-only tickers need a ticker cue or the company).
import type { PreparedKb } from '../prepared-kb';
import { contextKeys, recordRank } from '../match/matcher';
import type { Candidate } from './candidates';
import { isAsciiAlnum } from './chars';
import { familyNamed } from './family';

const CONTEXT_WINDOW = 40;

// After a surname: honorifics and titles (normalised: lower-case ASCII).
const HONORIFIC_AFTER = [
  '氏', 'さん', '様', '君', 'ceo', 'cfo', 'cto', 'coo', '会長', '社長', '最高経営責任者', '最高財務責任者', '最高技術責任者',
  '総裁', '总裁', '總裁', '董事長', '董事长', '董事会主席', '董事會主席', '主席', '先生', '女士', '总', '總', '副会長', '議長', '首席',
  '執行役員', '取締役',
];
// English contexts: "Wu said", "Mr Wu", "said Wu".
const EN_AFTER = [' said', ' says', ' told', ' added', ' noted', ' explained', ' wrote', ' stated', ' argued', ' replied', ' answered'];
const EN_BEFORE = ['mr ', 'mr. ', 'ms ', 'ms. ', 'mrs ', 'mrs. ', 'dr ', 'dr. ', 'said ', 'says ', 'ceo ', 'cfo ', 'chairman ', 'president '];
// Near a digits-only ticker (9988): words that show it is a ticker.
const TICKER_CUES = [
  '.hk', 'hk:', 'hkex', 'sehk', 'hkg', 'nyse', '香港', '港股', '港交所', '港証', '証券コード', '銘柄', 'コード', 'code', 'ticker', 'stock', '上場', '上市', '恒生',
  'hang seng', '株価', '股价', '股價',
];

function leftmostLongest(cands: Candidate[], support: Map<string, number>): Candidate[] {
  const sorted = [...cands].sort(
    (a, b) => a.ns - b.ns || b.ne - a.ne || recordRank(b.rec) - recordRank(a.rec) || (support.get(b.rec.entityId) ?? 0) - (support.get(a.rec.entityId) ?? 0),
  );
  const out: Candidate[] = [];
  let lastEnd = -1;
  for (const c of sorted) {
    if (c.ns < lastEnd) continue;
    out.push(c);
    lastEnd = c.ne;
  }
  return out;
}

/** Entity ids named by unconditional mentions, with the normalised start of the first one. */
export function firstMentions(cands: Candidate[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const c of cands) if (!m.has(c.rec.entityId) || m.get(c.rec.entityId)! > c.ns) m.set(c.rec.entityId, c.ns);
  return m;
}

function near(text: string, ns: number, ne: number, words: string[], before: number, after: number): string | null {
  const from = Math.max(0, ns - before);
  const win = text.slice(from, Math.min(text.length, ne + after));
  const self = [ns - from, ne - from];
  for (const w of words) {
    let i = win.indexOf(w);
    while (i >= 0) {
      const overlaps = i < self[1] && i + w.length > self[0];
      const bounded = !isAsciiAlnum(w.charCodeAt(0)) || !isAsciiAlnum(win.charCodeAt(i - 1) || 0);
      const boundedEnd = !isAsciiAlnum(w.charCodeAt(w.length - 1)) || !isAsciiAlnum(win.charCodeAt(i + w.length) || 0);
      if (!overlaps && bounded && boundedEnd) return w;
      i = win.indexOf(w, i + 1);
    }
  }
  return null;
}

function startsWithAny(text: string, at: number, words: string[]): boolean {
  for (const w of words) if (text.startsWith(w, at)) return true;
  return false;
}

function endsWithAny(text: string, at: number, words: string[]): boolean {
  for (const w of words) if (at - w.length >= 0 && text.startsWith(w, at - w.length)) return true;
  return false;
}

/** An honorific or title right after the surname, or an English "said"/"Mr" context. */
function hasHonorific(text: string, ns: number, ne: number): boolean {
  const after = text.charCodeAt(ne) === 32 ? ne + 1 : ne;
  for (const h of HONORIFIC_AFTER) {
    if (!text.startsWith(h, after)) continue;
    if (isAsciiAlnum(h.charCodeAt(0)) && isAsciiAlnum(text.charCodeAt(after + h.length) || 0)) continue;
    return true;
  }
  return startsWithAny(text, ne, EN_AFTER) || endsWithAny(text, ns, EN_BEFORE);
}

/** Relatives that support an ambiguous alias: ancestors (up to 3) and direct children. */
function relatives(kb: PreparedKb, id: string): string[] {
  const out: string[] = [];
  let p = kb.entities.get(id)?.parent;
  for (let i = 0; p && i < 3; i++) {
    out.push(p);
    p = kb.entities.get(p)?.parent;
  }
  out.push(...(kb.children.get(id) ?? []));
  return out;
}

function cachedRelatives(kb: PreparedKb, id: string): string[] {
  let r = kb.relatives.get(id);
  if (!r) kb.relatives.set(id, (r = relatives(kb, id)));
  return r;
}

function isTinyCode(key: string): boolean {
  return key.length <= 2 && isAsciiAlnum(key.charCodeAt(0)) && isAsciiAlnum(key.charCodeAt(key.length - 1));
}

/** Does a conditional candidate count, given the entities named unconditionally (named)? */
function acceptConditional(c: Candidate, normText: string, kb: PreparedKb, named: Map<string, number>): boolean {
  const id = c.rec.entityId;
  if (c.rec.kind === 'surname') {
    const first = named.get(id);
    return first !== undefined && first < c.ns && hasHonorific(normText, c.ns, c.ne);
  }
  if (c.rec.numericTicker && !c.rec.ambiguous) {
    return named.has(id) || near(normText, c.ns, c.ne, TICKER_CUES, 20, 8) !== null;
  }
  // Mistranslations (often a real phrase of another sense) need the entity's family named plainly.
  if (c.rec.kind === 'mistranslation') {
    if (!familyNamed(kb, id, named)) return false;
    if (!c.rec.ambiguous) return true;
  }
  const words = contextKeys(kb, id);
  // Tiny Latin codes (V3, R1, o1, JD) are too common to ride on a name far away: a cue must be near.
  if (isTinyCode(c.key)) return words.length > 0 && near(normText, c.ns, c.ne, words, CONTEXT_WINDOW, CONTEXT_WINDOW) !== null;
  if (named.has(id)) return true;
  for (const r of cachedRelatives(kb, id)) if (named.has(r)) return true;
  return words.length > 0 && near(normText, c.ns, c.ne, words, CONTEXT_WINDOW, CONTEXT_WINDOW) !== null;
}

/** Full resolution of candidates into non-overlapping mentions. */
export function resolve(cands: Candidate[], normText: string, kb: PreparedKb, outside?: Map<string, number>): Candidate[] {
  const strong = cands.filter((c) => !c.conditional);
  const support = new Map<string, number>();
  for (const c of strong) support.set(c.rec.entityId, (support.get(c.rec.entityId) ?? 0) + 1);
  const strongSel = leftmostLongest(strong, support);
  const named = firstMentions(strongSel);
  if (outside) for (const [id] of outside) if (!named.has(id)) named.set(id, -1);
  const accepted = cands.filter((c) => c.conditional && c.rec.kind !== 'surname' && acceptConditional(c, normText, kb, named));
  // A full name written as an accepted mistranslation (呉勇明) lets its surname follow (ウー氏).
  const full = new Map(named);
  for (const c of accepted) {
    const cur = full.get(c.rec.entityId);
    if (c.rec.kind === 'mistranslation' && (cur === undefined || cur > c.ns)) full.set(c.rec.entityId, c.ns);
  }
  for (const c of cands) if (c.rec.kind === 'surname' && acceptConditional(c, normText, kb, full)) accepted.push(c);
  if (!accepted.length) return strongSel;
  return leftmostLongest([...strongSel, ...accepted], support);
}
