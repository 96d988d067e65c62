// A wire service credited at the end of a bracketed dateline (【ニューヨーク共同】, 【北京時事】,
// 【8月23日 CNS】) or in a credit (（共同）, (c)CNS/AFPBB News). There the agency goes by a short form
// no other place would accept (共同 is also "joint"): its Japanese name without 通信 / 通信社, or the
// initials of its English name (China News Service → CNS). A dateline bracket stands at a line's
// start or holds a place or date before the agency.
import type { PreparedKb } from '../prepared-kb';
import { normalizeKey, toOriginal, type Normalized } from '../text/normalize';
import type { AliasRecord } from '../match/matcher';
import type { Candidate } from './candidates';

const DATELINE = /【([^】 ]{0,20}(?: [^】 ]{1,12})?)】/g;
const JA_WIRE = /^(.{2,})(?:通信社|通信)$/;
const EN_WIRE = /^(.+) (?:News Service|News Agency|Press)$/;

/** Short forms of the wire services in the KB, normalised, with their entity ids. */
function wireForms(kb: PreparedKb): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of kb.entities.values()) {
    if (e.type !== 'company') continue;
    for (const n of e.names.ja ?? []) {
      const m = JA_WIRE.exec(n);
      if (m) out.set(normalizeKey(m[1]!), e.id);
    }
    for (const n of e.names.en ?? []) {
      if (!EN_WIRE.test(n)) continue;
      const initials = n
        .split(/[ -]/)
        .map((w) => w[0] ?? '')
        .join('');
      if (/^[A-Z]{2,5}$/.test(initials)) out.set(normalizeKey(initials), e.id);
    }
  }
  return out;
}

/** Does the original text hold only spaces between the line's start and index i? */
function atLineStart(text: string, i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const c = text[j]!;
    if (c === '\n') return true;
    if (c !== ' ' && c !== '\t' && c !== '\u3000') return false;
  }
  return true;
}

// A photo or copyright credit: （共同）, (c)CNS/JCM/AFPBB News, ©時事.
const CREDIT = /(?:\(c\)|©)\s*([^\s()（）]{2,40})|[(（]([^\s()（）]{2,6})[)）]/g;

function candidate(norm: Normalized, ns: number, key: string, id: string): Candidate {
  const [start, end] = toOriginal(norm, ns, ns + key.length);
  const rec: AliasRecord = { entityId: id, text: key, kind: 'abbr', ambiguous: false, caseSensitive: false, numericTicker: false };
  return { ns, ne: ns + key.length, start, end, rec, key, conditional: false };
}

/** Wire services named in credits: a parenthesis holding only the short form, or the slash-separated
 *  list after (c). */
function creditCandidates(norm: Normalized, forms: Map<string, string>): Candidate[] {
  const s = norm.text;
  const out: Candidate[] = [];
  CREDIT.lastIndex = 0;
  for (let m = CREDIT.exec(s); m; m = CREDIT.exec(s)) {
    if (m[2] !== undefined) {
      // Only a Japanese short form stands alone in parentheses; initials there are too many things.
      const id = forms.get(m[2]);
      if (id && !/[a-z]/.test(m[2])) out.push(candidate(norm, m.index + 1, m[2], id));
      continue;
    }
    let at = m.index + m[0].length - m[1]!.length;
    for (const part of m[1]!.split('/')) {
      const id = forms.get(part);
      if (id) out.push(candidate(norm, at, part, id));
      at += part.length + 1;
    }
  }
  return out;
}

// A Japanese photo caption's credit at the end of its line: …の操作画面=AP, 記者会見する首相=共同.
const CAPTION = /[=＝]([^\s=＝]{2,12})/g;

/** Wire services credited after a caption's equals sign, the credit ending its line (read in the
 *  original text: normalising joins a line break between Japanese characters). */
function captionCandidates(norm: Normalized, text: string, forms: Map<string, string>): Candidate[] {
  const s = norm.text;
  const out: Candidate[] = [];
  CAPTION.lastIndex = 0;
  for (let m = CAPTION.exec(s); m; m = CAPTION.exec(s)) {
    if (m.index === 0 || /\s/.test(s[m.index - 1]!)) continue;
    const ns = m.index + 1;
    for (const [key, id] of forms) {
      if (!m[1]!.startsWith(key)) continue;
      const end = toOriginal(norm, ns, ns + key.length)[1];
      if (end < text.length && !/\s/.test(text[end]!)) continue;
      out.push(candidate(norm, ns, key, id));
      break;
    }
  }
  return out;
}

/** Candidates for wire services credited in bracketed datelines. */
export function wireCandidates(norm: Normalized, text: string, kb: PreparedKb): Candidate[] {
  const s = norm.text;
  DATELINE.lastIndex = 0;
  let forms: Map<string, string> | undefined;
  const out: Candidate[] = [];
  for (let m = DATELINE.exec(s); m; m = DATELINE.exec(s)) {
    const body = m[1]!;
    const close = m.index + m[0].length - 1;
    // At a line's start, or after a place or a date inside the bracket (…（共同）【北京共同】中国の).
    const lineStart = atLineStart(text, toOriginal(norm, m.index, m.index + 1)[0]);
    forms ??= wireForms(kb);
    for (const [key, id] of forms) {
      if (!body.endsWith(key) || (!lineStart && body.length === key.length)) continue;
      const before = body.charCodeAt(body.length - key.length - 1);
      // After a place (ニューヨーク共同) or a space (8月23日 CNS), not inside a longer Latin word.
      if (/[a-z0-9]/.test(key[0]!) && /[a-z0-9]/.test(String.fromCharCode(before || 32))) continue;
      out.push(candidate(norm, close - key.length, key, id));
      break;
    }
  }
  if (s.includes('(')) out.push(...creditCandidates(norm, (forms ??= wireForms(kb))));
  if (s.includes('=') || s.includes('＝')) out.push(...captionCandidates(norm, text, (forms ??= wireForms(kb))));
  return out;
}
