// A surname with an honorific or title written before the page gives the full name: a headline
// (アリババの馬氏「…」) names the person the body then writes in full (馬雲(ジャック・マー)氏). It is
// that person when the page names them in full later and no other person the page names has that
// surname. Latin surnames stay out (an English "Ma said" before the name is too loose).
import type { Candidate } from './candidates';
import { hasHonorific } from './surnames';

/** Surname mentions ahead of their person's full name, with an honorific or title after them. */
export function surnamesAhead(cands: Candidate[], accepted: Candidate[], normText: string, full: Map<string, number>): Candidate[] {
  const have = new Set(accepted);
  // Span → the people the page names in full that a surname there could be.
  const people = new Map<string, Set<string>>();
  for (const c of cands) {
    if (c.rec.kind !== 'surname' || !full.has(c.rec.entityId)) continue;
    const k = `${c.ns} ${c.ne}`;
    people.set(k, (people.get(k) ?? new Set()).add(c.rec.entityId));
  }
  return cands.filter((c) => {
    if (c.rec.kind !== 'surname' || have.has(c) || /^[a-z]/.test(c.key)) return false;
    const first = full.get(c.rec.entityId);
    if (first === undefined || first < c.ne) return false;
    return people.get(`${c.ns} ${c.ne}`)?.size === 1 && hasHonorific(normText, c.ns, c.ne);
  });
}
