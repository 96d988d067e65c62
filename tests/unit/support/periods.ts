// Period helpers for the shape tests: the real pipeline (analyze) on the bundled KB.
import { expect } from 'vitest';
import { analyze } from '../../../utils/analysis/analyze';
import { loadKbIndex } from '../../../scripts/lib/kb-files';
import type { AnalyzeInput } from '../../../utils/analysis/types';

const kb = loadKbIndex();
const run = (text: string, extra: Partial<AnalyzeInput> = {}) => analyze({ text, ...extra }, kb).figures;

/** The period of the figure whose surface holds `part` (the n-th such one). */
export function periodOf(text: string, part: string, extra: Partial<AnalyzeInput> = {}, nth = 0): [string, string] | undefined {
  const figs = run(text, extra);
  const f = figs.filter((x) => x.surface.includes(part))[nth];
  expect(f, `${part} in ${figs.map((x) => x.surface).join(' | ')}`).toBeDefined();
  return f!.period ? [f!.period.start, f!.period.end] : undefined;
}

/** Calendar quarter q of year y as [start, end]. */
export const Q = (y: number, q: number): [string, string] => [
  `${y}-${String(3 * q - 2).padStart(2, '0')}-01`,
  new Date(Date.UTC(y, 3 * q, 0)).toISOString().slice(0, 10),
];
