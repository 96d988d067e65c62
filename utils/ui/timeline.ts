// The side panel's timeline: the dated events the analysis reports (result.timeline, produced by the
// analysis core), oldest first, each with its KB fact when the panel has loaded it. Pure.
import type { Fact, Source } from '../analysis/kb/types';
import type { TimelineEvent } from '../analysis/types';

export interface TimelineItem extends TimelineEvent {
  /** 'text': the article states this date; 'kb': a dated KB fact. */
  origin: 'text' | 'kb';
  /** For KB facts, when known: the fact itself, so the view can format its value. */
  fact?: Fact & { sourceInfo?: Source };
}

export function timelineItems(events: TimelineEvent[], factOf: (e: TimelineEvent) => (Fact & { sourceInfo?: Source }) | undefined): TimelineItem[] {
  return events
    .map((e): TimelineItem => ({ ...e, origin: e.fromText ? 'text' : 'kb', fact: factOf(e) }))
    .sort((a, b) => a.date.localeCompare(b.date) || (a.origin === b.origin ? 0 : a.origin === 'text' ? -1 : 1));
}
