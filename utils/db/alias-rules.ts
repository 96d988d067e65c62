// Which names the reader may add for an entity. An own alias is matched on every page, so one that
// is also an ordinary word ("の", "a", "から") would highlight text all over every page. Pure.
import type { ImportRefusal } from './import-rules';
import { aliasKey } from './keys';

const MIN_ALIAS_CHARS = 2;
const MAX_ALIAS_CHARS = 100;

const CONTROL = /[\p{Cc}\u2028\u2029]/u;
const LETTER = /\p{L}/u;
const HIRAGANA_ONLY = /^[\p{Script=Hiragana}ー・\s]+$/u;

/**
 * Why `text` cannot be an own alias, or null when it can. The rules, on the name as matched
 * (widths, case and ・ folded):
 * - at least 2 and at most 100 characters;
 * - a letter in it, unless it is 4 characters or longer (a ticker such as 9988);
 * - not hiragana only: such a name would match ordinary words;
 * - no control characters or line breaks.
 */
export function aliasProblem(text: string): ImportRefusal | null {
  if (CONTROL.test(text)) return 'aliasControl';
  const key = aliasKey(text.trim());
  const chars = [...key].length;
  if (chars < MIN_ALIAS_CHARS) return 'aliasShort';
  if (chars > MAX_ALIAS_CHARS) return 'aliasLong';
  if (!LETTER.test(key) && chars < 4) return 'aliasNoLetter';
  if (HIRAGANA_ONLY.test(key)) return 'aliasKana';
  return null;
}
