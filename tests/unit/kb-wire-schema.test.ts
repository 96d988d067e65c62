// The KB records and chart series as the protocol parses them on receipt (getCard, getEntityCard,
// getSeries): a real card and a real series pass after Chrome's JSON and come back equal; an entity,
// a card fact or a series that is malformed (a wrong field type, an unknown word, a hostile link, a
// stray key) is refused. Their types are inferred from the schemas (kb/types.ts, ui/series.ts).
import '../../utils/zod-setup';
import { describe, expect, expectTypeOf, it } from 'vitest';
import * as z from 'zod/mini';
import { seriesFor } from '../../entrypoints/background/series';
import { loadKbIndex } from '../../scripts/lib/kb-files';
import type { Entity, Fact, Source } from '../../utils/analysis/kb/types';
import type { Metric } from '../../utils/analysis/vocabulary/metrics';
import { kbCard } from '../../utils/db/card';
import { protocol } from '../../utils/messaging/protocol';
import type { Series } from '../../utils/ui/series';

const kb = loadKbIndex();
const wire = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
const cardOut = () => protocol().background.getCard.output;
const seriesOut = () => protocol().background.getSeries.output;
const card = kbCard(kb, 'alibaba', 'en')!;
const series = seriesFor(kb, { subject: 'alibaba', metric: 'revenue', span: 'quarter' })!;

const entity: Entity = { id: 'acme', type: 'company', names: { en: ['Acme'] }, description: { ja: 'ア', en: 'A' }, status: 'verified', sources: ['S1'] };
const source: Source = { id: 'S1', url: 'https://example.com/ir', publisher: 'Acme', date: '2025-05-15' };
const fact: Fact = { id: 'acme-rev', subject: 'acme', metric: 'revenue', value: 5e9, unit: 'USD', source: 'S1', status: 'verified' };
const withCard = (e: object, facts: object[] = []) => z.safeParse(cardOut(), { entity: e, relations: [], facts }).success;
const point = { factId: 'acme-rev', start: '2025-01-01', end: '2025-03-31', value: 5e9, unit: 'USD', shown: 5e9, status: 'verified' };
const withSeries = (s: object) => z.safeParse(seriesOut(), [s]).success;
const good = { subject: 'acme', metric: 'revenue', span: 'quarter', unit: 'USD', points: [point] };

describe('KB card and series on the wire', () => {
  it('a real card and a real series pass after JSON and come back equal', () => {
    expect(card.facts.length).toBeGreaterThan(0);
    expect(card.facts.some((f) => f.sourceInfo)).toBe(true);
    const got = z.safeParse(cardOut(), wire(card));
    expect(got.success, got.error && z.prettifyError(got.error)).toBe(true);
    expect(got.data).toEqual(wire(card));
    expect(series.points.length).toBeGreaterThan(1);
    const s = z.safeParse(seriesOut(), wire([series, null]));
    expect(s.success, s.error && z.prettifyError(s.error)).toBe(true);
    expect(s.data).toEqual([series, null]);
  });

  it('a malformed entity is refused', () => {
    expect(withCard(entity)).toBe(true);
    expect(withCard({ ...entity, names: 'Acme' })).toBe(false);
    expect(withCard({ ...entity, names: { en: [] } })).toBe(false);
    expect(withCard({ ...entity, type: 'planet' })).toBe(false);
    expect(withCard({ ...entity, id: 'a b' })).toBe(false);
    expect(withCard({ ...entity, secret: 1 })).toBe(false);
    const { description: _d, ...noDescription } = entity;
    expect(withCard(noDescription)).toBe(false);
  });

  it('a malformed card fact or its source is refused', () => {
    expect(withCard(entity, [{ ...fact, sourceInfo: source }])).toBe(true);
    expect(withCard(entity, [{ ...fact, value: '5e9' }])).toBe(false);
    expect(withCard(entity, [{ ...fact, metric: 'no_such_metric' }])).toBe(false);
    expect(withCard(entity, [{ ...fact, unit: 'bananas' }])).toBe(false);
    expect(withCard(entity, [{ ...fact, period: { start: 'Q1', end: '2025-03-31' } }])).toBe(false);
    expect(withCard(entity, [{ ...fact, sourceInfo: { ...source, url: 'javascript:alert(1)' } }])).toBe(false);
  });

  it('a malformed series is refused', () => {
    expect(withSeries(good)).toBe(true);
    expect(withSeries({ ...good, points: 'none' })).toBe(false);
    expect(withSeries({ ...good, span: 'month' })).toBe(false);
    expect(withSeries({ ...good, metric: 'no_such_metric' })).toBe(false);
    expect(withSeries({ ...good, points: [{ ...point, shown: null }] })).toBe(false); // NaN after JSON
    expect(withSeries({ ...good, points: [{ ...point, status: 'rumour' }] })).toBe(false);
    expect(withSeries({ ...good, points: [{ ...point, source: { publisher: 'X', date: '2025', url: 'data:text/html,x' } }] })).toBe(false);
  });

  it('the types are the schemas’ own', () => {
    expectTypeOf<Fact['metric']>().toEqualTypeOf<Metric>();
    expectTypeOf<Series['points'][number]['status']>().toEqualTypeOf<Fact['status']>();
    expectTypeOf<z.output<ReturnType<typeof cardOut>>>().toEqualTypeOf<ReturnType<typeof kbCard>>();
  });
});
