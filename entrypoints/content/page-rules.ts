// Small pure rules for the content script: is the extension off here, which page text to pre-check.
import type { Settings } from '../../utils/messages';

/** Page URL without the fragment (the key for "off on this page"). */
export function pageKey(href: string): string {
  const i = href.indexOf('#');
  return i < 0 ? href : href.slice(0, i);
}

/** True when the reader switched the extension off globally, for this site, or for this page. */
export function isDisabled(s: Pick<Settings, 'enabled' | 'disabledSites' | 'disabledPages'>, href: string): boolean {
  if (!s.enabled) return true;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return false;
  }
  const host = url.hostname.toLowerCase();
  for (const raw of s.disabledSites) {
    const site = siteOf(raw);
    if (site && (host === site || host.endsWith(`.${site}`))) return true;
  }
  const page = pageKey(href);
  return s.disabledPages.some((p) => pageKey(p) === page);
}

/** Accepts 'example.com', 'www.example.com', 'https://example.com/...' as a site entry. */
function siteOf(entry: string): string {
  const e = entry.trim().toLowerCase();
  if (!e) return '';
  try {
    return e.includes('://') ? new URL(e).hostname : e.split('/')[0]!;
  } catch {
    return e;
  }
}

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
