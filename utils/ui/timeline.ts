// The side panel's timeline: dated facts and events the article touches, derived from the
// article's date/period figures and the dated KB facts of its entities. Pure.
import type { Fact, Period, Source } from '../analysis/kb/types';
import type { AnalysisResult } from '../analysis/types';

export interface TimelineItem {
  date: string; // ISO date or YYYY-MM
  label: string;
  factId?: string;
  entityId?: string;
  /** When the article itself states the date. */
  fromText?: { start: number; end: number };
  /** 'text': the article states this date; 'kb': a dated KB fact. */
  origin: 'text' | 'kb';
  /** For the article's periods (a quarter, 今後3年間): the whole period. */
  period?: Period;
  /** For KB facts, when known: the fact itself, so the view can format its value. */
  fact?: Fact & { sourceInfo?: Source };
}

function isoDay(ms: number): string | null {
  const d = new Date(ms);
  return isNaN(d.getTime()) ? null : d.toISOString().slice(0, 10);
}

/** The date a fact is placed at: its announcement date, else the end of its period. */
function factDate(f: Fact): string | undefined {
  return f.asOf ?? f.period?.end;
}

/**
 * @param facts dated KB facts of the article's entities (e.g. from their cards), most salient first
 * @param maxFacts cap on KB facts not referenced by a figure check
 * KB facts kept: those the article's figures were checked against, and those about the same
 * subject and metric as one of its figures (the article touches them); not the whole KB.
 */
export function buildTimeline(result: AnalysisResult, facts: Fact[], maxFacts = 12): TimelineItem[] {
  const items: TimelineItem[] = [];
  const seenText = new Set<string>();
  for (const f of result.figures) {
    if (f.kind !== 'date' && f.kind !== 'period') continue;
    const date = f.period?.start ?? isoDay(f.value);
    if (!date) continue;
    const key = date + '|' + f.surface;
    if (seenText.has(key)) continue;
    seenText.add(key);
    const period = f.period && f.period.start !== f.period.end ? f.period : undefined;
    items.push({ date, label: f.surface, entityId: f.subject, fromText: { start: f.start, end: f.end }, origin: 'text', ...(period ? { period } : {}) });
  }
  const checked = new Set(result.figures.map((f) => f.check?.factId).filter((x): x is string => !!x));
  const touched = new Set(result.figures.filter((f) => f.subject && f.metric).map((f) => f.subject + '|' + f.metric));
  // The same value restated on the same day by several sources shows once.
  const seenFact = new Set<string>();
  const same = (f: Fact, date: string) => [date, f.subject, f.metric, f.value, f.unit].join('|');
  let extra = 0;
  // Facts the article's figures were checked against come first, then the rest up to the cap.
  const ordered = [...facts.filter((f) => checked.has(f.id)), ...facts.filter((f) => !checked.has(f.id) && touched.has(f.subject + '|' + f.metric))];
  for (const fact of ordered) {
    const date = factDate(fact);
    if (!date || seenFact.has(fact.id) || seenFact.has(same(fact, date))) continue;
    if (!checked.has(fact.id)) {
      if (extra >= maxFacts) continue;
      extra++;
    }
    seenFact.add(fact.id);
    seenFact.add(same(fact, date));
    items.push({ date, label: fact.metric, factId: fact.id, entityId: fact.subject, origin: 'kb', fact });
  }
  return sortItems(items);
}

function sortItems(items: TimelineItem[]): TimelineItem[] {
  return items.sort((a, b) => a.date.localeCompare(b.date) || (a.origin === b.origin ? 0 : a.origin === 'text' ? -1 : 1));
}
