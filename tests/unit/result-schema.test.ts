// The analysis result's schema (utils/analysis/result-schema.ts), as the protocol parses it after
// Chrome's JSON: a real result passes unchanged, a malformed figure's NaN (null on the wire) comes
// back as NaN, an unknown vocabulary word or a bad span is refused, and a page of 8,000 highlights
// parses quickly (logged, not asserted). The types in utils/analysis/types.ts are inferred from it.
import '../../utils/zod-setup';
import { describe, expect, expectTypeOf, it } from 'vitest';
import * as z from 'zod/mini';
import { loadKbIndex } from '../../scripts/lib/kb-files';
import { analyze } from '../../utils/analysis/analyze';
import { resultSchemas } from '../../utils/analysis/result-schema';
import type { AnalysisResult, Check, Figure } from '../../utils/analysis/types';
import type { CheckCause } from '../../utils/analysis/vocabulary/checks';
import type { Metric } from '../../utils/analysis/vocabulary/metrics';
import type { Unit } from '../../utils/analysis/vocabulary/units';
import { MAX_HIGHLIGHTS, protocol } from '../../utils/messaging/protocol';

const kb = loadKbIndex();
const TEXT =
  'アリババグループは2024年11月15日、2024年7〜9月期の売上高が2365億300万元（約5兆円）だったと発表した。' +
  '純利益は前年同期比63%増。別の資料では1億2345億6,700万元とされた。Qwen3-30B-A3Bも公開した。';
const result = analyze({ text: TEXT, date: '2024-11-16' }, kb);
/** What the receiver gets: Chrome messaging sends JSON. */
const wire = (v: unknown): unknown => JSON.parse(JSON.stringify(v));
const { AnalysisResult: Result } = resultSchemas();
const parse = (v: unknown) => z.safeParse(Result, v);

describe('analysis result schema', () => {
  it('a real result passes after JSON and comes back equal, a malformed value as NaN', () => {
    const malformed = result.figures.find((f) => f.malformed);
    expect(malformed?.value).toBeNaN();
    expect(result.figures.some((f) => f.check)).toBe(true);
    const sent = wire(result) as { figures: Array<{ value: unknown }> };
    expect(sent.figures.some((f) => f.value === null)).toBe(true);
    const got = parse(sent);
    expect(got.success, got.error && z.prettifyError(got.error)).toBe(true);
    expect(got.data).toEqual(result); // toEqual: NaN equals NaN
    expect(parse(result).success).toBe(true); // unserialised (same context): NaN itself passes
  });

  it('a null value on a figure not marked malformed is refused', () => {
    const f = { start: 0, end: 3, surface: '63%', kind: 'percent', value: null, unit: 'percent' };
    expect(parse({ ...wire(result)!, figures: [f] }).success).toBe(false);
    expect(parse({ ...wire(result)!, figures: [{ ...f, malformed: true }] }).success).toBe(true);
  });

  it('an unknown check cause, status or metric is refused (the UI words only known ones)', () => {
    const f = { start: 0, end: 3, surface: '63%', kind: 'percent', value: 63, unit: 'percent' };
    const withFig = (g: object) => parse({ relevant: true, score: 1, reasons: [], entities: [], figures: [g] }).success;
    expect(withFig({ ...f, check: { status: 'inconsistent', cause: 'value' } })).toBe(true);
    expect(withFig({ ...f, check: { status: 'inconsistent', cause: 'typo' } })).toBe(false);
    expect(withFig({ ...f, check: { status: 'maybe' } })).toBe(false);
    expect(withFig({ ...f, metric: 'no_such_metric' })).toBe(false);
    expect(withFig({ ...f, kind: 'weight' })).toBe(false);
  });

  it('a bad span is refused: negative, fractional, missing or ending before it starts', () => {
    const ent = (m: object) =>
      parse({ relevant: true, score: 1, reasons: [], figures: [], entities: [{ id: 'a', name: 'A', type: 'company', mentions: [m] }] }).success;
    expect(ent({ start: 2, end: 5, surface: 'abc' })).toBe(true);
    expect(ent({ start: -1, end: 5, surface: 'abc' })).toBe(false);
    expect(ent({ start: 1.5, end: 5, surface: 'abc' })).toBe(false);
    expect(ent({ end: 5, surface: 'abc' })).toBe(false);
    expect(ent({ start: 5, end: 2, surface: 'abc' })).toBe(false);
  });

  it('the protocol carries the result by this schema', () => {
    const state = { tabId: 1, url: 'https://example.com/', status: 'done', updatedAt: 1, result: wire(result) };
    const got = z.safeParse(protocol().TabState, state);
    expect(got.success).toBe(true);
    expect(got.data?.result).toEqual(result);
  });

  it('the types are inferred from the schema', () => {
    expectTypeOf<AnalysisResult>().toEqualTypeOf<z.output<ReturnType<typeof resultSchemas>['AnalysisResult']>>();
    expectTypeOf<Figure['value']>().toEqualTypeOf<number>();
    expectTypeOf<Figure['metric']>().toEqualTypeOf<Metric | undefined>();
    expectTypeOf<NonNullable<Check['cause']>>().toEqualTypeOf<CheckCause>();
    expectTypeOf<Check['expectedUnit']>().toEqualTypeOf<Unit | undefined>();
  });

  it(`parses a page of ${MAX_HIGHLIGHTS} highlights quickly (timing logged)`, () => {
    const n = MAX_HIGHLIGHTS / 2;
    const figs = result.figures.filter((f) => !f.malformed);
    const mentions = result.entities.flatMap((e) => e.mentions);
    const big = wire({
      ...result,
      figures: Array.from({ length: n }, (_, i) => figs[i % figs.length]!),
      entities: result.entities.map((e, k) => ({ ...e, mentions: k ? e.mentions : Array.from({ length: n }, (_, i) => mentions[i % mentions.length]!) })),
    });
    const bytes = JSON.stringify(big).length;
    /** Median ms of 5 runs after a warm-up. */
    const median = (fn: () => unknown) => {
      fn();
      const times = Array.from({ length: 5 }, () => {
        const t = performance.now();
        fn();
        return performance.now() - t;
      });
      return times.sort((a, b) => a - b)[2]!.toFixed(1);
    };
    expect(parse(big).success).toBe(true);
    const ms = median(() => parse(big));
    const json = median(() => JSON.parse(JSON.stringify(big))); // what messaging itself costs
    console.log(`result schema: ${n} figures + ${n} mentions (${(bytes / 1e6).toFixed(1)} MB JSON): jitless parse ${ms} ms (JSON round trip ${json} ms)`);
  });
});
