import { describe, expect, it } from 'vitest';
import { rateDateFor } from '../../utils/analysis/figures/convert';
import type { Figure } from '../../utils/analysis/types';

const fig = (start: string, end: string): Figure => ({ start: 0, end: 1, surface: 'x', kind: 'money', value: 1, unit: 'CNY', period: { start, end } });

describe('rateDateFor', () => {
  it('prices a quarter at its end', () => {
    expect(rateDateFor(fig('2024-07-01', '2024-09-30'))).toBe('2024-09-30');
  });
  it('prices a multi-year plan at its start (the announcement), not years ahead', () => {
    expect(rateDateFor(fig('2025-02-24', '2028-02-23'))).toBe('2025-02-24');
  });
  it('has no date without a period', () => {
    expect(rateDateFor({ ...fig('2025-01-01', '2025-01-02'), period: undefined })).toBeUndefined();
  });
});
