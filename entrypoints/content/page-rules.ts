// Small pure rules for the content script. (Whether it is off here: utils/db/sites.ts, shared with
// the background.)
import type { Settings } from '../../utils/messaging/protocol';

/** The page's language tag, if it declares one. */
export function pageLang(doc: Document): string | undefined {
  const l = doc.documentElement.getAttribute('lang')?.trim().toLowerCase();
  if (!l) return undefined;
  return l.slice(0, 16);
}

/** Lightly validates settings pushed by the background before using them. */
export function looksLikeSettings(x: unknown): x is Settings {
  const s = x as Settings;
  return (
    !!s &&
    typeof s === 'object' &&
    typeof s.enabled === 'boolean' &&
    Array.isArray(s.disabledSites) &&
    Array.isArray(s.disabledPages) &&
    !!s.categories &&
    typeof s.categories === 'object' &&
    typeof s.hoverDelayMs === 'number'
  );
}
