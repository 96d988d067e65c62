// A surname with an honorific or title in a headline, ahead of the full name the body gives
// (アリババの馬氏「…」 over a body that writes 馬雲(ジャック・マー)氏). It is that person when the page
// names them in full later and no other person the page names has that surname. Only in a first line
// that is a headline (short, with the body after it): within running text a surname still needs the
// full name first. Latin surnames stay out (an English "Ma said" before the name is too loose).
import type { Candidate } from './candidates';
import { hasHonorific } from './surnames';

const HEADLINE_MAX = 80;

/** Whether [start, end) of the original text lies in a first line that a body follows. */
function inHeadline(text: string, start: number): boolean {
  const nl = text.indexOf('\n');
  return nl > start && nl <= HEADLINE_MAX && text.slice(nl).trim().length > 0;
}

/** Surname mentions in a headline ahead of their person's full name, with an honorific or title. */
export function surnamesAhead(cands: Candidate[], accepted: Candidate[], normText: string, text: string, full: Map<string, number>): Candidate[] {
  const have = new Set(accepted);
  // Span → the people the page names in full that a surname there could be.
  const people = new Map<string, Set<string>>();
  for (const c of cands) {
    if (c.rec.kind !== 'surname' || !full.has(c.rec.entityId)) continue;
    const k = `${c.ns} ${c.ne}`;
    people.set(k, (people.get(k) ?? new Set()).add(c.rec.entityId));
  }
  return cands.filter((c) => {
    if (c.rec.kind !== 'surname' || have.has(c) || /^[a-z]/.test(c.key) || !inHeadline(text, c.start)) return false;
    const first = full.get(c.rec.entityId);
    if (first === undefined || first < c.ne) return false;
    return people.get(`${c.ns} ${c.ne}`)?.size === 1 && hasHonorific(normText, c.ns, c.ne);
  });
}
