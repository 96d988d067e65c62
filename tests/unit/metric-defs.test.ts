import { describe, expect, it } from 'vitest';
import { METRICS, METRIC_DEFS } from '../../utils/analysis/vocabulary/metrics';
import { MARKET_METRIC_DEFS } from '../../utils/analysis/vocabulary/metric-defs-market';
import { RESULT_METRIC_DEFS } from '../../utils/analysis/vocabulary/metric-defs-results';
import { SPENDING_METRIC_DEFS } from '../../utils/analysis/vocabulary/metric-defs-spending';

describe('the metrics table in parts', () => {
  const parts = { results: RESULT_METRIC_DEFS, spending: SPENDING_METRIC_DEFS, market: MARKET_METRIC_DEFS };
  it('defines every metric once, in one part only', () => {
    const keys = Object.values(parts).flatMap((p) => Object.keys(p));
    expect(new Set(keys).size).toBe(keys.length);
    expect([...keys].sort()).toEqual([...METRICS].sort());
  });
  it('keeps each family in one part', () => {
    const home = new Map<string, string>();
    for (const [name, p] of Object.entries(parts))
      for (const d of Object.values(p) as Array<{ family: string }>) {
        expect(home.get(d.family) ?? name).toBe(name);
        home.set(d.family, name);
      }
  });
  it('is the union of its parts', () => {
    for (const m of METRICS) expect(METRIC_DEFS[m].label.en.length).toBeGreaterThan(0);
  });
});
