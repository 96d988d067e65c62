// kb/fx/h10-monthly.jsonl is what scripts/fx-h10.ts makes of the Fed H.10 month averages in
// ../shared/data (read in place; skipped when absent), and the script refuses a series quoted the other way.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { H10_CSV, H10_FILE, h10Records, renderRecords } from '../../scripts/fx-h10';

describe.skipIf(!existsSync(H10_CSV))('H.10 reference rates', () => {
  it('kb/fx/h10-monthly.jsonl is up to date with the CSV (npx tsx scripts/fx-h10.ts)', () => {
    expect(readFileSync(H10_FILE, 'utf8')).toBe(renderRecords(h10Records(readFileSync(H10_CSV, 'utf8'))));
  });
});

describe('h10Records', () => {
  const csv = (rows: string[]) => ['Date,Country,Exchange rate', ...rows].join('\n');
  const COUNTRIES: Array<[string, number]> = [
    ['China', 7.27],
    ['Japan', 151.6],
    ['Hong Kong', 7.78],
    ['Euro', 0.96],
    ['United Kingdom', 0.79],
    ['Taiwan', 32.8],
    ['Australia', 1.58],
    ['Canada', 1.43],
    ['Singapore', 1.34],
    ['South Korea', 1445],
    ['Switzerland', 0.9],
    ['India', 86.5],
  ];
  const month = (m: string, f = (c: string, v: number) => v) => COUNTRIES.map(([c, v]) => `${m}-01,${c},${f(c, v)}`);

  it('one record per currency and month from 2015-01 on, against USD, with its source', () => {
    const rows = h10Records(csv([...month('2014-12'), ...month('2025-01'), ...month('2025-02'), '2025-03-01,China,7.25']));
    expect(rows).toHaveLength(2 * COUNTRIES.length); // 2014-12 is before 2015; 2025-03 is not complete
    expect(rows[0]).toEqual({
      id: 'usdcny-2025-01',
      base: 'USD',
      quote: 'CNY',
      rate: 7.27,
      date: '2025-01-01',
      kind: 'month-average',
      source: 'fed-h10-monthly',
      status: 'verified',
    });
  });

  it('fails on a rate quoted the other way (US$ per pound)', () => {
    expect(() => h10Records(csv(month('2025-01', (c, v) => (c === 'United Kingdom' ? 1 / v : v))))).toThrow(/GBP 2025-01/);
  });
});
