// The alias matcher: every entity name, alias and ticker symbol of a PreparedKb (normalizeKey'd) in
// one Aho-Corasick automaton, built once per KB (PreparedKb.matcher); readers' own aliases get a
// small second automaton, kept by their content.
import type { AliasKind, Entity, Lang } from '../kb/types';
import type { PreparedKb } from '../prepared-kb';
import { normalize, normalizeKey } from '../text/normalize';
import { AhoCorasick } from './aho-corasick';
import { foldHan } from './han-fold';
import { derivedSurnames } from './surnames';
import { tickerForms } from '../kb/tickers';

export interface AliasRecord {
  entityId: string;
  /** The alias as written in the KB. */
  text: string;
  kind: AliasKind;
  lang?: Lang;
  ambiguous: boolean;
  /** All-caps abbreviation/ticker of <= 4 letters: must be upper case in the original. */
  caseSensitive: boolean;
  /** Digits-only ticker (9988): only as a token, with a ticker cue or the company named. */
  numericTicker: boolean;
  /** Added by the reader. */
  own?: boolean;
}

export interface Matcher {
  ac: AhoCorasick;
  /** Normalised keys, one per automaton pattern. */
  keys: string[];
  /** Records per key (several entities may share one key). */
  records: AliasRecord[][];
}

export interface ExtraAlias {
  text: string;
  entityId: string;
}

const KIND_RANK: Record<AliasKind, number> = { name: 5, variant: 4, abbr: 3, ticker: 2, mistranslation: 1, surname: 0 };

/** Strength of an alias record: unconditional and name-like records rank first. */
export function recordRank(r: AliasRecord): number {
  return (r.ambiguous ? 0 : 10) + KIND_RANK[r.kind];
}

interface Raw {
  text: string;
  entityId: string;
  kind: AliasKind;
  lang?: Lang;
  ambiguous?: boolean;
  own?: boolean;
}

function isCaseSensitive(text: string): boolean {
  if (text.length > 12 || !/[A-ZＡ-Ｚ]/.test(text)) return false;
  const t = text.normalize('NFKC');
  if (!/^[A-Z0-9]+$/.test(t)) return false;
  const letters = t.replace(/[0-9]/g, '').length;
  return letters > 0 && letters <= 4;
}

function buildMatcher(raws: Raw[]): Matcher {
  const byKey = new Map<string, AliasRecord[]>();
  for (const r of raws) {
    const key = normalizeKey(r.text);
    if (!key) continue;
    const rec: AliasRecord = {
      entityId: r.entityId,
      text: r.text,
      kind: r.kind,
      lang: r.lang,
      ambiguous: !!r.ambiguous,
      caseSensitive: isCaseSensitive(r.text),
      numericTicker: r.kind === 'ticker' && /^[0-9]+$/.test(key),
      own: r.own,
    };
    const list = byKey.get(key);
    if (!list) {
      byKey.set(key, [rec]);
      continue;
    }
    // One record per (key, entity): the strongest kind, but ambiguous if the KB flags any form as
    // ambiguous, and case-insensitive if any form is.
    const same = list.findIndex((x) => x.entityId === rec.entityId);
    if (same < 0) list.push(rec);
    else {
      const old = list[same];
      const best = KIND_RANK[rec.kind] > KIND_RANK[old.kind] ? rec : old;
      // A form with a lower-case last word (Qwen team) lets the text write it so (entities/candidates.ts).
      const text = / [a-z][^ ]*$/.test(rec.text) ? rec.text : / [a-z][^ ]*$/.test(old.text) ? old.text : best.text;
      list[same] = { ...best, text, ambiguous: rec.ambiguous || old.ambiguous, caseSensitive: rec.caseSensitive && old.caseSensitive };
    }
  }
  const keys = [...byKey.keys()];
  // The automaton runs over Han-folded text (雲→云, 團→团): keys stay as normalised, patterns fold.
  return { ac: new AhoCorasick(keys.map(foldHan)), keys, records: keys.map((k) => byKey.get(k)!) };
}

const HAN_NAME = /^[\u4e00-\u9fff]{2,4}$/;
const PINYIN_PAIR = /^([A-Z][a-z]+) ([A-Z][a-z]+)$/;

/** A Chinese person's pinyin name in the other order (Zhang Yiming → Yiming Zhang): English text
 *  writes both. Only for people the KB also names in Han characters. */
function swappedNames(e: Entity): Raw[] {
  if (e.type !== 'person' || !Object.values(e.names).some((ns) => ns?.some((n) => HAN_NAME.test(n)))) return [];
  const out: Raw[] = [];
  for (const text of [...(e.names.en ?? []), ...(e.aliases ?? []).filter((a) => a.kind === 'name' && !a.ambiguous).map((a) => a.text)]) {
    const m = PINYIN_PAIR.exec(text);
    if (m) out.push({ text: `${m[2]} ${m[1]}`, entityId: e.id, kind: 'variant', lang: 'en' });
  }
  return out;
}

// A Latin letter or digit next to a Han or kana char, with no space between.
const LATIN_CJK = /([A-Za-z0-9])(?=[\u3040-\u30ff\u4e00-\u9fff])|([\u3040-\u30ff\u4e00-\u9fff])(?=[A-Za-z0-9])/g;

