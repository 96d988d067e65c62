// Flagged figures and page/site keys of a URL. Pure. (Dismissed-flag keys: components/card/flag-key.ts.)
import type { Figure } from '../types';

/** The page a URL is on: without the fragment. */
export function pageKey(url: string): string {
  const i = url.indexOf('#');
  return i < 0 ? url : url.slice(0, i);
}

/** The site of a URL: its hostname without a leading "www."; '' when it is not a URL. */
export function siteKey(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

export function isFlagged(fig: Figure): boolean {
  return fig.check?.status === 'inconsistent';
}

/** Flagged figures that are not dismissed, in text order. */
export function activeFlags(figures: Figure[], isDismissed: (f: Figure) => boolean): Figure[] {
  return figures.filter((f) => isFlagged(f) && !isDismissed(f)).sort((a, b) => a.start - b.start);
}

/** Whether settings disable this page or its site. */
export function disabledScopes(url: string, s: { disabledSites: string[]; disabledPages: string[] }): { site: boolean; page: boolean } {
  const site = siteKey(url);
  const page = pageKey(url);
  return {
    site: !!site && s.disabledSites.some((d) => d === site || site.endsWith('.' + d) || d === 'www.' + site),
    page: s.disabledPages.some((p) => pageKey(p) === page),
  };
}
