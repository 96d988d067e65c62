// Whether a conditional alias counts where it stands: an ambiguous alias needs its entity or a
// relative named elsewhere, a context word nearby, a country prefix (米アップル) or to stand as a
// gloss right after its entity's name; a digits-only ticker needs a ticker cue or the company; a
// mistranslation needs its family named plainly; a surname goes by surnames.ts and officers.ts.
// evidenceOf scores the local evidence, for an alias two entities share.
import type { PreparedKb } from '../prepared-kb';
import { contextKeys } from '../match/matcher';
import type { Candidate } from './candidates';
import { isAsciiAlnum } from './chars';
import { familyNamed, sameFamilyNamed } from './family';
import { foldHan } from '../match/han-fold';
import { capitalised, hanAlone, hasHonorific, katakanaAlone } from './surnames';
import { afterGivenInitial } from './given-name';
import { memberOf, officerBefore, officerOf, titleFits } from './officers';

const CONTEXT_WINDOW = 40;
const TINY_NAMED_WINDOW = 120;

// Near a digits-only ticker (9988): words that show it is a ticker.
const TICKER_CUES = [
  '.hk',
  'hk:',
  '-hk',
  '-cn',
  '-us',
  '-tw',
  'hkex',
  'sehk',
  'hkg',
  'nyse',
  '香港',
  '港股',
  '港交所',
  '港証',
  '証券コード',
  '銘柄',
  'コード',
  'code',
  'ticker',
  'stock',
  '上場',
  '上市',
  '恒生',
  'hang seng',
  '株価',
  '股价',
  '股價',
];

/** A word of words in the window around [ns, ne) of the Han-folded text (騰訊 near 腾讯's alias). */
function near(folded: string, ns: number, ne: number, words: string[], before: number, after: number): string | null {
  const from = Math.max(0, ns - before);
  const win = folded.slice(from, Math.min(folded.length, ne + after));
  const self = [ns - from, ne - from];
  for (const word of words) {
    const w = foldHan(word);
    let i = win.indexOf(w);
    while (i >= 0) {
      const overlaps = i < self[1] && i + w.length > self[0];
      const bounded = !isAsciiAlnum(w.charCodeAt(0)) || !isAsciiAlnum(win.charCodeAt(i - 1) || 0);
      const boundedEnd = !isAsciiAlnum(w.charCodeAt(w.length - 1)) || !isAsciiAlnum(win.charCodeAt(i + w.length) || 0);
      if (!overlaps && bounded && boundedEnd) return word;
      i = win.indexOf(w, i + 1);
    }
  }
  return null;
}

/** Relatives that support an ambiguous alias: ancestors (up to 3) and direct children. */
function relatives(kb: PreparedKb, id: string): string[] {
  const out: string[] = [];
  let p = kb.entities.get(id)?.parent;
  for (let i = 0; p && i < 3; i++) {
    out.push(p);
    p = kb.entities.get(p)?.parent;
  }
  out.push(...(kb.children.get(id) ?? []));
  return out;
}

function cachedRelatives(kb: PreparedKb, id: string): string[] {
  let r = kb.relatives.get(id);
  if (!r) kb.relatives.set(id, (r = relatives(kb, id)));
  return r;
}

/** A phrase rather than a word: four or more CJK chars, or Latin words with a space. */
function isPhrase(key: string): boolean {
  return /^[a-z0-9]/.test(key) ? key.includes(' ') : key.length >= 4;
}

export function isTinyCode(key: string): boolean {
  return key.length <= 2 && isAsciiAlnum(key.charCodeAt(0)) && isAsciiAlnum(key.charCodeAt(key.length - 1));
}

// Country prefixes of Japanese company names (米アップル, 英アーム, 韓国サムスン).
const COUNTRY_BEFORE = ['米国', '英国', '中国', '韓国', '台湾', '香港', 'ドイツ', 'フランス', '米', '英', '独', '仏', '中', '韓', '台', '蘭', '加', '豪', '印'];
const COMPANY_TYPES = new Set(['company', 'bank']);

