// Key under which a dismissed check flag is stored (bg.dismissFlag / listDismissed).
// Same figure text checked against the same fact = same flag, on any page.
import type { Figure } from '../../utils/analysis/types';

export function flagKey(f: Pick<Figure, 'surface' | 'check'>): string {
  return `${f.check?.factId ?? '-'}|${f.surface}`.slice(0, 600);
}
