// Senses carried across the text: an ambiguous alias accepted once is the same entity wherever the
// text writes it again (sameSense), and an ambiguous name listed beside names of the same kind is of
// that kind (coordinated: 擁有天貓、螞蟻、盒馬), and a maker's line-up goes on (tinySiblings: its V2 … the V3).
import type { PreparedKb } from '../prepared-kb';
import type { Candidate } from './candidates';
import { foldHan } from '../match/han-fold';
import { isTinyCode } from './conditional';

/** One sense per text: an ambiguous alias accepted once (张鹏 next to 智谱AI) is the same entity
 *  wherever else the text writes it. Not for tiny codes, digits-only tickers or surnames, which
 *  need their cue at each place. */
export function sameSense(cands: Candidate[], accepted: Candidate[]): Candidate[] {
  const keyOf = (c: Candidate) => `${c.rec.entityId}\u0000${foldHan(c.key)}`;
  const seen = new Set(accepted.map(keyOf));
  const have = new Set(accepted);
  if (!seen.size) return [];
  return cands.filter((c) => c.conditional && !have.has(c) && c.rec.kind !== 'surname' && !c.rec.numericTicker && !isTinyCode(c.key) && seen.has(keyOf(c)));
}

// Between the items of a list of names: 天貓、螞蟻、盒馬; 字節、阿里; Tencent, Ant and JD; IBM, Salesforce, and Oracle.
const LIST_SEPARATORS = ['、', ',', ', ', '，', '和', '与', '及', '以及', 'や', 'と', 'および', ' and ', ', and '];
const ORG_LIKE = new Set(['company', 'unit', 'bank', 'product']);

function sameKind(a: string | undefined, b: string | undefined): boolean {
  return !!a && !!b && (a === b || (ORG_LIKE.has(a) && ORG_LIKE.has(b)));
}

/** Ambiguous names listed next to names of the same kind (擁有天貓、螞蟻、盒馬): a list of companies
 *  is a list of companies. Up to two rounds, so two ambiguous neighbours can carry each other once
 *  one of them is settled. */
export function coordinated(cands: Candidate[], sure: Candidate[], normText: string, kb: PreparedKb): Candidate[] {
  const typeOf = (c: Candidate) => kb.entities.get(c.rec.entityId)?.type;
  const startAt = new Map<number, string | undefined>();
  const endAt = new Map<number, string | undefined>();
  const add = (c: Candidate) => {
    startAt.set(c.ns, typeOf(c));
    endAt.set(c.ne, typeOf(c));
  };
  sure.forEach(add);
  const done = new Set(sure);
  const out: Candidate[] = [];
  for (let round = 0; round < 2; round++) {
    const found: Candidate[] = [];
    for (const c of cands) {
      if (!c.conditional || done.has(c) || c.rec.kind === 'surname' || c.rec.kind === 'mistranslation' || c.rec.numericTicker || isTinyCode(c.key)) continue;
      const t = typeOf(c);
      const listed = LIST_SEPARATORS.some(
        (sep) =>
          (normText.startsWith(sep, c.ns - sep.length) && sameKind(t, endAt.get(c.ns - sep.length))) ||
          (normText.startsWith(sep, c.ne) && sameKind(t, startAt.get(c.ne + sep.length))),
      );
      if (listed) found.push(c);
    }
    if (!found.length) break;
    for (const c of found) {
      done.add(c);
      add(c);
    }
    out.push(...found);
  }
  return out;
}

// A sibling model of the same maker before or after a tiny code (its V2 … the V3): a short paragraph.
const SIBLING_WINDOW = 200;

/** A maker's line-up (its V2 … the V3 … then R1): a tiny code of a model whose sibling, a model of
 *  the same maker, stands named within a short paragraph counts too, as the line-up goes on. Rounds
 *  until no new one, so each step needs its own near neighbour. */
export function tinySiblings(cands: Candidate[], sure: Candidate[], kb: PreparedKb): Candidate[] {
  // The maker: the first ancestor that is no model (o3 → o1 → OpenAI; o1 → OpenAI).
  const parentOf = (id: string) => {
    let e = kb.entities.get(id);
    if (e?.type !== 'model') return undefined;
    for (let depth = 0; e?.type === 'model' && e.parent && depth < 6; depth++) e = kb.entities.get(e.parent);
    return e && e.type !== 'model' ? e.id : undefined;
  };
  const anchors = sure.filter((c) => parentOf(c.rec.entityId) !== undefined);
  const have = new Set(sure);
  const out: Candidate[] = [];
  for (let round = 0; round < 4 && anchors.length; round++) {
    const found = cands.filter((c) => {
      if (!c.conditional || have.has(c) || !isTinyCode(c.key)) return false;
      const parent = parentOf(c.rec.entityId);
      return (
        parent !== undefined &&
        anchors.some((a) => a.rec.entityId !== c.rec.entityId && parentOf(a.rec.entityId) === parent && Math.max(a.ns - c.ne, c.ns - a.ne) <= SIBLING_WINDOW)
      );
    });
    if (!found.length) break;
    for (const c of found) have.add(c);
    anchors.push(...found);
    out.push(...found);
  }
  return out;
}
