// Which pages the reader switched off: site and page keys. Pure (no Dexie), usable anywhere.
import type { Settings } from '../settings';

/** Host name without a leading 'www.'; '' for URLs without a host. */
export function siteKey(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** The page without its fragment (same rule as the content script's). */
export function pageKey(url: string): string {
  const i = url.indexOf('#');
  return i < 0 ? url : url.slice(0, i);
}

/** False when the extension is off, or off for this site (or a parent domain) or this page. */
export function isEnabledFor(s: Settings, url: string): boolean {
  if (!s.enabled) return false;
  const host = siteKey(url);
  if (host && s.disabledSites.some((d) => host === d || host.endsWith('.' + d))) return false;
  return !s.disabledPages.includes(pageKey(url));
}

/** Settings with this site or page switched on or off. */
export function withSiteToggle(s: Settings, scope: 'page' | 'site', url: string, enabled: boolean): Settings {
  const key = scope === 'site' ? siteKey(url) : pageKey(url);
  if (!key) return s;
  if (scope === 'page') {
    const rest = s.disabledPages.filter((x) => x !== key);
    return { ...s, disabledPages: enabled ? rest : [...rest, key] };
  }
  // Switching a site on also lifts a switch-off of its parent domains.
  const rest = s.disabledSites.filter((d) => (enabled ? !(key === d || key.endsWith('.' + d)) : d !== key));
  return { ...s, disabledSites: enabled ? rest : [...rest, key] };
}
