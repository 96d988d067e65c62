// Hostile text made without a test framework: for the linearity benchmark and the property tests'
// smoke guards (tests/unit/support/adversarial.ts re-exports these).
import type { PreparedKb } from '../../utils/analysis/prepared-kb';

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** True when offset i falls between the two halves of a surrogate pair. */
export function splitsPair(text: string, i: number): boolean {
  return i > 0 && i < text.length && isHigh(text.charCodeAt(i - 1)) && isLow(text.charCodeAt(i));
}

/** Every name, alias and ticker symbol of the KB (what the matcher looks for). */
export function kbNames(kb: PreparedKb): string[] {
  const out = new Set<string>();
  for (const e of kb.entities.values()) {
    for (const list of Object.values(e.names)) for (const n of list ?? []) out.add(n);
    for (const a of e.aliases ?? []) out.add(a.text);
    for (const t of e.tickers ?? []) out.add(t.slice(t.indexOf(':') + 1));
  }
  return [...out];
}

/** Repeats a unit up to exactly n UTF-16 units (without ending on half a surrogate pair). */
export function repeatTo(unit: string, n: number): string {
  const s = unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
  return isHigh(s.charCodeAt(s.length - 1)) ? s.slice(0, -1) : s;
}

/** About n UTF-16 units of the hostile mix, made without fast-check (for big smoke inputs). */
export function hostileMix(n: number, names: string[]): string {
  const parts = [
    'ア\u200bリババ',
    '9'.repeat(300),
    '億億億',
    '兆兆',
    '\u202eアリババ\u200f',
    '３，８００億元',
    '前年同期比63%増',
    '\ud800',
    '\udc00x',
    'a\u0301\u0308',
    'Qwen3',
    'BABA9988',
    '1.5兆パラメータ',
    '2025年7-9月期',
    'ｱﾘﾊﾞﾊﾞ',
    'عربي',
    '😀',
    ' ',
    '。',
    'a'.repeat(500),
    '・'.repeat(50),
    '一二三四五六七八九十百千万億兆',
    ...names.slice(0, 40),
  ];
  let out = '';
  let seed = 7;
  while (out.length < n) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; // fixed pseudo-random order: same text every run
    out += parts[(seed >>> 8) % parts.length]!;
  }
  return out.slice(0, n);
}