/** A company's katakana or Latin alias right after a country prefix (米アップル, 米Apple). */
function countryPrefixed(c: Candidate, normText: string, kb: PreparedKb): boolean {
  if (!COMPANY_TYPES.has(kb.entities.get(c.rec.entityId)?.type ?? '') || isHanCode(c.key.charCodeAt(0))) return false;
  for (const w of COUNTRY_BEFORE) {
    const at = c.ns - w.length;
    if (at >= 0 && normText.startsWith(w, at)) return !isHanCode(normText.charCodeAt(at - 1) || 0);
  }
  return false;
}

function isHanCode(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
}

/** A gloss: the alias stands in parentheses right after a mention of the same entity (フィナンシャル・タイムズ(FT)). */
function glossOf(c: Candidate, normText: string, ends: Map<number, string>): boolean {
  const open = normText.charCodeAt(c.ns - 1);
  return (open === 40 || open === 0xff08) && ends.get(c.ns - 1) === c.rec.entityId;
}

// A ticker in capitals and its exchange, joined by a slash or a colon: BABA/NYSE, META/NASDAQ, Nasdaq:BIDU.
const TICKER_BEFORE = /[A-Z0-9]{1,6}\/$/;
const TICKER_AFTER = /^[:：]\s?[A-Z0-9]{1,6}(?![A-Za-z0-9])/;

/** An exchange's name with a capital written against a ticker (META/NASDAQ, Nasdaq:BIDU): the exchange,
 *  whatever else the word means (the Nasdaq index). Only for entities that speak of exchanges in their context. */
function tickerExchange(c: Candidate, text: string, kb: PreparedKb): boolean {
  const written = text.slice(c.start, c.end);
  if (!/^[A-Z][A-Za-z]{1,7}$/.test(written) || !(kb.entities.get(c.rec.entityId)?.context ?? []).includes('exchange')) return false;
  return TICKER_BEFORE.test(text.slice(Math.max(0, c.start - 7), c.start)) || TICKER_AFTER.test(text.slice(c.end, c.end + 9));
}

// A headline's outlet after its last pipe, closing the citation: (Nvidia details new chips | Reuters).
const CREDIT_BEFORE = /[|｜]\s?$/;
const CREDIT_AFTER = /^\s?(?:[)）\]】]|\n|$)/;
const MEDIA_CUES = new Set(['報道', 'reported']);

// A Japanese press credit after an outlet's name: 『信報』が2日伝えた, 〜紙が報じた, 〜によると.
const PRESS_AFTER = /^[』」]?(?:紙|誌|電子版)?(?:(?:が|は)(?:\d{1,2}日(?:付)?(?:で|の)?)?、?(?:伝え|報じ|報道し)|によると|によれば)/;

/** A news outlet credited: a media name (its context speaks of reporting) at the end of a cited
 *  headline, after a pipe and before the closing bracket or the line's end, or before a Japanese
 *  press credit (『信報』が2日伝えた). */
function mediaCredit(c: Candidate, text: string, kb: PreparedKb): boolean {
  const headline = CREDIT_BEFORE.test(text.slice(Math.max(0, c.start - 2), c.start)) && CREDIT_AFTER.test(text.slice(c.end, c.end + 2));
  if (!headline && !PRESS_AFTER.test(text.slice(c.end, c.end + 16))) return false;
  return (kb.entities.get(c.rec.entityId)?.context ?? []).some((w) => MEDIA_CUES.has(w));
}

// A company name used for its technology: ARMアーキテクチャ, ARMベースの, Arm-based (the architecture).
const TECH_AFTER = /^\s?(?:アーキテクチャ|ベース|互換|architecture|-based|based)/i;

/** A company's ambiguous name right before a word for its technology (ARMアーキテクチャ, Arm-based). */
export function usedAsTechnology(c: Candidate, text: string, kb: PreparedKb): boolean {
  return COMPANY_TYPES.has(kb.entities.get(c.rec.entityId)?.type ?? '') && TECH_AFTER.test(text.slice(c.end, c.end + 14));
}

const SENTENCE_END = /[。！？!?\n]/;

