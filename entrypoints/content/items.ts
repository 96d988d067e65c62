// Turns an analysis result into the list of things to highlight, filtered by the reader's settings.
import type { AnalysisResult, Figure } from '../../utils/analysis/types';
import type { Category, PageSettings } from '../../utils/settings';
import { flagKey } from '../../utils/ui/flags';

export type HlKind = 'entity' | 'watched' | 'money' | 'percent' | 'count' | 'date' | 'bad';

export interface Item {
  kind: HlKind;
  /** Offsets local to the chunk's text. */
  start: number;
  end: number;
  entityId?: string;
  figure?: Figure;
}

function figureCategory(f: Figure): Exclude<Category, 'entities'> {
  switch (f.kind) {
    case 'money':
    case 'rate':
      return 'money';
    case 'percent':
      return 'percent';
    case 'count':
      return 'count';
    default:
      return 'date';
  }
}

/** Inconsistent checks the reader has not dismissed are painted as 'bad'. */
export function figureKind(f: Figure, dismissed: Set<string>): HlKind {
  if (f.check?.status === 'inconsistent' && !dismissed.has(flagKey(f))) return 'bad';
  return figureCategory(f);
}

export function itemsFor(
  result: AnalysisResult,
  settings: Pick<PageSettings, 'categories'>,
  watched: Set<string>,
  dismissed: Set<string>,
  textLength: number,
): Item[] {
  const items: Item[] = [];
  const ok = (s: number, e: number) => Number.isInteger(s) && Number.isInteger(e) && s >= 0 && e > s && e <= textLength;
  if (settings.categories.entities) {
    for (const ent of result.entities ?? []) {
      const kind: HlKind = watched.has(ent.id) ? 'watched' : 'entity';
      for (const m of ent.mentions ?? []) if (ok(m.start, m.end)) items.push({ kind, start: m.start, end: m.end, entityId: ent.id });
    }
  }
  for (const f of result.figures ?? []) {
    if (!settings.categories[figureCategory(f)] || !ok(f.start, f.end)) continue;
    items.push({ kind: figureKind(f, dismissed), start: f.start, end: f.end, figure: f });
  }
  items.sort((a, b) => a.start - b.start || b.end - a.end);
  return items;
}
