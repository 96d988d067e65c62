// When a surname alone names a person: an honorific or title right after it (ウー氏, 張CEO), an
// English context ("Wu said", "Mr Wu"), a Latin capital (Wu), or a katakana surname standing as a
// word of its own before a particle (チャイは); and, once it has named its person, the same surname
// written so again later. The full name or the person's post must have named the person first.
import type { Candidate } from './candidates';
import { isAsciiAlnum, isKatakanaWord } from './chars';

// After a surname: honorifics and titles (normalised: lower-case ASCII).
const HONORIFIC_AFTER = [
  // 両氏 ends a pair of surnames that share it (蔡、呉両氏): the last one takes it as its own.
  '両氏',
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
  // Japanese ministers: 赤沢経産相, 斎藤経済産業相, 林官房長官.
  '経産相',
  '経済産業相',
  '大臣',
  '長官',
];
// English contexts: "Wu said", "Mr Wu", "said Wu".
const EN_AFTER = [' said', ' says', ' told', ' added', ' noted', ' explained', ' wrote', ' stated', ' argued', ' replied', ' answered'];
const EN_BEFORE = ['mr ', 'mr. ', 'ms ', 'ms. ', 'mrs ', 'mrs. ', 'dr ', 'dr. ', 'said ', 'says ', 'ceo ', 'cfo ', 'chairman ', 'president '];

export function startsWithAny(text: string, at: number, words: string[]): boolean {
  for (const w of words) if (text.startsWith(w, at)) return true;
  return false;
}

function endsWithAny(text: string, at: number, words: string[]): boolean {
  for (const w of words) if (at - w.length >= 0 && text.startsWith(w, at - w.length)) return true;
  return false;
}

// The first of a pair of surnames sharing 両氏 (蔡、呉両氏, ウー・チャン両氏): a separator, the other
// surname (one or two Han characters, or a katakana word), then 両氏.
const PAIR_BEFORE_BOTH = /^[、・と](?:[\u3400-\u9fff]{1,2}|[\u30a1-\u30fa\u30fc]{2,8})両氏/;

/** An honorific or title right after the surname, or an English "said"/"Mr" context. */
export function hasHonorific(text: string, ns: number, ne: number): boolean {
  if (PAIR_BEFORE_BOTH.test(text.slice(ne, ne + 12))) return true;
  const after = text.charCodeAt(ne) === 32 ? ne + 1 : ne;
  for (const h of HONORIFIC_AFTER) {
    if (!text.startsWith(h, after)) continue;
    if (isAsciiAlnum(h.charCodeAt(0)) && isAsciiAlnum(text.charCodeAt(after + h.length) || 0)) continue;
    return true;
  }
  return startsWithAny(text, ne, EN_AFTER) || endsWithAny(text, ns, EN_BEFORE);
}

/** A Latin surname written with a capital (Wu, Zhang), standing alone: in English the surname names the
 *  person once the full name has appeared; not when it starts a longer name (Wu Bank) or ends one. */
export function capitalised(c: Candidate, text: string): boolean {
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
export function katakanaAlone(c: Candidate, normText: string): boolean {
  return c.key.length >= 2 && isKatakanaWord(c.key) && !COMMON_KATAKANA.has(c.key) && PARTICLE_AFTER.includes(normText[c.ne] ?? '');
}

// Around a Han surname standing alone as a clause's subject (…と見積もっており、梁は述べた): a clause
// boundary before it, a subject particle after it.
const CLAUSE_BEFORE = '、。「」『』()（） \n';
const SUBJECT_AFTER = 'はがも';

/** A Han surname written alone as a clause's subject (、梁は), as Forbes-style Japanese writes a
 *  person named in full before; the caller checks that the full name came first. */
export function hanAlone(c: Candidate, normText: string): boolean {
  if (!/^[\u3400-\u9fff]{1,2}$/.test(c.key) || !SUBJECT_AFTER.includes(normText[c.ne] ?? 'x')) return false;
  return c.ns === 0 || CLAUSE_BEFORE.includes(normText[c.ns - 1]!);
}

// Titles (not honorifics) that, after a surname, say which post the person holds.
export const TITLES = HONORIFIC_AFTER.filter((h) => !['両氏', '氏', 'さん', '様', '君', '先生', '女士'].includes(h));

/** A surname that named its person once (86Researchのチャイは, by the organisation beside it) names
 *  the same person again where it stands alone later in the same way (チャイはいう, Chai said, 柴氏). */
export function repeatedSurnames(cands: Candidate[], accepted: Candidate[], normText: string, text: string): Candidate[] {
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
