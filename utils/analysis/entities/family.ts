// The "family" of an entity, for mistranslation aliases: a wrong rendering (TTG(トヨタグループ), 江凡,
// 持ち帰り率) is often also a real phrase of another sense, so it counts only when the page names the
// entity's family by an ordinary name elsewhere. Family roots: the top of the entity's parent chain,
// the roots of the organisations it is linked to (people: ceo_of...; products: product_of...) and
// the KB's subject (Alibaba): the KB's mistranslations were all seen in pages about it.
import type { PreparedKb } from '../prepared-kb';

const ROOT_ID = 'alibaba';
// Relations that tie an entity to an organisation's family (not competitor_of, investor_in, partner_of).
const FAMILY_RELATIONS = new Set([
  'ceo_of',
  'chairman_of',
  'cfo_of',
  'cto_of',
  'founder_of',
  'executive_of',
  'director_of',
  'unit_of',
  'product_of',
  'developed_by',
  'successor_of',
  'analyst_at',
]);

/** The top of an entity's parent chain (SoftBank Vision Fund → SoftBank). */
export function rootOf(kb: PreparedKb, id: string): string {
  let cur = id;
  for (let i = 0; i < 8; i++) {
    const p = kb.entities.get(cur)?.parent;
    if (!p || !kb.entities.has(p)) break;
    cur = p;
  }
  return cur;
}

/** Roots an entity belongs to: its own and those of the organisations it is linked to. */
function linkedRoots(kb: PreparedKb, id: string): Set<string> {
  let f = kb.familyRoots.get(id);
  if (f) return f;
  f = new Set([rootOf(kb, id)]);
  for (const r of kb.relationsByEntity.get(id) ?? []) {
    if (!FAMILY_RELATIONS.has(r.type)) continue;
    const other = r.from === id ? r.to : r.from;
    if (kb.entities.has(other)) f.add(rootOf(kb, other));
  }
  kb.familyRoots.set(id, f);
  return f;
}

// Answers per named-map (one per resolution), so a page repeating a mistranslation costs one scan.
const memo = new WeakMap<Map<string, number>, Map<string, boolean>>();

/** Does one of the entities named unconditionally belong to the family of id (or to the KB's subject)? */
export function familyNamed(kb: PreparedKb, id: string, named: Map<string, number>): boolean {
  if (named.has(id)) return true;
  let m = memo.get(named);
  if (!m) memo.set(named, (m = new Map()));
  let r = m.get(id);
  if (r === undefined) m.set(id, (r = scan(kb, id, named)));
  return r;
}

function scan(kb: PreparedKb, id: string, named: Map<string, number>): boolean {
  const roots = linkedRoots(kb, id);
  const subject = kb.entities.has(ROOT_ID) ? ROOT_ID : null;
  for (const other of named.keys()) {
    for (const r of linkedRoots(kb, other)) if (r === subject || roots.has(r)) return true;
  }
  return false;
}

/** Is an entity of the same family as id (a shared root, not just the KB's subject) named? */
export function sameFamilyNamed(kb: PreparedKb, id: string, named: Map<string, number>): boolean {
  if (named.has(id)) return true;
  const roots = linkedRoots(kb, id);
  for (const other of named.keys()) for (const r of linkedRoots(kb, other)) if (roots.has(r)) return true;
  return false;
}
