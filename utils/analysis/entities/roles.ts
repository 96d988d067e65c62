// Roles of KB entities for relevance: 'core' (Alibaba, its units, products, models and people)
// and 'race' (other AI-race players: companies, models, chips), each with a weight. Computed from
// the KB's parent links and relations, once per KB (PreparedKb.roles).
import type { PreparedKb } from '../prepared-kb';
import type { Entity } from '../kb/types';
import { normalizeKey } from '../text/normalize';

export const ROOT_ID = 'alibaba';

export interface Role {
  role: 'core' | 'race';
  weight: number;
  /** Race company/chip with a relation to the core (these anchor race-only relevance). */
  anchor?: boolean;
  /** A company whose every KB product is a chip: the page that keeps naming it is about the race's chips. */
  chipMaker?: boolean;
}

const PEOPLE_RELATIONS = new Set(['ceo_of', 'chairman_of', 'cfo_of', 'cto_of', 'founder_of', 'executive_of', 'director_of']);
const PRODUCT_RELATIONS = new Set(['unit_of', 'product_of', 'developed_by', 'successor_of']);
const RACE_TYPES = new Set(['company', 'model', 'chip', 'product', 'unit']);
// Relations that tie a company to the race (not the people relations, not regulates).
const BUSINESS_RELATIONS = new Set(['competitor_of', 'supplier_of', 'partner_of', 'investor_in', 'owns', ...PRODUCT_RELATIONS]);

const CORE_WEIGHT: Record<string, number> = { company: 0.7, unit: 0.9, model: 0.9, chip: 0.8, person: 0.7, product: 0.6 };

function ancestors(kb: PreparedKb, e: Entity): string[] {
  const out: string[] = [];
  let p = e.parent;
  for (let i = 0; p && i < 6; i++) {
    out.push(p);
    p = kb.entities.get(p)?.parent;
  }
  return out;
}

export function computeRoles(kb: PreparedKb): Map<string, Role> {
  const roles = new Map<string, Role>();
  if (!kb.entities.has(ROOT_ID)) return roles;
  const core = new Set<string>([ROOT_ID]);
  // Units, products and models under Alibaba by parent links or product-type relations (to a fixpoint).
  for (let changed = true, rounds = 0; changed && rounds < 8; rounds++) {
    changed = false;
    for (const e of kb.entities.values()) {
      if (core.has(e.id)) continue;
      const viaParent = ancestors(kb, e).some((a) => core.has(a));
      const viaRel = (kb.relationsByEntity.get(e.id) ?? []).some((r) => r.from === e.id && PRODUCT_RELATIONS.has(r.type) && core.has(r.to));
      const owned = (kb.relationsByEntity.get(e.id) ?? []).some((r) => r.to === e.id && r.type === 'owns' && core.has(r.from));
      if (viaParent || viaRel || owned) {
        core.add(e.id);
        changed = true;
      }
    }
  }
  // People with a current role at a core entity.
  for (const e of kb.entities.values()) {
    if (e.type !== 'person' || core.has(e.id)) continue;
    const rels = kb.relationsByEntity.get(e.id) ?? [];
    if (rels.some((r) => r.from === e.id && PEOPLE_RELATIONS.has(r.type) && core.has(r.to))) core.add(e.id);
  }
  for (const id of core) {
    const e = kb.entities.get(id)!;
    roles.set(id, { role: 'core', weight: id === ROOT_ID ? 1 : (CORE_WEIGHT[e.type] ?? 0.5) });
  }
  // Race: models, chips, and the companies, units and products tied to them or to the core; more
  // weight when related to the core.
  const race = racePlayers(kb, core);
  for (const e of kb.entities.values()) {
    if (!race.has(e.id)) continue;
    const rels = kb.relationsByEntity.get(e.id) ?? [];
    const linked = rels.some((r) => core.has(r.from) || core.has(r.to));
    const parentLinked = ancestors(kb, e).some((a) => (kb.relationsByEntity.get(a) ?? []).some((r) => core.has(r.from) || core.has(r.to)));
    const base = e.type === 'product' || e.type === 'unit' ? 0.4 : 0.6;
    // A chip maker is tied to the race by what it makes, with or without a relation to the core.
    const maker = chipMaker(kb, e);
    const tied = linked || maker;
    const anchor = tied && (e.type === 'company' || e.type === 'chip');
    roles.set(e.id, { role: 'race', weight: tied || parentLinked ? base + 0.3 : base, anchor, ...(maker && { chipMaker: true }) });
  }
  return roles;
}

/** A company whose every KB product is a chip (Cambricon, Hygon): a maker of the race's chips. */
function chipMaker(kb: PreparedKb, e: Entity): boolean {
  if (e.type !== 'company') return false;
  const made = (kb.relationsByEntity.get(e.id) ?? []).filter((r) => r.to === e.id && PRODUCT_RELATIONS.has(r.type));
  return made.length > 0 && made.every((r) => kb.entities.get(r.from)?.type === 'chip');
}

/** Players of the AI race outside the core: every model and chip, then (to a fixpoint) each company,
 *  unit or product with a business relation to the core or to a player, or whose parent is one. A
 *  company the KB names with no such tie (a newspaper, a sportswear brand) plays no role. */
function racePlayers(kb: PreparedKb, core: Set<string>): Set<string> {
  const race = new Set<string>();
  for (const e of kb.entities.values()) if (!core.has(e.id) && (e.type === 'model' || e.type === 'chip')) race.add(e.id);
  const tied = (id: string) => core.has(id) || race.has(id);
  for (let changed = true, rounds = 0; changed && rounds < 8; rounds++) {
    changed = false;
    for (const e of kb.entities.values()) {
      if (core.has(e.id) || race.has(e.id) || !RACE_TYPES.has(e.type)) continue;
      const rels = kb.relationsByEntity.get(e.id) ?? [];
      const linked = rels.some((r) => BUSINESS_RELATIONS.has(r.type) && tied(r.from === e.id ? r.to : r.from));
      if (linked || (e.parent !== undefined && race.has(e.parent))) {
        race.add(e.id);
        changed = true;
      }
    }
  }
  return race;
}

/** Strong names of an entity (names and unambiguous, non-surname aliases), as written in the KB. */
export function strongNames(e: Entity): string[] {
  const out = Object.values(e.names).flat();
  for (const a of e.aliases ?? []) if (!a.ambiguous && a.kind !== 'surname') out.push(a.text);
  return out;
}

/** Normalised strong names per entity id (PreparedKb.strongKeys). */
export function computeStrongKeys(kb: PreparedKb): Map<string, Set<string>> {
  const m = new Map<string, Set<string>>();
  for (const e of kb.entities.values()) m.set(e.id, new Set(strongNames(e).map(normalizeKey)));
  return m;
}
