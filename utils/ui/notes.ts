// A note for the reader (utils/analysis/notes.ts) in the reader's language: its catalog entry
// `note.<code>` with its values, numbers grouped as the language writes them.
import type { Note } from '../analysis/notes';
import type { Translate, UiLang } from '../i18n';

export function noteText(t: Translate, lang: UiLang, n: Note): string {
  const key = `note.${n.code}` as const; // a code without a catalog entry is a compile error
  const locale = lang === 'ja' ? 'ja-JP' : 'en-US';
  const values = Object.fromEntries(Object.entries(n.values ?? {}).map(([k, v]) => [k, typeof v === 'number' ? v.toLocaleString(locale) : v]));
  return t(key, values);
}