/** The same alias with a space where Latin meets Han or kana (IT之家 → IT 之家, Qwen AIラボ → Qwen
 *  AI ラボ): Chinese and Japanese pages often space the scripts apart. */
function spaced(r: Raw): Raw | undefined {
  const t = r.text.replace(LATIN_CJK, '$1$2 ');
  return t === r.text ? undefined : { ...r, text: t, kind: r.kind === 'name' ? 'variant' : r.kind };
}

// A Latin word of three or more letters, a space, then a version or part number (Ascend 910C, Llama 3.1).
const WORD_NUMBER = /\b([A-Za-z]{3,}) (?=\d)/g;
const NUMBERED_TYPES = new Set(['chip', 'model']);

/** A chip's or model's name with its number glued to the word before it (Ascend 910C → Ascend910C,
 *  Llama 3.1 → Llama3.1), as machine translations and spec sheets write it. */
function glued(r: Raw, type: string): Raw | undefined {
  if (!NUMBERED_TYPES.has(type)) return undefined;
  const t = r.text.replace(WORD_NUMBER, '$1');
  return t === r.text ? undefined : { ...r, text: t, kind: r.kind === 'name' ? 'variant' : r.kind };
}

// A katakana full name: two or more parts of two or more chars, joined by a middle dot.
const READING_NAME = /^[\u30a1-\u30fa\u30fc]{2,}(・[\u30a1-\u30fa\u30fc]{2,})+$/;

/** A person's katakana reading (劉熾平 → リウ・チーピン) as machine translations write the name, when
 *  it is a dotted full name no other entity uses. Guarded like an ambiguous alias: the person's
 *  company or context words must be near (a reading may be another person's too). */
function readingNames(kb: PreparedKb): Map<string, Raw> {
  const taken = new Map<string, number>();
  const count = (t: string) => {
    const k = normalizeKey(t);
    if (k) taken.set(k, (taken.get(k) ?? 0) + 1);
  };
  const out = new Map<string, Raw>();
  for (const e of kb.entities.values()) {
    for (const t of Object.values(e.names).flat()) if (t) count(t);
    for (const a of e.aliases ?? []) count(a.text);
    if (e.type === 'person' && e.reading && READING_NAME.test(e.reading)) count(e.reading);
  }
  for (const e of kb.entities.values()) {
    const r = e.reading;
    if (e.type !== 'person' || !r || !READING_NAME.test(r) || taken.get(normalizeKey(r)) !== 1) continue;
    out.set(e.id, { text: r, entityId: e.id, kind: 'variant', lang: 'ja', ambiguous: true });
  }
  return out;
}

/** All names, aliases and ticker symbols of the KB's entities. */
function kbAliases(kb: PreparedKb): Raw[] {
  const raws: Raw[] = [];
  const readings = readingNames(kb);
  for (const e of kb.entities.values()) {
    const reading = readings.get(e.id);
    if (reading) raws.push(reading);
    const first = raws.length;
    for (const [lang, names] of Object.entries(e.names) as Array<[Lang, string[]]>) {
      for (const text of names) raws.push({ text, entityId: e.id, kind: 'name', lang });
    }
    raws.push(...swappedNames(e));
    for (const a of derivedSurnames(e)) raws.push({ text: a.text, entityId: e.id, kind: 'surname', lang: a.lang });
    for (const a of e.aliases ?? []) raws.push({ text: a.text, entityId: e.id, kind: a.kind, lang: a.lang, ambiguous: a.ambiguous });
    const n = raws.length;
    for (let i = first; i < n; i++) {
      const v = spaced(raws[i]!);
      if (v) raws.push(v);
      const g = glued(raws[i]!, e.type);
      if (g) raws.push(g);
    }
    for (const t of e.tickers ?? []) for (const text of tickerForms(t)) raws.push({ text, entityId: e.id, kind: 'ticker' });
  }
  return raws;
}

/** The KB's matcher (PreparedKb builds it once: use kb.matcher). */
export function buildKbMatcher(kb: PreparedKb): Matcher {
  return buildMatcher(kbAliases(kb));
}

/** A matcher for the reader's own aliases (only those naming a known entity), or null when none. */
export function getExtraMatcher(kb: PreparedKb, extra: ExtraAlias[] | undefined): Matcher | null {
  const valid = (extra ?? []).filter((x) => x.text && normalizeKey(x.text) && kb.entities.has(x.entityId));
  if (!valid.length) return null;
  const sig = valid
    .map((x) => `${x.entityId}\u0000${x.text}`)
    .sort()
    .join('\u0001');
  let m = kb.extraMatchers.get(sig);
  if (!m) {
    m = buildMatcher(valid.map((x) => ({ text: x.text, entityId: x.entityId, kind: 'variant', own: true })));
    if (kb.extraMatchers.size > 8) kb.extraMatchers.clear();
    kb.extraMatchers.set(sig, m);
  }
  return m;
}

/** Normalised, Han-folded context words of an entity. */
export function contextKeys(kb: PreparedKb, entityId: string): string[] {
  let keys = kb.contextKeys.get(entityId);
  if (!keys) {
    keys = (kb.entities.get(entityId)?.context ?? []).map((w) => foldHan(normalize(w).text.trim())).filter(Boolean);
    kb.contextKeys.set(entityId, keys);
  }
  return keys;
}
