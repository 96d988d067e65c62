// "An increase of 21% over the third quarter of 2018": the period after a change and "over" is the one
// the change is counted from, not the period of the amount the sentence reports. Own sentences, a
// made-up company; runs the real pipeline on the bundled KB.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../utils/analysis/analyze';
import { loadKbIndex } from '../../scripts/lib/kb-files';

const kb = loadKbIndex();
const periodOf = (text: string, part: string, date?: string) => {
  const f = analyze({ text, ...(date ? { date } : {}) }, kb).figures.find((x) => x.surface.includes(part));
  expect(f, part).toBeDefined();
  return f!.period ? `${f!.period.start}..${f!.period.end}` : undefined;
};

describe('a change "over" a named period', () => {
  const text =
    'Acme announced its unaudited results for the third quarter ("3Q2021") ended September 30, 2021.\n\n' +
    'Total revenues were RMB12,345 million, an increase of 21% over the third quarter of 2020.';
  it('the amount keeps the quarter reported', () => {
    expect(periodOf(text, 'RMB12,345 million')).not.toBe('2020-07-01..2020-09-30');
  });
  it('the growth is not of the base quarter either', () => {
    expect(periodOf(text, '21%')).not.toBe('2020-07-01..2020-09-30');
  });
  it('"over the next three years" stays a horizon', () => {
    const p = periodOf('Acme said on Monday that sales would grow 20% over the next three years.', '20%', '2025-03-03');
    expect(p?.startsWith('2025')).toBe(true);
  });
});
