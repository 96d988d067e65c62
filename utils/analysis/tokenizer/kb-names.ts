// Every name the KB knows, as compare keys (see nameKey); built once per KB (PreparedKb). Pure.
import type { PreparedKb } from '../prepared-kb';
import { nameKey } from './script';

export function computeNameKeys(kb: PreparedKb): Set<string> {
  const keys = new Set<string>();
  for (const e of kb.entities.values()) {
    for (const list of Object.values(e.names)) for (const n of list ?? []) keys.add(nameKey(n));
    for (const a of e.aliases ?? []) keys.add(nameKey(a.text));
    if (e.reading) keys.add(nameKey(e.reading));
  }
  keys.delete('');
  return keys;
}

/** Generic tails that do not make a new name (ソフトバンクグループ is still ソフトバンク's group). */
const GENERIC_TAILS = ['グループ', 'ホールディングス', '集団', '集团', '集團', 'group', 'holdings'];

/** True when the KB knows this surface, also without a generic tail. */
export function knownToKb(surface: string, keys: Set<string>): boolean {
  const k = nameKey(surface);
  if (keys.has(k)) return true;
  for (const tail of GENERIC_TAILS) {
    if (k.length > tail.length && k.endsWith(tail) && keys.has(k.slice(0, -tail.length))) return true;
  }
  return false;
}

/** KB names and aliases as written (2+ chars), for finding them in the raw text. */
export function computeRawNames(kb: PreparedKb): string[] {
  const set = new Set<string>();
  for (const e of kb.entities.values()) {
    for (const list of Object.values(e.names)) for (const n of list ?? []) set.add(n);
    for (const a of e.aliases ?? []) set.add(a.text);
  }
  return [...set].filter((n) => n.length >= 2);
}

/** KB names longer than `part` that contain it (通義 → 通義千問). */
export function namesContaining(part: string, names: string[]): string[] {
  return names.filter((n) => n.length > part.length && n.includes(part));
}

/** True when text[start, end) lies inside an occurrence of one of `longer` (from namesContaining). */
export function insideKbName(text: string, start: number, end: number, longer: string[]): boolean {
  for (const n of longer) {
    for (let i = text.indexOf(n, Math.max(0, end - n.length)); i >= 0 && i <= start; i = text.indexOf(n, i + 1)) {
      if (i + n.length >= end) return true;
    }
  }
  return false;
}
