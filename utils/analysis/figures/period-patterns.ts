// The grammar of dates and periods in JA / ZH / EN (normalised text): the pattern tables (dated and
// year-less Japanese and Chinese, then English; a few Japanese words first), indexed by the character a match can start with;
// matchTime returns the first that fits. Pure.
import type { TimeMatch } from './periods';
import { type Pattern, yearAt } from './period-grammar';
import { DATED_PATTERNS } from './period-patterns-dated';
import { ENGLISH_PATTERNS } from './period-patterns-en';
import { ERA_FIRST, eraYearAt, JAPANESE_PATTERNS } from './period-patterns-ja';
import { YEARLESS_PATTERNS } from './period-patterns-yearless';

const PATTERNS: Pattern[] = [...JAPANESE_PATTERNS, ...DATED_PATTERNS, ...YEARLESS_PATTERNS, ...ENGLISH_PATTERNS];

const BY_FIRST = new Map<string, Pattern[]>();
for (const p of PATTERNS) {
  for (const ch of p.first === '0' ? '0123456789' : p.first.includes('0') ? p.first.replace('0', '0123456789') : p.first) {
    const list = BY_FIRST.get(ch) ?? [];
    list.push(p);
    BY_FIRST.set(ch, list);
  }
}

/** Every character a date or period can start with. */
export function timeStartChars(): string[] {
  return [...BY_FIRST.keys(), ...ERA_FIRST];
}

/** Can a date or period start at i? (cheap pre-check) */
export function timeCanStart(s: string, i: number): boolean {
  return BY_FIRST.has(s[i] ?? '') || ERA_FIRST.includes(s[i] ?? '');
}

/** The date or period starting at i of normalised text s (the first pattern that fits; an era year,
 *  平成29年3月期, is read as the Western year it names). */
export function matchTime(s: string, i: number): TimeMatch | null {
  const era = ERA_FIRST.includes(s[i] ?? '') ? eraYearAt(s, i) : undefined;
  if (era) {
    const w = era.western + s.slice(i + era.length, i + era.length + 80);
    const m = matchTime(w, 0);
    return m ? { ...m, end: i + era.length + (m.end - era.western.length) } : null;
  }
  const list = BY_FIRST.get(s[i] ?? '');
  if (!list) return null;
  const year = yearAt(s, i);
  for (const p of list) {
    if (p.year && !year) continue;
    p.re.lastIndex = i;
    const r = p.re.exec(s);
    if (!r) continue;
    const m = p.build(r);
    if (m) return { ...m, end: i + r[0].length };
  }
  return null;
}
