// A maker's name glued to its product names the product (阿里巴巴1688.com, OpenAI-o1, 英偉達H100): one
// mention of the product over both, when the maker is the product's parent (up its parent chain) or
// its developer, joined with nothing or a hyphen. Chips too, as the KB's own names write them (NVIDIA
// H20, エヌビディアH200) and the real-page gold marks them (英偉達H100).
import type { PreparedKb } from '../prepared-kb';
import type { Candidate } from './candidates';

const MAKER_TYPES = new Set(['company', 'unit']);
const MADE_TYPES = new Set(['product', 'model', 'chip']);

function madeBy(kb: PreparedKb, product: string, maker: string): boolean {
  for (let cur = kb.entities.get(product)?.parent, i = 0; cur && i < 6; cur = kb.entities.get(cur)?.parent, i++) if (cur === maker) return true;
  return (kb.relationsByEntity.get(product) ?? []).some((r) => r.from === product && r.to === maker && (r.type === 'developed_by' || r.type === 'product_of'));
}

/** Merge each maker mention into the product mention glued to it (sorted, disjoint selection). */
export function joinMakers(sel: Candidate[], normText: string, kb: PreparedKb): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < sel.length; i++) {
    const a = sel[i]!;
    const b = sel[i + 1];
    if (b && MAKER_TYPES.has(kb.entities.get(a.rec.entityId)?.type ?? '') && MADE_TYPES.has(kb.entities.get(b.rec.entityId)?.type ?? '')) {
      const gap = normText.slice(a.ne, b.ns);
      if ((gap === '' || gap === '-') && /^[a-z0-9]/.test(normText.slice(b.ns, b.ns + 1)) && madeBy(kb, b.rec.entityId, a.rec.entityId)) {
        out.push({ ...b, ns: a.ns, start: a.start, key: normText.slice(a.ns, b.ne) });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}
