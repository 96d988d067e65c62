// A katakana name spelt a little differently from the KB's spelling: a long vowel mark more or less
// (コヒア / コーヒア), a voiced sound for an unvoiced one (ネットイーズ / ネットイース), a small vowel written
// large (ウイチャット / ウィチャット). Transliterations of one foreign name vary so; a whole katakana word
// that equals a KB katakana name once these are ignored is that name, on this page. Only a word of its
// own (the run of katakana between other scripts), only a name no other entity folds to, only names of
// four or more kana (three or more once folded), and never an ambiguous alias or a surname.
import type { PreparedKb } from '../prepared-kb';
import type { ExtraAlias } from '../match/matcher';
import type { Candidate } from './candidates';
import { isKatakana } from './chars';
import { foldHan } from '../match/han-fold';

// A KB name of four or more kana that folds to three or more.
const MIN_NAME = 4;
const MIN_FOLDED = 3;
// Small kana → large; voiced and semi-voiced → unvoiced (ヴ → ウ).
const SMALL = 'ァアィイゥウェエォオッツャヤュユョヨヮワヵカヶケ';
const VOICED = 'ガカギキグクゲケゴコザサジシズスゼセゾソダタヂチヅツデテドトバハビヒブフベヘボホパハピヒプフペヘポホヴウ';
const FOLD = new Map<string, string>();
for (const pairs of [SMALL, VOICED]) for (let i = 0; i + 1 < pairs.length; i += 2) FOLD.set(pairs[i]!, pairs[i + 1]!);

/** The folded form of a katakana word: no long vowel marks or dots, large unvoiced kana. */
export function looseKana(s: string): string {
  let out = '';
  for (const ch of s) if (ch !== 'ー' && ch !== '・') out += FOLD.get(ch) ?? ch;
  return out;
}

const KATAKANA_NAME = /^[\u30a1-\u30fa\u30fc・]+$/;

/** Folded katakana names → entity (null when two entities fold to one form). */
function index(kb: PreparedKb): Map<string, string | null> {
  const m = kb.looseKatakana;
  if (m.size) return m;
  const put = (t: string, id: string) => {
    if (!KATAKANA_NAME.test(t)) return;
    const k = looseKana(t);
    if (t.length < MIN_NAME || k.length < MIN_FOLDED) return;
    const cur = m.get(k);
    m.set(k, cur === undefined || cur === id ? id : null);
  };
  for (const e of kb.entities.values()) {
    if (e.type === 'metric') continue;
    for (const t of e.names.ja ?? []) put(t, e.id);
    for (const a of e.aliases ?? []) if (!a.ambiguous && a.kind !== 'surname') put(a.text, e.id);
  }
  m.set('', null); // built
  return m;
}

/** Page-local aliases: whole katakana words no mention covers that fold to one KB katakana name. */
export function looseKatakanaAliases(normText: string, sel: Candidate[], kb: PreparedKb): ExtraAlias[] {
  const idx = index(kb);
  const out = new Map<string, string>();
  const covered = (a: number, b: number) => sel.some((c) => c.ns < b && a < c.ne);
  for (let i = 0; i < normText.length;) {
    if (!isKatakana(normText.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i;
    while (j < normText.length && isKatakana(normText.charCodeAt(j))) j++;
    const word = normText.slice(i, j);
    const id = covered(i, j) ? undefined : idx.get(looseKana(word));
    if (id && !kb.aliasIndex.has(foldHan(word))) out.set(word, id);
    i = j;
  }
  return [...out].map(([text, entityId]) => ({ text, entityId }));
}
