// The model-name grammar: family + version + size + active size + variant (Qwen3-30B-A3B,
// Qwen2.5-72B-Instruct, DeepSeek-V3.1, GPT-5, o4-mini (high), Llama 4 Maverick, Qwen-72B). A name is
// read as parts, so a release the KB does not list yet is still one mention, linked to the most
// specific KB model whose own name's parts it contains (else the same major version, else the
// family). The families (stems) come from the KB's model names, parsed with the same grammar.

import type * as z from 'zod/mini';
import type { ResultSchemas } from '../result-schema';

/** The parts of a model name, as written (the card shows them). */
export type ModelParts = z.output<ResultSchemas['ModelParts']>;

interface Parsed {
  parts: ModelParts;
  /** Chars read from the start of the string. */
  length: number;
  /** Lower-case variant words, for matching. */
  variants: string[];
  /** The version came after a variant word (Qwen-Image-2.0), not after the family (Qwen2-VL). */
  lateVersion?: boolean;
}

// Words that belong to a name after a hyphen or a space (lower case).
const VARIANT_WORDS = new Set([
  'instruct',
  'chat',
  'coder',
  'max',
  'plus',
  'turbo',
  'flash',
  'preview',
  'mini',
  'nano',
  'pro',
  'vl',
  'omni',
  'audio',
  'mt',
  'base',
  'thinking',
  'next',
  'maverick',
  'scout',
  'behemoth',
  'opus',
  'sonnet',
  'haiku',
  'ultra',
  'lite',
  'air',
  'math',
  'embedding',
  'reranker',
  'asr',
  'tts',
  'image',
  'edit',
  'vision',
  'guard',
  'reasoner',
  'exp',
  'terminus',
  'distill',
  'long',
  'small',
  'medium',
  'large',
  'oss',
  'latest',
  'fp8',
  'awq',
  'gguf',
  'int4',
  'int8',
  'realtime',
  'codex',
  'deep',
  'research',
  'speciale',
  'prover',
  'speed',
  'tiny',
]);
// After a space a variant word needs a capital (Llama 4 Maverick, not "Llama 3 large model"), but these.
const LOWER_AFTER_SPACE = new Set(['mini', 'nano', 'turbo', 'preview', 'instruct', 'thinking']);
// Reasoning-effort settings in parentheses: o4-mini (high).
const SETTINGS = new Set(['high', 'medium', 'low', 'minimal', 'xhigh', 'thinking', 'non-thinking', 'reasoning']);

// Variant words a Japanese page writes in katakana right after the number (Seedream 5.0ライト, GPT-4oミニ),
// as the Latin word they stand for; not the start of a longer katakana word (プロジェクト), though the
// word model may follow (GLM-3ターボモデル).
const KANA_VARIANTS: Record<string, string> = {
  ライト: 'lite',
  プロ: 'pro',
  ターボ: 'turbo',
  ミニ: 'mini',
  フラッシュ: 'flash',
  マックス: 'max',
  プラス: 'plus',
};
const KANA_VARIANT = /^(ライト|プロ|ターボ|ミニ|フラッシュ|マックス|プラス)(?!(?!モデル|シリーズ)[\u30a0-\u30ff])/;

// Dashes read as a hyphen inside a name (en, em, figure dash, minus; normalised text keeps them).
const DASHES = '\u2012\u2013\u2014\u2212';
const VERSION = /^(?:[vrkmtxo]?\d{1,3}(?:\.\d+)*o?)(?![a-z0-9])/;
const SIZE = /^(?:\d+x)?\d+(?:\.\d+)?[bmt](?![a-z0-9])/;
const ACTIVE = /^a\d+(?:\.\d+)?b(?![a-z0-9])/;
const DATE = /^\d{4}(?![a-z0-9])/;
const WORD = /^[a-z][a-z0-9]*(?![a-z0-9])/;

/** Does a word join the name after this separator? Known variants after a hyphen; after a space
 *  with a capital or from the short lower-case list; an unknown word after a hyphen with a capital. */
function joins(w: string, sep: string, cap: boolean): boolean {
  if (VARIANT_WORDS.has(w)) return sep !== ' ' || cap || LOWER_AFTER_SPACE.has(w);
  return sep === '-' && cap;
}

const isLetter = (c: number) => c >= 97 && c <= 122;
const isAlnum = (c: number) => isLetter(c) || (c >= 48 && c <= 57);

/**
 * Parse a model name at the start of `s` (lower case, as normalised text is): the stem is the run
 * of letters (it must be a known family), then parts. `capital(i)` tells whether the original char
 * at i is upper case: an unknown word joins the name only after a hyphen and with a capital.
 */
