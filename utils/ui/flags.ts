// Flagged figures, their dismissed-flag keys, and whether the reader switched a page or its site
// off. Pure. (Site and page keys: utils/db/sites.ts.)
import { pageKey, siteKey } from '../db/sites';
import type { Figure } from '../analysis/types';

/**
 * Key under which a dismissed check flag is stored (dismissFlag / listDismissed): the same figure
 * text checked against the same fact is the same flag, on any page.
 */
export function flagKey(f: Pick<Figure, 'surface' | 'check'>): string {
  return `${f.check?.factId ?? '-'}|${f.surface}`.slice(0, 600);
}

export function isFlagged(fig: Figure): boolean {
  return fig.check?.status === 'inconsistent';
}

/** Flagged figures that are not dismissed, in text order. */
export function activeFlags(figures: Figure[], isDismissed: (f: Figure) => boolean): Figure[] {
  return figures.filter((f) => isFlagged(f) && !isDismissed(f)).sort((a, b) => a.start - b.start);
}

/** Which switches are off for this URL: its site (or a parent domain) and the page itself. */
export function disabledScopes(url: string, s: { disabledSites: string[]; disabledPages: string[] }): { site: boolean; page: boolean } {
  const site = siteKey(url);
  return {
    site: !!site && s.disabledSites.some((d) => site === d || site.endsWith('.' + d)),
    page: s.disabledPages.includes(pageKey(url)),
  };
}
