// Text normalisation with an offset map back to the original (pure, linear time).
// Per character: NFKC (full-width → ASCII, half-width katakana → full-width), ASCII lower case,
// zero-width chars removed, whitespace runs → one space, 〜～~ → 〜, middle dots removed inside
// katakana/Latin names (エディ・ウー → エディウー), dashes between katakana → ー, bidi marks removed.

export interface Normalized {
  text: string;
  /** map[i] = index in the original of normalised char i; map[text.length] = original length. */
  map: Int32Array;
  /** ends[i] = original index just after the char(s) that produced normalised char i. */
  ends?: Int32Array;
}

// Character kinds, filled lazily (K[c] === 0 means "not classified yet").
const PLAIN = 1,
  UPPER = 2,
  SPACE = 3,
  SKIP = 4,
  DOT = 5,
  DASH = 6,
  TILDE = 7,
  MAPPED = 8,
  MARK = 9,
  HIGH = 10,
  LOW = 11;
const K = new Uint8Array(65536);
const REP = new Map<number, string>(); // MAPPED / DASH fallback: the NFKC form
const ASTRAL = new Map<number, string>();
const COMPOSE = new Map<number, number>(); // (base << 1 | semi) → composed kana, 0 when none

/** Invisible format chars dropped everywhere: zero-width ones, the soft hyphen, and bidi marks,
 *  embeddings and isolates (a page can put them inside a name: ア\u200Bリババ, ア\u202Eリババ). */
const INVISIBLE: readonly number[] = [
  0x200b, 0x200c, 0x200d, 0xfeff, 0x2060, 0xad, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069, 0x061c,
];

const WAVE = 0x301c; // 〜
const NAKAGURO = 0x30fb; // ・

function init() {
  for (let c = 0; c < 128; c++) K[c] = c >= 65 && c <= 90 ? UPPER : PLAIN;
  for (const c of [9, 10, 11, 12, 13, 32, 0x85, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000]) K[c] = SPACE;
  for (let c = 0x2000; c <= 0x200a; c++) K[c] = SPACE;
  for (const c of INVISIBLE) K[c] = SKIP;
  for (const c of [0x30fb, 0xff65, 0xb7, 0x2022, 0x2027, 0x2219, 0x22c5, 0x0387]) K[c] = DOT;
  for (const c of [0x2d, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xff0d]) {
    K[c] = DASH;
    REP.set(c, String.fromCharCode(c).normalize('NFKC'));
  }
  for (const c of [0x7e, 0x301c, 0xff5e, 0x223c]) K[c] = TILDE;
  for (const c of [0xff9e, 0xff9f, 0x3099, 0x309a, 0x309b, 0x309c]) K[c] = MARK;
  for (let c = 0xd800; c <= 0xdbff; c++) K[c] = HIGH;
  for (let c = 0xdc00; c <= 0xdfff; c++) K[c] = LOW;
}
init();

function classify(c: number): number {
  const s = String.fromCharCode(c).normalize('NFKC');
  let k = PLAIN;
  if (s.length !== 1 || s.charCodeAt(0) !== c) {
    k = MAPPED;
    REP.set(c, s);
  } else if (/\s/.test(s)) k = SPACE;
  K[c] = k;
  return k;
}

/** Kind of a code unit, classifying it on first sight. */
function kindOf(c: number): number {
  const k = K[c];
  return k === 0 ? classify(c) : k;
}

/** Zero-width, soft hyphen or bidi control: carries nothing, removed by normalize. */
export function isInvisible(c: number): boolean {
  return K[c] === SKIP;
}

export function isKatakana(c: number): boolean {
  return (c >= 0x30a1 && c <= 0x30fa) || (c >= 0x30fc && c <= 0x30fe) || (c >= 0x31f0 && c <= 0x31ff);
}

