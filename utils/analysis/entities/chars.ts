// Character tests on ORIGINAL text (full-width forms, zero-width chars) and on normalised text.
import { isInvisible, isKatakana } from '../text/normalize';

export { isKatakana };

/** Zero-width chars, soft hyphen, bidi marks: the same set normalize removes. */
function isIgnorable(c: number): boolean {
  return isInvisible(c);
}

export function isDigitChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);
}

/** Latin letter or digit, ASCII or full-width, or a Latin letter with diacritics. */
export function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
  if (c >= 0xff10 && c <= 0xff19) return true;
  if ((c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a)) return true;
  return c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7;
}

export function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

function isLowerLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0xff41 && c <= 0xff5a);
}

/** Index of the nearest non-ignorable char before index i, or -1. */
export function prevIndex(s: string, i: number): number {
  for (let j = i - 1; j >= 0; j--) if (!isIgnorable(s.charCodeAt(j))) return j;
  return -1;
}

/** Index of the nearest non-ignorable char at or after index i, or s.length. */
export function nextIndex(s: string, i: number): number {
  for (let j = i; j < s.length; j++) if (!isIgnorable(s.charCodeAt(j))) return j;
  return s.length;
}

export function codeAt(s: string, i: number): number {
  return i >= 0 && i < s.length ? s.charCodeAt(i) : -1;
}

/** True when every Latin letter of s is upper case (ASCII or full-width). */
export function allLettersUpper(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isLowerLetter(s.charCodeAt(i))) return false;
  return true;
}

/** Entirely katakana (with ー). */
export function isKatakanaWord(s: string): boolean {
  if (!s) return false;
  for (let i = 0; i < s.length; i++) if (!isKatakana(s.charCodeAt(i))) return false;
  return true;
}
