import { describe, expect, it } from 'vitest';
import { replyFor } from '../../entrypoints/background/reply';
import type { AnalysisResult, Figure } from '../../utils/analysis/types';

function page(n: number): AnalysisResult {
  const mentions = Array.from({ length: n }, (_, i) => ({ start: i * 10, end: i * 10 + 4, surface: 'アリババ' }));
  const figures: Figure[] = Array.from({ length: n }, (_, i) => ({
    start: i * 10 + 5,
    end: i * 10 + 9,
    surface: '63%増',
    kind: 'percent',
    value: 63,
    unit: '%',
    via: { subject: 'sentence' },
  }));
  return { relevant: true, score: 1, reasons: ['r'], text: 'x', entities: [{ id: 'alibaba', name: 'アリババ', type: 'company', mentions }], figures };
}

describe('replyFor', () => {
  it('keeps every item under the cap, without what only the side panel uses', () => {
    const { reply, note } = replyFor(page(10), 0, 100);
    expect(note).toBeUndefined();
    expect(reply.entities[0]!.mentions.map((m) => [m.start, m.end])).toEqual(page(10).entities[0]!.mentions.map((m) => [m.start, m.end]));
    expect(reply.figures).toHaveLength(10);
    expect(reply.figures[0]!.via).toBeUndefined();
    expect(reply.figures[0]!.surface).toBe('63%増');
    expect(reply.text).toBeUndefined();
  });

  it('keeps the first `max` items in document order, with a note', () => {
    const { reply, note } = replyFor(page(100), 0, 50);
    const starts = [...reply.entities[0]!.mentions.map((m) => m.start), ...reply.figures.map((f) => f.start)].sort((a, b) => a - b);
    expect(starts).toHaveLength(50);
    expect(starts.at(-1)).toBe(245);
    expect(note).toBe('Many mentions: highlighted the first 50 of 200.');
  });

  it('keeps the items around where the reader is', () => {
    const { reply, note } = replyFor(page(100), 600, 40);
    const starts = [...reply.entities[0]!.mentions.map((m) => m.start), ...reply.figures.map((f) => f.start)].sort((a, b) => a - b);
    expect(starts).toHaveLength(40);
    expect(starts[0]).toBeLessThan(600);
    expect(starts.at(-1)).toBeGreaterThan(600);
    expect(note).toMatch(/highlighted 40 of 200, around where you were reading/);
  });

  it('sends nothing to paint when the budget is spent', () => {
    const { reply, note } = replyFor(page(3), 0, 0);
    expect(reply.figures).toEqual([]);
    expect(reply.entities[0]!.mentions).toEqual([]);
    expect(note).toBe('Many mentions: highlight limit reached; 6 more not highlighted.');
  });
});
