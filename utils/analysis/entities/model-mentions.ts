// Model names in text, read with the model-name grammar (model-name.ts): the KB's model names give
// the families and their entries (PreparedKb.modelIndex); each word of the text that starts with a
// family is parsed, and a name with parts becomes one candidate of the model it resolves to, with
// the parts on it. A vendor alias that ends inside it (Google Gemini + 2.5 Pro) joins the span.
import type { PreparedKb } from '../prepared-kb';
import { normalizeKey, toOriginal, type Normalized } from '../text/normalize';
import type { Candidate } from './candidates';
import { needsContext, parseModelName, pickModel, versionKey, type ModelEntry, type ModelParts } from './model-name';

export interface ModelIndex {
  stems: Set<string>;
  entries: Map<string, ModelEntry[]>;
}

const ORG_TYPES = new Set(['company', 'unit']);
const isLetter = (c: number) => c >= 97 && c <= 122;
const isAlnum = (c: number) => isLetter(c) || (c >= 48 && c <= 57);

/** Families and entries from every model name and alias of the KB (PreparedKb builds it once). */
export function buildModelIndex(kb: PreparedKb): ModelIndex {
  const orgNames = new Set<string>();
  for (const e of kb.entities.values()) if (ORG_TYPES.has(e.type)) for (const n of Object.values(e.names).flat()) orgNames.add(normalizeKey(n));
  const index: ModelIndex = { stems: new Set(), entries: new Map() };
  for (const e of kb.entities.values()) {
    if (e.type !== 'model') continue;
    const texts = Object.values(e.names)
      .flat()
      .map((t) => ({ t, ambiguous: false }));
    for (const a of e.aliases ?? []) if (a.kind !== 'mistranslation' && a.kind !== 'surname') texts.push({ t: a.text, ambiguous: !!a.ambiguous });
    for (const { t, ambiguous } of texts) addName(index, e.id, normalizeKey(t), ambiguous, orgNames);
  }
  return index;
}

/** Parse one KB name whole: from its start, or after a vendor's name (Meta Llama, OpenAI o1). */
function addName(index: ModelIndex, id: string, key: string, ambiguous: boolean, orgNames: Set<string>): void {
  for (let k = 0; k < key.length; k++) {
    if (k > 0 && (key[k - 1] !== ' ' || !orgNames.has(key.slice(0, k - 1)))) continue;
    let r = k;
    while (r < key.length && isLetter(key.charCodeAt(r))) r++;
    if (r === k) return;
    const p = parseModelName(key.slice(k), new Set([key.slice(k, r)]), () => true);
    if (!p || p.length !== key.length - k) continue;
    const stem = p.parts.family;
    index.stems.add(stem);
    const list = index.entries.get(stem) ?? index.entries.set(stem, []).get(stem)!;
    // A family known only after a vendor's name (Amazon Nova) is not a name on its own.
    list.push({
      id,
      version: versionKey(p.parts.version),
      size: p.parts.size,
      active: p.parts.active,
      variants: p.variants,
      ambiguous,
      vendor: k > 0,
      ...(/\.0+$/.test(p.parts.version ?? '') ? { minor: true } : {}),
    });
    return;
  }
}

/** Is `anc` the entity or one of its ancestors? */
function inFamily(kb: PreparedKb, id: string, anc: string): boolean {
  for (let cur: string | undefined = id, i = 0; cur && i < 8; cur = kb.entities.get(cur)?.parent, i++) if (cur === anc) return true;
  return false;
}

