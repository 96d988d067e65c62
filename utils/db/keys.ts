// Lookup keys for names: the analysis core's normalizeKey (widths, case, ・ inside names, spaces),
// so a name found on a page and the same name typed by the reader land on the same key.
import { createHash } from '../analysis/kb/hash';
import type { Entity } from '../analysis/kb/types';
import { normalizeKey } from '../analysis/text/normalize';
import { tickerForms } from '../analysis/kb/tickers';

export function aliasKey(text: string): string {
  return normalizeKey(text);
}

// Strings on which key functions tend to differ; their keys fingerprint the function's behaviour.
const PROBES = [
  'エディ・ウー',
  'ｴﾃﾞｨ･ｳｰ',
  'ＢＡＢＡ',
  'Eddie  Wu',
  'Qwen-3',
  'Qwen・3',
  'TTG（トヨタグループ）',
  'ア－ル',
  '～',
  'Ⅲ',
  '①',
  '阿里巴巴集團',
  '\u200bX',
];

/**
 * Fingerprint of aliasKey's behaviour. Stored with the KB: when an extension update changes how keys
 * are computed, the stored keys are recomputed even if the KB data did not change.
 */
export const KEY_VERSION = createHash(PROBES.map(aliasKey).join('\u0000'));

/** Every key an entity can be found by: names, aliases, reading, tickers (with and without exchange, with its suffix). */
export function entityKeys(e: Entity): string[] {
  const out = new Set<string>();
  const add = (s: string | undefined) => {
    const k = s ? aliasKey(s) : '';
    if (k) out.add(k);
  };
  for (const list of Object.values(e.names)) for (const n of list ?? []) add(n);
  for (const a of e.aliases ?? []) add(a.text);
  add(e.reading);
  for (const t of e.tickers ?? []) {
    add(t);
    for (const f of tickerForms(t)) add(f);
  }
  return [...out];
}
