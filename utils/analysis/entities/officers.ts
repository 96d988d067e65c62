// A surname named by the post its person holds: a title after it and the organisation before it
// (エヌビディアのフアンCEO), the organisation and title before it (アップル社CEOクック), the organisation
// and の before a katakana surname (86Researchのチャイは), or an honorific on a page that names the
// one organisation a person of that surname serves (ウー氏 beside Alibaba). Organisations compare at
// the top of their family.
import type { PreparedKb } from '../prepared-kb';
import type { Candidate } from './candidates';
import { TITLES, hasHonorific, katakanaAlone, startsWithAny } from './surnames';
import { foldHan } from '../match/han-fold';
import type { RelationType } from '../vocabulary/entity-types';

// Between an organisation and its officer's surname: エヌビディアのフアンCEO, 百度的李总裁.
const ORG_LINKS = ['の', '的', '', ' ', '社の'];
const OFFICER_RELATIONS = new Set(['ceo_of', 'chairman_of', 'cfo_of', 'cto_of', 'founder_of', 'executive_of', 'director_of', 'analyst_at']);

function topOf(kb: PreparedKb, id: string): string {
  let cur = id;
  for (let i = 0, p = kb.entities.get(cur)?.parent; p && i < 6; i++, p = kb.entities.get(cur)?.parent) cur = p;
  return cur;
}

/** A surname with a title right after it and, right before it, an organisation the person serves
 *  (エヌビディアのフアンCEO): the post names the person even when the page never gives the full name. */
export function officerOf(c: Candidate, normText: string, kb: PreparedKb, ends: Map<number, string>): boolean {
  if (!startsWithAny(normText, c.ne, TITLES)) return false;
  const orgs = (kb.relationsByEntity.get(c.rec.entityId) ?? [])
    .filter((r) => r.from === c.rec.entityId && OFFICER_RELATIONS.has(r.type))
    .map((r) => topOf(kb, r.to));
  if (!orgs.length) return false;
  for (const link of ORG_LINKS) {
    const org = ends.get(c.ns - link.length);
    if (org && normText.startsWith(link, c.ns - link.length) && orgs.includes(topOf(kb, org))) return true;
  }
  return false;
}

// Between an organisation's name and the title before its officer's surname: アップル社CEOクック.
const ORG_TITLE_LINKS = ['', '社', ' ', 'の'];
const TITLE_SURNAME_LINKS = ['', 'の', ' '];

/** A surname with, right before it, a title and the organisation the person serves (アップル社CEOクック,
 *  Google社CEOのピチャイ): the post names the person, the way officerOf reads エヌビディアのフアンCEO. */
export function officerBefore(c: Candidate, normText: string, kb: PreparedKb, ends: Map<number, string>): boolean {
  const orgs = officerOrgs(kb, c.rec.entityId);
  if (!orgs.length) return false;
  for (const link of TITLE_SURNAME_LINKS) {
    const t = c.ns - link.length;
    if (!normText.startsWith(link, t)) continue;
    for (const title of TITLES) {
      const at = t - title.length;
      if (at <= 0 || !normText.startsWith(title, at)) continue;
      for (const ol of ORG_TITLE_LINKS) {
        const org = ends.get(at - ol.length);
        if (org && normText.startsWith(ol, at - ol.length) && orgs.includes(topOf(kb, org))) return true;
      }
    }
  }
  return false;
}

/** A katakana surname standing alone (チャイは) right after the organisation the person serves and の
 *  (86Researchのチャイは): Forbes-style Japanese names an analyst so, with no title. */
export function memberOf(c: Candidate, normText: string, kb: PreparedKb, ends: Map<number, string>): boolean {
  if (!katakanaAlone(c, normText) || !normText.startsWith('の', c.ns - 1)) return false;
  const org = ends.get(c.ns - 1);
  return !!org && officerOrgs(kb, c.rec.entityId).includes(topOf(kb, org));
}

/** Organisations (top of their family) the person serves as an officer or founder. */
function officerOrgs(kb: PreparedKb, id: string): string[] {
  return (kb.relationsByEntity.get(id) ?? []).filter((r) => r.from === id && OFFICER_RELATIONS.has(r.type)).map((r) => topOf(kb, r.to));
}

/** A surname with an honorific or title (ウー氏, ツァイ会長) on a page that never gives the full name but
 *  names the organisation the person serves: the person, when exactly one person of that surname
 *  serves an organisation the page names. Two-character or longer surnames only (not 呉氏 or 馬氏:
 *  one Han character is too many people's surname). */
export function servingSurnames(cands: Candidate[], accepted: Candidate[], normText: string, kb: PreparedKb, named: Map<string, number>): Candidate[] {
  const taken = new Set(accepted.filter((c) => c.rec.kind === 'surname').map((c) => c.ns));
  const tops = new Set<string>();
  for (const [id, at] of named) if (at >= 0) tops.add(topOf(kb, id));
  const bySpan = new Map<string, Candidate[]>();
  for (const c of cands) {
    if (c.rec.kind !== 'surname' || taken.has(c.ns) || c.key.length < 2 || named.has(c.rec.entityId)) continue;
    if (!hasHonorific(normText, c.ns, c.ne) || /^[a-z]/.test(c.key)) continue;
    const k = `${c.ns}:${c.ne}`;
    const list = bySpan.get(k) ?? [];
    list.push(c);
    bySpan.set(k, list);
  }
  const out: Candidate[] = [];
  for (const list of bySpan.values()) {
    // Every person the span could be, not only those the KB lists by this exact record.
    const people = new Set(list.map((c) => c.rec.entityId));
    const serving = [...people].filter((id) => officerOrgs(kb, id).some((o) => tops.has(o)));
    if (serving.length !== 1) continue;
    out.push(list.find((c) => c.rec.entityId === serving[0])!);
  }
  return out;
}

// A title after a surname and the post it names: 呉CEO is the CEO, 呉CTO the CTO (normalised, folded).
const TITLE_POSTS: [string[], RelationType][] = (
  [
    [['ceo', '最高経営責任者', '総裁', '总裁'], 'ceo_of'],
    [['cfo', '最高財務責任者'], 'cfo_of'],
    [['cto', '最高技術責任者'], 'cto_of'],
    [['会長', '董事長', '董事会主席', '董事局主席', '主席'], 'chairman_of'],
  ] as [string[], RelationType][]
).map(([words, post]) => [words.map(foldHan), post]);

/** Does the title right after a surname name a post its person holds (呉CEO for Eddie Wu, not for the
 *  CTO Wu Zeming)? On the Han-folded text. */
export function titleFits(c: Candidate, folded: string, kb: PreparedKb): boolean {
  const at = folded.charCodeAt(c.ne) === 32 ? c.ne + 1 : c.ne;
  const posts = new Set((kb.relationsByEntity.get(c.rec.entityId) ?? []).filter((r) => r.from === c.rec.entityId).map((r) => r.type));
  return TITLE_POSTS.some(([words, post]) => posts.has(post) && startsWithAny(folded, at, words));
}