/** Model-name candidates of the text, to resolve with the alias candidates (`cands`). */
export function modelCandidates(norm: Normalized, text: string, kb: PreparedKb, cands: Candidate[]): Candidate[] {
  const { stems, entries } = kb.modelIndex;
  const s = norm.text;
  const out: Candidate[] = [];
  const upper = (i: number) => {
    const c = text.charCodeAt(toOriginal(norm, i, i + 1)[0]);
    return (c >= 65 && c <= 90) || (c >= 0xff21 && c <= 0xff3a);
  };
  for (let i = 0; i < s.length; i++) {
    if (!isLetter(s.charCodeAt(i)) || (i > 0 && isAlnum(s.charCodeAt(i - 1)))) continue;
    let r = i;
    while (r < s.length && isLetter(s.charCodeAt(r))) r++;
    if (!stems.has(s.slice(i, r))) {
      i = r;
      continue;
    }
    const p = parseModelName(s.slice(i, i + 96), stems, (k) => upper(i + k));
    if (!p || p.length === r - i) continue;
    const entry = pickModel(entries.get(p.parts.family) ?? [], p);
    if (!entry) continue;
    let ns = i;
    const ne = i + p.length;
    // A vendor-prefixed alias of the family ending inside the name: Google Gemini + 2.5 Pro.
    for (const c of cands) if (c.ns < ns && c.ne >= r && c.ne <= ne && inFamily(kb, entry.id, c.rec.entityId)) ns = c.ns;
    const [start, end] = toOriginal(norm, ns, ne);
    const conditional = needsContext(entry, p);
    out.push({
      ns,
      ne,
      start,
      end,
      key: s.slice(ns, ne),
      conditional,
      rec: { entityId: entry.id, text: text.slice(start, end), kind: 'name', lang: 'en', ambiguous: conditional, caseSensitive: false, numericTicker: false },
      model: asWritten(p.parts, text.slice(...toOriginal(norm, i, ne))),
    });
  }
  out.push(...hanFamilyCandidates(norm, text, kb, cands, upper));
  return out;
}

const isHan = (c: number) => (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
const isKatakana = (c: number) => c >= 0x30a1 && c <= 0x30fa;
const isCjk = (c: number) => isHan(c) || isKatakana(c);

/** A family written in Han characters or katakana with a version and parts glued on (通義千問2.5-Max,
 *  文心4.5 Turbo, ジェミニ3):
 *  read as the family's Latin name would be (Qwen2.5-Max), one candidate over the whole. */
function hanFamilyCandidates(norm: Normalized, text: string, kb: PreparedKb, cands: Candidate[], upper: (i: number) => boolean): Candidate[] {
  const { stems, entries } = kb.modelIndex;
  const s = norm.text;
  let latin: Map<string, string> | null = null;
  const out: Candidate[] = [];
  for (const c of cands) {
    if (!isCjk(s.charCodeAt(c.ne - 1)) || !/^[vt]?\d/.test(s.slice(c.ne, c.ne + 2))) continue;
    if (kb.entities.get(c.rec.entityId)?.type !== 'model') continue;
    if (!latin) {
      latin = new Map();
      for (const [stem, list] of entries) for (const e of list) if (e.version === undefined && !e.vendor && !latin.has(e.id)) latin.set(e.id, stem);
    }
    const stem = latin.get(c.rec.entityId);
    if (!stem) continue;
    const p = parseModelName(stem + s.slice(c.ne, c.ne + 96), stems, (k) => upper(c.ne + k - stem.length));
    if (!p || p.length <= stem.length || !p.parts.version) continue;
    const entry = pickModel(entries.get(stem) ?? [], p);
    if (!entry) continue;
    const ne = c.ne + p.length - stem.length;
    const [start, end] = toOriginal(norm, c.ns, ne);
    out.push({
      ns: c.ns,
      ne,
      start,
      end,
      key: s.slice(c.ns, ne),
      conditional: false,
      rec: { entityId: entry.id, text: text.slice(start, end), kind: 'name', lang: c.rec.lang, ambiguous: false, caseSensitive: false, numericTicker: false },
      model: { ...asWritten(p.parts, stem + text.slice(...toOriginal(norm, c.ne, ne))), family: text.slice(start, toOriginal(norm, c.ns, c.ne)[1]) },
    });
  }
  return out;
}

/** The parts with the casing of the original (the normalised text is lower case). */
function asWritten(parts: ModelParts, surface: string): ModelParts {
  const low = surface.toLowerCase();
  const back = (x: string | undefined) => {
    if (x === undefined) return undefined;
    const at = low.indexOf(x.toLowerCase());
    return at >= 0 ? surface.slice(at, at + x.length) : x;
  };
  const out: ModelParts = { family: surface.slice(0, parts.family.length) };
  for (const k of ['version', 'size', 'active', 'variant'] as const) {
    const v = parts[k];
    if (v !== undefined)
      out[k] =
        k === 'variant'
          ? v
              .split('-')
              .map((w) => back(w))
              .join('-')
          : back(v);
  }
  return out;
}