/** Is the code quoted as a name (「R1」) and its family (its maker) named earlier in the same sentence
 *  (DeepSeek … AIモデル「R1」)? */
function makerInSentence(c: Candidate, normText: string, kb: PreparedKb, named: Map<string, number>): boolean {
  if (!'「『“"'.includes(normText[c.ns - 1] ?? 'x') || !'」』”"'.includes(normText[c.ne] ?? 'x')) return false;
  for (const [other, at] of named) {
    if (at < 0 || at >= c.ns || c.ns - at > TINY_NAMED_WINDOW || SENTENCE_END.test(normText.slice(at, c.ns))) continue;
    if (sameFamilyNamed(kb, c.rec.entityId, new Map([[other, at]]))) return true;
  }
  return false;
}

/** Does a conditional candidate count, given the entities named unconditionally (named)? */
export function acceptConditional(
  c: Candidate,
  normText: string,
  folded: string,
  text: string,
  kb: PreparedKb,
  named: Map<string, number>,
  ends: Map<number, string>,
): boolean {
  const id = c.rec.entityId;
  if (c.rec.kind === 'surname') {
    const first = named.get(id);
    if (officerOf(c, normText, kb, ends) || officerBefore(c, normText, kb, ends) || memberOf(c, normText, kb, ends)) return true;
    if (afterGivenInitial(c, text, kb)) return true;
    // (a headline's surname ahead of the full name: surnamesAhead)
    if (first === undefined || first >= c.ns) return false;
    return hasHonorific(normText, c.ns, c.ne) || capitalised(c, text) || katakanaAlone(c, normText) || hanAlone(c, normText);
  }
  if (usedAsTechnology(c, text, kb)) return false;
  if (glossOf(c, normText, ends) || tickerExchange(c, text, kb) || mediaCredit(c, text, kb)) return true;
  if (c.rec.numericTicker && !c.rec.ambiguous) {
    return named.has(id) || near(folded, c.ns, c.ne, TICKER_CUES, 20, 8) !== null;
  }
  // Mistranslations (often a real phrase of another sense) need the entity's family named plainly.
  if (c.rec.kind === 'mistranslation') {
    if (!familyNamed(kb, id, named)) return false;
    if (!c.rec.ambiguous) return true;
  }
  const words = contextKeys(kb, id);
  // Tiny Latin codes (V3, R1, o1, JD) are too common to ride on a name far away: a cue must be near;
  // a little farther once the text names it in full (MiniMax M2 … its M2), or quotes it as a name with
  // its maker earlier in the same sentence (DeepSeek … AIモデル「R1」).
  if (isTinyCode(c.key)) {
    const w = named.has(id) || makerInSentence(c, normText, kb, named) ? TINY_NAMED_WINDOW : CONTEXT_WINDOW;
    return words.length > 0 && near(folded, c.ns, c.ne, words, w, w) !== null;
  }
  if (named.has(id) || countryPrefixed(c, normText, kb)) return true;
  for (const r of cachedRelatives(kb, id)) if (named.has(r)) return true;
  // A descriptive unit name (中国电商分部, Cloud Intelligence Group) counts once its family is named.
  if (isPhrase(c.key) && sameFamilyNamed(kb, id, named)) return true;
  return words.length > 0 && near(folded, c.ns, c.ne, words, CONTEXT_WINDOW, CONTEXT_WINDOW) !== null;
}

/** Local evidence for a conditional candidate: a surname's title naming the person's post (8), its
 *  context words nearby (2 each, up to 3 words), then the entity named elsewhere (1). */
export function evidenceOf(c: Candidate, folded: string, kb: PreparedKb, named: Map<string, number>): number {
  let n = 0;
  for (const w of contextKeys(kb, c.rec.entityId)) if (n < 3 && near(folded, c.ns, c.ne, [w], CONTEXT_WINDOW, CONTEXT_WINDOW) !== null) n++;
  const post = c.rec.kind === 'surname' && titleFits(c, folded, kb) ? 8 : 0;
  return post + 2 * n + (named.has(c.rec.entityId) ? 1 : 0);
}
