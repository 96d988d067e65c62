// Resolution: leftmost-longest selection without overlaps, and the rules for conditional aliases
// (ambiguous ones need the entity or a relative named elsewhere or a context word nearby, or stand
// as a gloss right after the entity's name, or after a country prefix (米アップル); surnames need
// the full name earlier and an honorific, or, in Latin script, a capital; digits-only tickers need a
// ticker cue or the company). An alias two entities share goes to the one with the nearer evidence.
import type { PreparedKb } from '../prepared-kb';
import { contextKeys, recordRank } from '../match/matcher';
import type { Candidate } from './candidates';
import { isAsciiAlnum, isKatakanaWord } from './chars';
import { familyNamed, sameFamilyNamed } from './family';
import { foldHan } from '../match/han-fold';

const CONTEXT_WINDOW = 40;
const TINY_NAMED_WINDOW = 120;
// A sibling model of the same maker before or after a tiny code (its V2 … the V3): a short paragraph.
const SIBLING_WINDOW = 200;

// After a surname: honorifics and titles (normalised: lower-case ASCII).
const HONORIFIC_AFTER = [
  '氏',
  'さん',
  '様',
  '君',
  'ceo',
  'cfo',
  'cto',
  'coo',
  '会長',
  '社長',
  '最高経営責任者',
  '最高財務責任者',
  '最高技術責任者',
  '総裁',
  '总裁',
  '總裁',
  '董事長',
  '董事长',
  '董事会主席',
  '董事會主席',
  '主席',
  '先生',
  '女士',
  '总',
  '總',
  '副会長',
  '議長',
  '首席',
  '執行役員',
  '取締役',
];
// English contexts: "Wu said", "Mr Wu", "said Wu".
const EN_AFTER = [' said', ' says', ' told', ' added', ' noted', ' explained', ' wrote', ' stated', ' argued', ' replied', ' answered'];
const EN_BEFORE = ['mr ', 'mr. ', 'ms ', 'ms. ', 'mrs ', 'mrs. ', 'dr ', 'dr. ', 'said ', 'says ', 'ceo ', 'cfo ', 'chairman ', 'president '];
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

function leftmostLongest(cands: Candidate[], support: Map<string, number>, evidence?: Map<Candidate, number>): Candidate[] {
  const ev = (c: Candidate) => evidence?.get(c) ?? 0;
  const sorted = [...cands].sort(
    (a, b) =>
      a.ns - b.ns ||
      b.ne - a.ne ||
      ev(b) - ev(a) ||
      recordRank(b.rec) - recordRank(a.rec) ||
      (support.get(b.rec.entityId) ?? 0) - (support.get(a.rec.entityId) ?? 0),
  );
  const out: Candidate[] = [];
  let lastEnd = -1;
  for (const c of sorted) {
    if (c.ns < lastEnd) continue;
    out.push(c);
    lastEnd = c.ne;
  }
  return out;
}

/** Entity ids named by unconditional mentions, with the normalised start of the first one. */
export function firstMentions(cands: Candidate[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const c of cands) if (!m.has(c.rec.entityId) || m.get(c.rec.entityId)! > c.ns) m.set(c.rec.entityId, c.ns);
  return m;
}

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

function startsWithAny(text: string, at: number, words: string[]): boolean {
  for (const w of words) if (text.startsWith(w, at)) return true;
  return false;
}

function endsWithAny(text: string, at: number, words: string[]): boolean {
  for (const w of words) if (at - w.length >= 0 && text.startsWith(w, at - w.length)) return true;
  return false;
}

