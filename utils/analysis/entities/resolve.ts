// Resolution: leftmost-longest selection without overlaps, and the rules for conditional aliases
// (ambiguous ones need the entity or a relative named elsewhere or a context word nearby, or stand
// as a gloss right after the entity's name, or after a country prefix (米アップル); surnames need
// the full name earlier and an honorific, or, in Latin script, a capital; digits-only tickers need a
// ticker cue or the company). An alias two entities share goes to the one with the nearer evidence.
// The rules are conditional.ts's (surnames.ts, officers.ts for surnames), senses carried across the
// text senses.ts's; here the order they run in and the final selection.
import type { PreparedKb } from '../prepared-kb';
import { recordRank } from '../match/matcher';
import type { Candidate } from './candidates';
import { foldHan } from '../match/han-fold';
import { acceptConditional, evidenceOf, usedAsTechnology } from './conditional';
import { servingSurnames } from './officers';
import { repeatedSurnames } from './surnames';
import { surnamesAhead } from './surname-ahead';
import { coordinated, sameSense, tinySiblings } from './senses';

function leftmostLongest(cands: Candidate[], support: Map<string, number>, evidence?: Map<Candidate, number>): Candidate[] {
  const ev = (c: Candidate) => evidence?.get(c) ?? 0;
  const sorted = [...cands].sort(
    (a, b) =>
      a.ns - b.ns ||
      b.ne - a.ne ||
      ev(b) - ev(a) ||
      recordRank(b.rec) - recordRank(a.rec) ||
      (support.get(b.rec.entityId) ?? 0) - (support.get(a.rec.entityId) ?? 0),
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

/** Full resolution of candidates into non-overlapping mentions. `text` is the original text. */
export function resolve(cands: Candidate[], normText: string, text: string, kb: PreparedKb, outside?: Map<string, number>): Candidate[] {
  const strong = cands.filter((c) => !c.conditional);
  const support = new Map<string, number>();
  for (const c of strong) support.set(c.rec.entityId, (support.get(c.rec.entityId) ?? 0) + 1);
  const strongSel = leftmostLongest(strong, support);
  const named = firstMentions(strongSel);
  const ends = new Map(strongSel.map((c) => [c.ne, c.rec.entityId]));
  if (outside) for (const [id] of outside) if (!named.has(id)) named.set(id, -1);
  const folded = foldHan(normText);
  const accepted = cands.filter((c) => c.conditional && c.rec.kind !== 'surname' && acceptConditional(c, normText, folded, text, kb, named, ends));
  accepted.push(...coordinated(cands, [...strongSel, ...accepted], normText, kb));
  accepted.push(...tinySiblings(cands, [...strongSel, ...accepted], kb));
  accepted.push(...sameSense(cands, accepted));
  // A company's name used for its technology (ARMアーキテクチャ) stays out, however it was carried in.
  for (let i = accepted.length - 1; i >= 0; i--) if (usedAsTechnology(accepted[i]!, text, kb)) accepted.splice(i, 1);
  // A full name accepted by its context lets its surname follow (ウー氏): a mistranslation (呉勇明), or
  // a name many people share (張勇, Zhang Yong) that the page's context gave to its person.
  const full = new Map(named);
  for (const c of accepted) {
    const cur = full.get(c.rec.entityId);
    if ((c.rec.kind === 'mistranslation' || c.rec.kind === 'name') && (cur === undefined || cur > c.ns)) full.set(c.rec.entityId, c.ns);
  }
  for (const c of cands) if (c.rec.kind === 'surname' && acceptConditional(c, normText, folded, text, kb, full, ends)) accepted.push(c);
  accepted.push(...servingSurnames(cands, accepted, normText, kb, full));
  accepted.push(...repeatedSurnames(cands, accepted, normText, text));
  accepted.push(...surnamesAhead(cands, accepted, normText, text, full));
  if (!accepted.length) return strongSel;
  // Unconditional mentions outrank conditional ones on the same span; among conditional ones (an
  // alias two entities share: 千問 is the Qwen models and the Qwen app), the nearer evidence wins.
  const evidence = new Map<Candidate, number>();
  for (const c of strongSel) evidence.set(c, 100);
  for (const c of accepted) evidence.set(c, evidenceOf(c, folded, kb, named));
  return leftmostLongest([...strongSel, ...accepted], support, evidence);
}