export function parseModelName(s: string, stems: ReadonlySet<string>, capital: (i: number) => boolean = () => false): Parsed | null {
  let i = 0;
  while (i < s.length && isLetter(s.charCodeAt(i))) i++;
  const stem = s.slice(0, i);
  if (!stems.has(stem)) return null;
  const parts: ModelParts = { family: stem };
  const variants: string[] = [];
  let lateVersion = false;
  let end = i;
  for (let n = 0; n < 8; n++) {
    // An en or em dash (Qwen3—Max—Thinking, a typesetter's or a translator's) joins parts as a hyphen
    // does, but only known parts: it is also punctuation (Qwen3 — Alibaba's model).
    const soft = DASHES.includes(s[end] ?? '-');
    const sep = s[end] === '-' || s[end] === ' ' || s[end] === '_' ? s[end]! : soft ? '-' : '';
    const at = end + sep.length;
    const rest = s.slice(at, at + 24);
    let m: RegExpExecArray | null;
    if ((m = ACTIVE.exec(rest)) && parts.size) parts.active = m[0];
    else if ((m = SIZE.exec(rest)) && !parts.size) parts.size = m[0];
    else if (!parts.version && !parts.size && (m = VERSION.exec(rest)) && (sep !== ' ' || /^\d/.test(m[0]) || n === 0)) {
      parts.version = m[0];
      lateVersion = variants.length > 0;
    } else if (sep !== ' ' && (m = DATE.exec(rest)) && (parts.version || parts.size)) variants.push(m[0]);
    else if (sep && (m = WORD.exec(rest)) && (soft ? VARIANT_WORDS.has(m[0]) : joins(m[0], sep, capital(at)))) variants.push(m[0]);
    else if (!sep && (parts.version || parts.size) && (m = KANA_VARIANT.exec(rest))) variants.push(KANA_VARIANTS[m[0]]!);
    else break;
    end = at + m[0].length;
  }
  // A setting in parentheses after the name: o4-mini (high).
  const set = /^ ?\(([a-z-]+)\)/.exec(s.slice(end, end + 16));
  if (set && SETTINGS.has(set[1]!) && end > i) {
    variants.push(set[1]!);
    end += set[0].length;
  }
  if (end < s.length && isAlnum(s.charCodeAt(end))) return null;
  if (variants.length) parts.variant = variants.join('-');
  return { parts, length: end, variants, lateVersion };
}

/** One KB model name, as parts. */
export interface ModelEntry {
  id: string;
  version?: string;
  size?: string;
  active?: string;
  variants: string[];
  /** From an ambiguous alias (Wan, o1): a mention that adds nothing to it stays conditional. */
  ambiguous: boolean;
  /** Read after a vendor's name (Amazon Nova, StepFun Step-2): without the vendor it needs context. */
  vendor: boolean;
  /** The name wrote a minor version of zero (Gemini 2.0): a release of its own, not the major
   *  version that other minors (Gemini 2.5) fall back to. */
  minor?: boolean;
}

/** Version compare key: lower case, no trailing '.0' (Gemini 2 = Gemini 2.0). */
export const versionKey = (v: string | undefined) => v?.toLowerCase().replace(/(\.0)+$/, '');

/** Does the entry's name hold nothing the mention lacks? (version compared by `sameVersion`) */
function fits(e: ModelEntry, p: Parsed, sameVersion: (a: string, b: string) => boolean): boolean {
  if (e.version !== undefined && (p.parts.version === undefined || !sameVersion(e.version, versionKey(p.parts.version)!))) return false;
  if (e.size !== undefined && e.size !== p.parts.size?.toLowerCase()) return false;
  if (e.active !== undefined && e.active !== p.parts.active?.toLowerCase()) return false;
  return e.variants.every((v) => p.variants.includes(v));
}

// A variant names another model line (Qwen3-VL, Qwen3-Coder) and outranks a size, which names a
// checkpoint: Qwen3-VL-235B-A22B is a Qwen3-VL, not the text model Qwen3-235B-A22B.
const specificity = (e: ModelEntry) => (e.version ? 8 : 0) + (e.size ? 2 : 0) + (e.active ? 1 : 0) + 4 * e.variants.length;

/** The KB model a parsed mention names: its exact version first, then its major version (V3.1 is a V3),
 *  then the family; within each, the most specific entry whose parts the mention holds. */
export function pickModel(entries: readonly ModelEntry[], p: Parsed): ModelEntry | null {
  const best = (ok: (e: ModelEntry) => boolean) => {
    let b: ModelEntry | null = null;
    for (const e of entries) if (ok(e) && (!b || specificity(e) > specificity(b))) b = e;
    return b;
  };
  // A version after a variant is that line's own (Qwen-Image-2.0 is a Qwen-Image, not a Qwen2).
  const line = p.lateVersion ? best((e) => e.version === undefined && e.variants.length > 0 && fits(e, p, () => false)) : null;
  if (line) return line;
  const versioned = (same: (a: string, b: string) => boolean) => best((e) => e.version !== undefined && fits(e, p, same));
  const major = best((e) => e.version !== undefined && !e.minor && fits(e, p, (a, b) => b.startsWith(a + '.')));
  return versioned((a, b) => a === b) ?? major ?? best((e) => e.version === undefined && fits(e, p, () => false));
}

/** Does a mention need context to count? When its entry came from an ambiguous alias and the mention
 *  adds no part of its own (a version, size or variant), or the entry is a vendor-only family. */
export function needsContext(e: ModelEntry, p: Parsed): boolean {
  const adds =
    (p.parts.version !== undefined && e.version === undefined) || (p.parts.size !== undefined && e.size === undefined) || p.variants.length > e.variants.length;
  return e.vendor || (e.ambiguous && !adds);
}