/** An honorific or title right after the surname, or an English "said"/"Mr" context. */
function hasHonorific(text: string, ns: number, ne: number): boolean {
  const after = text.charCodeAt(ne) === 32 ? ne + 1 : ne;
  for (const h of HONORIFIC_AFTER) {
    if (!text.startsWith(h, after)) continue;
    if (isAsciiAlnum(h.charCodeAt(0)) && isAsciiAlnum(text.charCodeAt(after + h.length) || 0)) continue;
    return true;
  }
  return startsWithAny(text, ne, EN_AFTER) || endsWithAny(text, ns, EN_BEFORE);
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

function isTinyCode(key: string): boolean {
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

/** A Latin surname written with a capital (Wu, Zhang), standing alone: in English the surname names the
 *  person once the full name has appeared; not when it starts a longer name (Wu Bank) or ends one. */
function capitalised(c: Candidate, text: string): boolean {
  const upper = (x: number) => (x >= 65 && x <= 90) || (x >= 0xff21 && x <= 0xff3a);
  if (c.key.length < 2 || !/^[a-z]+$/.test(c.key) || !upper(text.charCodeAt(c.start))) return false;
  const after = text.charCodeAt(c.end) === 32 ? c.end + 1 : c.end;
  if (upper(text.charCodeAt(after))) return false;
  const before = text.charCodeAt(c.start - 1) === 32 ? c.start - 2 : -1;
  return !(before >= 0 && /[A-Za-z]/.test(text[before]!) && /(^|[^A-Za-z])[A-Z][a-z]*$/.test(text.slice(Math.max(0, before - 20), before + 1)));
}

// After a katakana surname standing alone (Forbes-style Japanese drops 氏: ツァイは述べた).
const PARTICLE_AFTER = 'はがのもにをとへやら、。」)';
// Katakana surnames that are also everyday words (mask, fan, phone, cook, die).
const COMMON_KATAKANA = new Set(['マスク', 'ファン', 'フォン', 'クック', 'ダイ']);

/** A katakana surname written as a word of its own, followed by a particle (チャンは, ツァイの). */
function katakanaAlone(c: Candidate, normText: string): boolean {
  return c.key.length >= 2 && isKatakanaWord(c.key) && !COMMON_KATAKANA.has(c.key) && PARTICLE_AFTER.includes(normText[c.ne] ?? '');
}

// Titles (not honorifics) that, after a surname, say which post the person holds.
const TITLES = HONORIFIC_AFTER.filter((h) => !['氏', 'さん', '様', '君', '先生', '女士'].includes(h));
// Between an organisation and its officer's surname: エヌビディアのフアンCEO, 百度的李总裁.
const ORG_LINKS = ['の', '的', '', ' ', '社の'];
const OFFICER_RELATIONS = new Set(['ceo_of', 'chairman_of', 'cfo_of', 'cto_of', 'founder_of', 'executive_of', 'director_of', 'analyst_at']);

function topOf(kb: PreparedKb, id: string): string {
  let cur = id;
  for (let i = 0, p = kb.entities.get(cur)?.parent; p && i < 6; i++, p = kb.entities.get(cur)?.parent) cur = p;
  return cur;
}

/** A surname with a title right after it and, right before it, an organisation the person serves
 *  (エヌビディアのフアンCEO): the post names the person even when the page never gives the full name. */
function officerOf(c: Candidate, normText: string, kb: PreparedKb, ends: Map<number, string>): boolean {
  if (!startsWithAny(normText, c.ne, TITLES)) return false;
  const orgs = (kb.relationsByEntity.get(c.rec.entityId) ?? [])
    .filter((r) => r.from === c.rec.entityId && OFFICER_RELATIONS.has(r.type))
    .map((r) => topOf(kb, r.to));
  if (!orgs.length) return false;
  for (const link of ORG_LINKS) {
    const org = ends.get(c.ns - link.length);
    if (org && normText.startsWith(link, c.ns - link.length) && orgs.includes(topOf(kb, org))) return true;
  }
  return false;
}

// Between an organisation's name and the title before its officer's surname: アップル社CEOクック.
const ORG_TITLE_LINKS = ['', '社', ' ', 'の'];
const TITLE_SURNAME_LINKS = ['', 'の', ' '];

/** A surname with, right before it, a title and the organisation the person serves (アップル社CEOクック,
 *  Google社CEOのピチャイ): the post names the person, the way officerOf reads エヌビディアのフアンCEO. */
function officerBefore(c: Candidate, normText: string, kb: PreparedKb, ends: Map<number, string>): boolean {
  const orgs = officerOrgs(kb, c.rec.entityId);
  if (!orgs.length) return false;
  for (const link of TITLE_SURNAME_LINKS) {
    const t = c.ns - link.length;
    if (!normText.startsWith(link, t)) continue;
    for (const title of TITLES) {
      const at = t - title.length;
      if (at <= 0 || !normText.startsWith(title, at)) continue;
      for (const ol of ORG_TITLE_LINKS) {
        const org = ends.get(at - ol.length);
        if (org && normText.startsWith(ol, at - ol.length) && orgs.includes(topOf(kb, org))) return true;
      }
    }
  }
  return false;
}

/** A katakana surname standing alone (チャイは) right after the organisation the person serves and の
 *  (86Researchのチャイは): Forbes-style Japanese names an analyst so, with no title. */
function memberOf(c: Candidate, normText: string, kb: PreparedKb, ends: Map<number, string>): boolean {
  if (!katakanaAlone(c, normText) || !normText.startsWith('の', c.ns - 1)) return false;
  const org = ends.get(c.ns - 1);
  return !!org && officerOrgs(kb, c.rec.entityId).includes(topOf(kb, org));
}

/** Organisations (top of their family) the person serves as an officer or founder. */
function officerOrgs(kb: PreparedKb, id: string): string[] {
  return (kb.relationsByEntity.get(id) ?? []).filter((r) => r.from === id && OFFICER_RELATIONS.has(r.type)).map((r) => topOf(kb, r.to));
}

/** A surname with an honorific or title (ウー氏, ツァイ会長) on a page that never gives the full name but
 *  names the organisation the person serves: the person, when exactly one person of that surname
 *  serves an organisation the page names. Two-character or longer surnames only (not 呉氏 or 馬氏:
 *  one Han character is too many people's surname). */
function servingSurnames(cands: Candidate[], accepted: Candidate[], normText: string, kb: PreparedKb, named: Map<string, number>): Candidate[] {
  const taken = new Set(accepted.filter((c) => c.rec.kind === 'surname').map((c) => c.ns));
  const tops = new Set<string>();
  for (const [id, at] of named) if (at >= 0) tops.add(topOf(kb, id));
  const bySpan = new Map<string, Candidate[]>();
  for (const c of cands) {
    if (c.rec.kind !== 'surname' || taken.has(c.ns) || c.key.length < 2 || named.has(c.rec.entityId)) continue;
    if (!hasHonorific(normText, c.ns, c.ne) || /^[a-z]/.test(c.key)) continue;
    const k = `${c.ns}:${c.ne}`;
    const list = bySpan.get(k) ?? [];
    list.push(c);
    bySpan.set(k, list);
  }
  const out: Candidate[] = [];
  for (const list of bySpan.values()) {
    // Every person the span could be, not only those the KB lists by this exact record.
    const people = new Set(list.map((c) => c.rec.entityId));
    const serving = [...people].filter((id) => officerOrgs(kb, id).some((o) => tops.has(o)));
    if (serving.length !== 1) continue;
    out.push(list.find((c) => c.rec.entityId === serving[0])!);
  }
  return out;
}

// A ticker in capitals and its exchange, joined by a slash or a colon: BABA/NYSE, META/NASDAQ, NASDAQ:META.
const TICKER_BEFORE = /[A-Z0-9]{1,6}\/$/;
const TICKER_AFTER = /^[:：]\s?[A-Z0-9]{1,6}(?![A-Za-z0-9])/;

/** An exchange's name in capitals written against a ticker (META/NASDAQ): the exchange, whatever else
 *  the word means (the Nasdaq index). Only for entities that speak of exchanges in their context. */
function tickerExchange(c: Candidate, text: string, kb: PreparedKb): boolean {
  const written = text.slice(c.start, c.end);
  if (!/^[A-Z]{2,8}$/.test(written) || !(kb.entities.get(c.rec.entityId)?.context ?? []).includes('exchange')) return false;
  return TICKER_BEFORE.test(text.slice(Math.max(0, c.start - 7), c.start)) || TICKER_AFTER.test(text.slice(c.end, c.end + 9));
}

/** Does a conditional candidate count, given the entities named unconditionally (named)? */
function acceptConditional(
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
    return first !== undefined && first < c.ns && (hasHonorific(normText, c.ns, c.ne) || capitalised(c, text) || katakanaAlone(c, normText));
  }
  if (glossOf(c, normText, ends) || tickerExchange(c, text, kb)) return true;
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
  // a little farther (its maker a sentence back) once the text names it in full (MiniMax M2 … its M2).
  if (isTinyCode(c.key)) {
    const w = named.has(id) ? TINY_NAMED_WINDOW : CONTEXT_WINDOW;
    return words.length > 0 && near(folded, c.ns, c.ne, words, w, w) !== null;
  }
  if (named.has(id) || countryPrefixed(c, normText, kb)) return true;
  for (const r of cachedRelatives(kb, id)) if (named.has(r)) return true;
  // A descriptive unit name (中国电商分部, Cloud Intelligence Group) counts once its family is named.
  if (isPhrase(c.key) && sameFamilyNamed(kb, id, named)) return true;
  return words.length > 0 && near(folded, c.ns, c.ne, words, CONTEXT_WINDOW, CONTEXT_WINDOW) !== null;
}

/** Local evidence for a conditional candidate: its context words nearby (2 each, up to 3 words),
 *  then the entity named elsewhere (1). */
function evidenceOf(c: Candidate, folded: string, kb: PreparedKb, named: Map<string, number>): number {
  let n = 0;
  for (const w of contextKeys(kb, c.rec.entityId)) if (n < 3 && near(folded, c.ns, c.ne, [w], CONTEXT_WINDOW, CONTEXT_WINDOW) !== null) n++;
  return 2 * n + (named.has(c.rec.entityId) ? 1 : 0);
}

/** One sense per text: an ambiguous alias accepted once (张鹏 next to 智谱AI) is the same entity
 *  wherever else the text writes it. Not for tiny codes, digits-only tickers or surnames, which
 *  need their cue at each place. */
function sameSense(cands: Candidate[], accepted: Candidate[]): Candidate[] {
  const keyOf = (c: Candidate) => `${c.rec.entityId}\u0000${foldHan(c.key)}`;
  const seen = new Set(accepted.map(keyOf));
  const have = new Set(accepted);
  if (!seen.size) return [];
  return cands.filter((c) => c.conditional && !have.has(c) && c.rec.kind !== 'surname' && !c.rec.numericTicker && !isTinyCode(c.key) && seen.has(keyOf(c)));
}

// Between the items of a list of names: 天貓、螞蟻、盒馬; 字節、阿里; Tencent, Ant and JD.
const LIST_SEPARATORS = ['、', ',', ', ', '，', '和', '与', '及', 'や', 'と', ' and '];
const ORG_LIKE = new Set(['company', 'unit', 'bank', 'product']);

function sameKind(a: string | undefined, b: string | undefined): boolean {
  return !!a && !!b && (a === b || (ORG_LIKE.has(a) && ORG_LIKE.has(b)));
}

/** A maker's line-up (its V2 … the V3 … then R1): a tiny code of a model whose sibling, a model of
 *  the same maker, stands named within a short paragraph counts too, as the line-up goes on. Rounds
 *  until no new one, so each step needs its own near neighbour. */
function tinySiblings(cands: Candidate[], sure: Candidate[], kb: PreparedKb): Candidate[] {
  const parentOf = (id: string) => {
    const e = kb.entities.get(id);
    return e?.type === 'model' ? e.parent : undefined;
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

/** Ambiguous names listed next to names of the same kind (擁有天貓、螞蟻、盒馬): a list of companies
 *  is a list of companies. Up to two rounds, so two ambiguous neighbours can carry each other once
 *  one of them is settled. */
function coordinated(cands: Candidate[], sure: Candidate[], normText: string, kb: PreparedKb): Candidate[] {
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

/** A surname that named its person once (86Researchのチャイは, by the organisation beside it) names
 *  the same person again where it stands alone later in the same way (チャイはいう, Chai said, 柴氏). */
function repeatedSurnames(cands: Candidate[], accepted: Candidate[], normText: string, text: string): Candidate[] {
  const first = new Map<string, number>();
  for (const c of accepted) {
    if (c.rec.kind !== 'surname') continue;
    const k = `${c.rec.entityId} ${c.key}`;
    if (!first.has(k) || first.get(k)! > c.ns) first.set(k, c.ns);
  }
  if (!first.size) return [];
  const have = new Set(accepted);
  return cands.filter((c) => {
    if (c.rec.kind !== 'surname' || have.has(c)) return false;
    const at = first.get(`${c.rec.entityId} ${c.key}`);
    return at !== undefined && at < c.ns && (hasHonorific(normText, c.ns, c.ne) || capitalised(c, text) || katakanaAlone(c, normText));
  });
}

/** Full resolution of candidates into non-overlapping mentions. `text` is the original text. */
export function resolve(cands: Candidate[], normText: string, text: string, kb: PreparedKb, outside?: Map<string, number>): Candidate[] {
  const strong = cands.filter((c) => !c.conditional);
  const support = new Map<string, number>();
  for (const c of strong) support.set(c.rec.entityId, (support.get(c.rec.entityId) ?? 0) + 1);
  const strongSel = leftmostLongest(strong, support);
  const named = firstMentions(strongSel);
  const ends = new Map(strongSel.map((c) => [c.ne, c.rec.entityId]));
  if (outside) for (const [id] of outside) if (!named.has(id)) named.set(id, -1);
  const folded = foldHan(normText);
  const accepted = cands.filter((c) => c.conditional && c.rec.kind !== 'surname' && acceptConditional(c, normText, folded, text, kb, named, ends));
  accepted.push(...coordinated(cands, [...strongSel, ...accepted], normText, kb));
  accepted.push(...tinySiblings(cands, [...strongSel, ...accepted], kb));
  accepted.push(...sameSense(cands, accepted));
  // A full name written as an accepted mistranslation (呉勇明) lets its surname follow (ウー氏).
  const full = new Map(named);
  for (const c of accepted) {
    const cur = full.get(c.rec.entityId);
    if (c.rec.kind === 'mistranslation' && (cur === undefined || cur > c.ns)) full.set(c.rec.entityId, c.ns);
  }
  for (const c of cands) if (c.rec.kind === 'surname' && acceptConditional(c, normText, folded, text, kb, full, ends)) accepted.push(c);
  accepted.push(...servingSurnames(cands, accepted, normText, kb, full));
  accepted.push(...repeatedSurnames(cands, accepted, normText, text));
  if (!accepted.length) return strongSel;
  // Unconditional mentions outrank conditional ones on the same span; among conditional ones (an
  // alias two entities share: 千問 is the Qwen models and the Qwen app), the nearer evidence wins.
  const evidence = new Map<Candidate, number>();
  for (const c of strongSel) evidence.set(c, 100);
  for (const c of accepted) evidence.set(c, evidenceOf(c, folded, kb, named));
  return leftmostLongest([...strongSel, ...accepted], support, evidence);
}
