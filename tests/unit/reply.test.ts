import { describe, expect, it } from 'vitest';
import { pageView, replyFor } from '../../entrypoints/background/reply';
import { flagKey } from '../../utils/ui/flags';
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

const NO_LAYER = { watched: [], dismissed: [] };

describe('replyFor', () => {
  it('keeps every item under the cap, without what only the side panel uses', () => {
    const { reply, note } = replyFor(page(10), NO_LAYER, 0, 100);
    expect(note).toBeUndefined();
    expect(reply.entities[0]!.mentions.map((m) => [m.start, m.end])).toEqual(page(10).entities[0]!.mentions.map((m) => [m.start, m.end]));
    expect(reply.figures).toHaveLength(10);
    expect(reply.figures[0]!.via).toBeUndefined();
    expect(reply.figures[0]!.surface).toBe('63%増');
    expect(reply.text).toBeUndefined();
  });

  it('keeps the first `max` items in document order, with a note', () => {
    const { reply, note } = replyFor(page(100), NO_LAYER, 0, 50);
    const starts = [...reply.entities[0]!.mentions.map((m) => m.start), ...reply.figures.map((f) => f.start)].sort((a, b) => a - b);
    expect(starts).toHaveLength(50);
    expect(starts.at(-1)).toBe(245);
    expect(note).toEqual({ code: 'highlightFirst', values: { shown: 50, total: 200 } });
  });

  it('keeps the items around where the reader is', () => {
    const { reply, note } = replyFor(page(100), NO_LAYER, 600, 40);
    const starts = [...reply.entities[0]!.mentions.map((m) => m.start), ...reply.figures.map((f) => f.start)].sort((a, b) => a - b);
    expect(starts).toHaveLength(40);
    expect(starts[0]).toBeLessThan(600);
    expect(starts.at(-1)).toBeGreaterThan(600);
    expect(note).toEqual({ code: 'highlightAround', values: { shown: 40, total: 200 } });
  });

  it('sends nothing to paint when the budget is spent', () => {
    const { reply, note } = replyFor(page(3), NO_LAYER, 0, 0);
    expect(reply.figures).toEqual([]);
    expect(reply.entities[0]!.mentions).toEqual([]);
    expect(note).toEqual({ code: 'highlightLimit', values: { more: 6 } });
  });
});

describe("the page's part of the reader's layer", () => {
  const r = page(2);
  const flagged = { ...r.figures[0]!, check: { status: 'inconsistent' as const, factId: 'plan' } };
  const result = { ...r, figures: [flagged, r.figures[1]!], readings: { 'eddie-wu': 'ゴ・エイメイ' } };
  const layer = { watched: ['alibaba', 'tencent'], dismissed: [flagKey(flagged), 'other|3,800億ドル'] };

  it('goes with each reply: only the entities and flags of this page', () => {
    const { reply } = replyFor(result, layer);
    expect(reply.watched).toEqual(['alibaba']);
    expect(reply.dismissed).toEqual([flagKey(flagged)]);
  });

  it('and with each change, with the readings the tokenizer added', () => {
    expect(pageView(result, layer)).toEqual({ watched: ['alibaba'], dismissed: [flagKey(flagged)], readings: { 'eddie-wu': 'ゴ・エイメイ' } });
    expect(pageView({ ...r, entities: [] }, layer)).toEqual({ watched: [], dismissed: [], readings: {} });
  });
});
