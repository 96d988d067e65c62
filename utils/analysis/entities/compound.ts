// A maker's name glued to its product names the product (阿里巴巴1688.com, OpenAI-o1, 英偉達H100): one
// mention of the product over both, when the maker is the product's parent (up its parent chain) or
// its developer, joined with nothing or a hyphen. Chips too, as the KB's own names write them (NVIDIA
// H20, エヌビディアH200) and the real-page gold marks them (英偉達H100).
import type { PreparedKb } from '../prepared-kb';
import type { Candidate } from './candidates';
import { isKatakana, toOriginal, type Normalized } from '../text/normalize';

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

// A company glossed with its reading and then the word cloud (阿里(アリ)クラウド, 百度(バイドゥ)スマートクラウド,
// 騰訊(テンセント)クラウド), or its name with the word cloud half translated (Alibaba クラウド, 華為クラウド): news
// translated from Chinese writes 阿里云 / 百度智能云 so. One mention of the company's cloud unit (its only
// unit whose English name ends in Cloud) over the whole phrase; not before more katakana (クラウドファンディング).
const CLOUD_WORDS = ['スマートクラウド', 'インテリジェントクラウド', 'aiクラウド', 'クラウド'];
const cloudMemo = new WeakMap<PreparedKb, Map<string, string | null>>();

function cloudUnitOf(kb: PreparedKb, company: string): string | null {
  let m = cloudMemo.get(kb);
  if (!m) cloudMemo.set(kb, (m = new Map()));
  if (m.has(company)) return m.get(company)!;
  const found: string[] = [];
  for (const e of kb.entities.values()) {
    if (e.parent !== company || !MAKER_TYPES.has(e.type)) continue;
    if ((e.names.en ?? []).some((n) => / cloud$/i.test(n))) found.push(e.id);
  }
  const r = found.length === 1 ? found[0]! : null;
  m.set(company, r);
  return r;
}

/** End of the cloud word at i (normalised text), or -1. */
function cloudWordEnd(t: string, i: number): number {
  const w = CLOUD_WORDS.find((x) => t.startsWith(x, i));
  if (!w) return -1;
  const c = t.charCodeAt(i + w.length);
  return isKatakana(c) ? -1 : i + w.length;
}

export function joinGlossedCloud(sel: Candidate[], norm: Normalized, kb: PreparedKb): Candidate[] {
  const t = norm.text;
  const out: Candidate[] = [];
  for (let i = 0; i < sel.length; i++) {
    const a = sel[i]!;
    const b = sel[i + 1];
    const unit = kb.entities.get(a.rec.entityId)?.type === 'company' ? cloudUnitOf(kb, a.rec.entityId) : null;
    if (unit) {
      const glossed = b && b.rec.entityId === a.rec.entityId && t[a.ne] === '(' && b.ns === a.ne + 1 && t[b.ne] === ')';
      const gap = t[a.ne] === ' ' || t[a.ne] === '・' ? 1 : 0;
      const ne = glossed ? cloudWordEnd(t, b.ne + 1) : cloudWordEnd(t, a.ne + gap);
      if (ne > 0) {
        out.push({ ...a, rec: { ...a.rec, entityId: unit }, ne, end: toOriginal(norm, a.ns, ne)[1], key: t.slice(a.ns, ne) });
        if (glossed) i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}