function isLatinOrDigit(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

/** First normalised code unit of the character at original index i (skipping zero-width chars); -1 at the end. */
function peek(s: string, i: number): number {
  const n = s.length;
  while (i < n) {
    const c = s.charCodeAt(i);
    const k = kindOf(c);
    if (k === SKIP) {
      i++;
      continue;
    }
    if (k === UPPER) return c + 32;
    if (k === MAPPED) {
      const r = REP.get(c)!.charCodeAt(0);
      return r >= 65 && r <= 90 ? r + 32 : r;
    }
    return c;
  }
  return -1;
}

/** Han or kana (not digits, not punctuation). */
function isCjkLetter(c: number): boolean {
  return (c >= 0x3041 && c <= 0x3096) || isKatakana(c) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
}

function isHan(c: number): boolean {
  return (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
}

const PINYIN_GLOSS = /^[(（]([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6})[)）]/;
const TONE_MARK = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/;

/** Index of the closing parenthesis of a one-syllable pinyin gloss with a tone mark opening at i, else -1. */
function pinyinGlossEnd(s: string, i: number): number {
  const m = PINYIN_GLOSS.exec(s.slice(i, i + 9));
  return m && TONE_MARK.test(m[1]!) ? i + m[0].length - 1 : -1;
}

/** First normalised code unit after any whitespace (and invisible chars) from original index i. */
function peekPastSpace(s: string, i: number): number {
  while (i < s.length) {
    const k = kindOf(s.charCodeAt(i));
    if (k !== SPACE && k !== SKIP) break;
    i++;
  }
  return peek(s, i);
}

function composeKana(base: number, mark: number): number {
  const semi = mark === 0xff9f || mark === 0x309a || mark === 0x309c ? 1 : 0;
  const key = (base << 1) | semi;
  let r = COMPOSE.get(key);
  if (r === undefined) {
    const s = String.fromCharCode(base, semi ? 0x309a : 0x3099).normalize('NFC');
    r = s.length === 1 ? s.charCodeAt(0) : 0;
    COMPOSE.set(key, r);
  }
  return r;
}

export function normalize(original: string): Normalized {
  const n = original.length;
  let cap = n + 16;
  let out: Uint16Array = new Uint16Array(cap);
  let map: Int32Array = new Int32Array(cap + 1);
  let ends: Int32Array = new Int32Array(cap + 1);
  let len = 0;
  let last = -1; // last emitted code unit

  for (let i = 0; i < n; i++) {
    let c = original.charCodeAt(i);
    let k = K[c];
    if (k === 0) k = classify(c);
    let r: string | undefined; // multi-unit (or re-classified) replacement
    let end = i + 1;
    if (k === PLAIN || k === MAPPED) {
      // a pinyin reading after a Han character (營(yíng)收, 淨利潤(rùn)): some Chinese sites gloss
      // characters inline; the gloss carries nothing and breaks the words it sits in
      const close = (c === 0x28 || c === 0xff08) && isHan(last) ? pinyinGlossEnd(original, i) : -1;
      if (close > 0) {
        i = close;
        continue;
      }
    }
    if (k === PLAIN) {
      // as is
    } else if (k === UPPER) {
      c += 32;
    } else if (k === SKIP) {
      continue;
    } else if (k === SPACE) {
      if (last === 32) continue;
      // A stray space between two CJK letters (阿里巴巴中國電商 集團, scraped text) carries nothing:
      // CJK text has no word spaces, so names and keywords read across it.
      if (isCjkLetter(last) && isCjkLetter(peekPastSpace(original, i + 1))) continue;
      c = 32;
    } else if (k === TILDE) {
      c = WAVE;
    } else if (k === DOT) {
      const next = peek(original, i + 1);
      // kept between two digits: 3・5兆 is a decimal (3.5兆), 1・2月 a list
      const digits = last >= 48 && last <= 57 && next >= 48 && next <= 57;
      if (!digits && ((isKatakana(last) && isKatakana(next)) || (isLatinOrDigit(last) && isLatinOrDigit(next)))) continue;
      c = NAKAGURO;
    } else if (k === DASH) {
      if (isKatakana(last) && isKatakana(peek(original, i + 1))) c = 0x30fc;
      else r = REP.get(c)!;
    } else if (k === MAPPED) {
      r = REP.get(c)!;
    } else if (k === MARK) {
      const comp = len > 0 ? composeKana(out[len - 1], c) : 0;
      if (comp) {
        out[len - 1] = comp;
        ends[len - 1] = i + 1;
        last = comp;
        continue;
      }
      if (c === 0xff9e) c = 0x3099;
      else if (c === 0xff9f) c = 0x309a;
    } else if (k === HIGH) {
      const d = i + 1 < n ? original.charCodeAt(i + 1) : 0;
      if (d >= 0xdc00 && d <= 0xdfff) {
        const cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
        r = ASTRAL.get(cp);
        if (r === undefined) {
          r = String.fromCodePoint(cp).normalize('NFKC');
          ASTRAL.set(cp, r);
        }
        end = i + 2;
      }
    }
    if (r === undefined) {
      if (len + 1 >= cap) {
        cap *= 2;
        out = grown16(out, cap);
        map = grown32(map, cap + 1);
        ends = grown32(ends, cap + 1);
      }
      out[len] = c;
      map[len] = i;
      ends[len++] = end;
      last = c;
      continue;
    }
    if (len + r.length + 1 >= cap) {
      cap = cap * 2 + r.length;
      out = grown16(out, cap);
      map = grown32(map, cap + 1);
      ends = grown32(ends, cap + 1);
    }
    for (let j = 0; j < r.length; j++) {
      let d = r.charCodeAt(j);
      const kd = K[d];
      if (kd === UPPER) d += 32;
      else if (kd === SPACE) {
        if (last === 32) continue;
        d = 32;
      } else if (kd === TILDE) d = WAVE;
      else if (kd === DOT) d = NAKAGURO;
      out[len] = d;
      map[len] = i;
      ends[len++] = end;
      last = d;
    }
    i = end - 1;
  }
  map[len] = n;
  ends[len] = n;
  return { text: fromCodes(out, len), map: map.subarray(0, len + 1), ends: ends.subarray(0, len + 1) };
}

function grown16(a: Uint16Array, cap: number): Uint16Array {
  const b = new Uint16Array(cap);
  b.set(a);
  return b;
}

function grown32(a: Int32Array, cap: number): Int32Array {
  const b = new Int32Array(cap);
  b.set(a);
  return b;
}

function fromCodes(a: Uint16Array, len: number): string {
  const CHUNK = 8192;
  if (len <= CHUNK) return String.fromCharCode.apply(null, a.subarray(0, len) as unknown as number[]);
  const parts: string[] = [];
  for (let i = 0; i < len; i += CHUNK) {
    parts.push(String.fromCharCode.apply(null, a.subarray(i, Math.min(len, i + CHUNK)) as unknown as number[]));
  }
  return parts.join('');
}

/** Normalised form of a short string (aliases, terms). */
export function normalizeKey(s: string): string {
  // Fast path: nothing to change (most CJK and katakana aliases).
  let plain = true;
  for (let i = 0; i < s.length && plain; i++) plain = kindOf(s.charCodeAt(i)) === PLAIN;
  return plain ? s : normalize(s).text.trim();
}

/** Exact original span [start, end) of the normalised span [a, b); never splits a surrogate pair. */
export function toOriginal(n: Normalized, a: number, b: number): [number, number] {
  const len = n.text.length;
  if (a < 0) a = 0;
  if (b > len) b = len;
  if (b <= a) {
    const p = n.map[Math.min(a, len)];
    return [p, p];
  }
  const start = n.map[a];
  const end = n.ends ? n.ends[b - 1] : n.map[b];
  return [start, end];
}
