// A small KB for the check tests: Alibaba's quarters from shared/domain-facts.md §2b (F14, F18), the
// plan (§2a), H.10 month averages from ../shared/data/fx-monthly-fed-h10.csv, and a few hypothetical
// facts marked as such (for the logic only). `run` is the pipeline the extension runs, from the figures
// on, with entity mentions found by exact name.
import { PreparedKb } from '../../../utils/analysis/prepared-kb';
import type { Entity, Fact, FxRate, KbBundle, Period } from '../../../utils/analysis/kb/types';
import type { EntitySpan } from '../../../utils/analysis/entities/find';
import { normalize } from '../../../utils/analysis/text/normalize';
import { extractFigures } from '../../../utils/analysis/figures/extract';
import { attachContext } from '../../../utils/analysis/figures/attach';
import { convertFigures } from '../../../utils/analysis/figures/convert';
import { checkFigures } from '../../../utils/analysis/checks/checks';
import type { Figure } from '../../../utils/analysis/types';

const ent = (id: string, type: Entity['type'], names: string[], parent?: string): Entity => ({
  id,
  type,
  names: { ja: names },
  description: { ja: id, en: id },
  status: 'verified',
  sources: ['S1'],
  ...(parent ? { parent } : {}),
});
const quarter = (y: number, q: number, label: string): Period => {
  const m = q * 3;
  return { start: `${y}-${String(m - 2).padStart(2, '0')}-01`, end: new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10), label };
};
export const SEP24 = quarter(2024, 3, 'FY2025 Q2');
export const SEP25 = quarter(2025, 3, 'FY2026 Q2');
export const PLAN: Period = { start: '2025-02-24', end: '2028-02-23', label: 'three years from 2025-02-24' };

let n = 0;
const F = (metric: Fact['metric'], value: number, unit: Fact['unit'], period?: Period, extra: Partial<Fact> = {}): Fact => ({
  id: `${metric}-${++n}`,
  subject: 'alibaba',
  metric,
  value,
  unit,
  ...(period ? { period } : {}),
  source: 'S1',
  status: 'verified',
  ...extra,
});
/** H.10 month averages, units per US dollar. */
const H10: Array<[string, number, number, number]> = [
  // month, CNY, JPY, HKD
  ['2019-11', 7.0199, 108.8579, 7.8279],
  ['2024-09', 7.076, 142.954, 7.791],
  ['2024-11', 7.2063, 153.7126, 7.7798],
  ['2025-02', 7.2734, 151.5716, 7.7819],
  ['2025-09', 7.1235, 147.8629, 7.7847],
  ['2025-11', 7.1069, 155.1411, 7.7774],
];
const fx: FxRate[] = H10.flatMap(([m, ...r]) =>
  (['CNY', 'JPY', 'HKD'] as const).map((c, k): FxRate => ({
    id: `usd${c.toLowerCase()}-${m}`,
    base: 'USD',
    quote: c,
    rate: r[k]!,
    date: `${m}-01`,
    kind: 'month-average',
    source: 'H10',
    status: 'verified',
  })),
);

const BUNDLE: KbBundle = {
  version: 't',
  builtAt: '',
  relations: [],
  errors: [],
  sources: [
    { id: 'S1', url: 'https://example.org/', publisher: 'Test wire', date: '2025-11-25' },
    { id: 'H10', url: 'https://example.org/h10', publisher: 'H.10', date: '2026-07' },
  ],
  entities: [
    { ...ent('alibaba', 'company', ['アリババグループ', 'アリババ', '阿里巴巴', 'Alibaba']), fiscal: 'march-end' },
    ent('alibaba-cloud', 'unit', ['アリババクラウド', 'Alibaba Cloud', '阿里云'], 'alibaba'),
    ent('tencent', 'company', ['テンセント', 'Tencent']),
  ],
  facts: [
    F('investment_plan', 380e9, 'CNY', PLAN, { qualifier: 'over', asOf: '2025-02-24' }),
    // F14, quarter ended 2024-09-30
    F('revenue', 236_503e6, 'CNY', SEP24),
    F('net_income', 43_547e6, 'CNY', SEP24),
    F('net_income_attrib', 43_874e6, 'CNY', SEP24),
    F('non_gaap_net_income', 36_518e6, 'CNY', SEP24),
    F('cloud_revenue', 29_610e6, 'CNY', SEP24),
    // F18, quarter ended 2025-09-30
    F('revenue', 247_795e6, 'CNY', SEP25),
    F('revenue_growth', 5, 'percent', SEP25, { basis: 'yoy' }),
    F('net_income', 20_612e6, 'CNY', SEP25),
    F('net_income_attrib', 20_990e6, 'CNY', SEP25),
    F('cloud_revenue', 39_824e6, 'CNY', SEP25),
    // §2d / E33: the 2031 convertible (US$5.0bn with the option, priced 2024-05-23); June-2024 quarter buybacks
    F('bond_issue', 5e9, 'USD', undefined, { asOf: '2024-05-23' }),
    F('buyback', 5.8e9, 'USD', quarter(2024, 2, 'FY2025 Q1')),
    // hypothetical, for the logic only: operating income and adjusted EBITA of the Sept-2025 quarter
    F('operating_income', 5_365e6, 'CNY', SEP25),
    F('adjusted_ebita', 9_073e6, 'CNY', SEP25),
  ],
  fx,
};

/** The test KB with its facts changed: `edit` maps each (return null to drop one), `add` appends. */
export function kbWith(edit: (f: Fact) => Fact | null, add: Fact[] = []): PreparedKb {
  return new PreparedKb({ ...BUNDLE, facts: [...BUNDLE.facts.flatMap((f) => edit(f) ?? []), ...add] });
}
export { F as fact };

/** Exact-name mentions of these entities' Japanese names, longest first, in text order (a stand-in
 *  for the entity matcher). */
export function exactMentions(entities: ReadonlyArray<Pick<Entity, 'id' | 'names'>>): (text: string) => EntitySpan[] {
  const names = entities.flatMap((e) => e.names.ja!.map((x) => ({ x, id: e.id }))).sort((a, b) => b.x.length - a.x.length);
  return (text) => {
    const out: EntitySpan[] = [];
    const taken = new Uint8Array(text.length);
    for (const { x, id } of names) {
      for (let i = text.indexOf(x); i >= 0; i = text.indexOf(x, i + 1)) {
        if (taken.subarray(i, i + x.length).some((v) => v)) continue;
        taken.fill(1, i, i + x.length);
        out.push({ entityId: id, start: i, end: i + x.length, surface: x, alias: x, kind: 'name' });
      }
    }
    return out.sort((a, b) => a.start - b.start);
  };
}

/** The figures of a text with their checks, as analyze() makes them, on a KB built from `bundle`
 *  (entity mentions found by exact name; articleDate: the page's date; kb: another KB to check with). */
export function pipelineFor(bundle: KbBundle) {
  const base = new PreparedKb(bundle);
  const mentions = exactMentions(bundle.entities);
  return (text: string, articleDate?: string, kb = base): Figure[] => {
    const norm = normalize(text);
    const figs = attachContext(extractFigures(norm, text), { text, norm, mentions: mentions(text), kb, articleDate });
    convertFigures(figs, kb, articleDate);
    checkFigures(figs, { text, kb, articleDate });
    return figs;
  };
}

/** The figures of a text with their checks, on this test KB. */
export const run = pipelineFor(BUNDLE);

export function get(figs: Figure[], surface: string): Figure {
  const f = figs.find((x) => x.surface === surface);
  if (!f) throw new Error(`no "${surface}" in ${figs.map((x) => x.surface).join(' | ')}`);
  return f;
}

/** 'consistent', 'inconsistent/period', 'none' */
export const status = (f: Figure) => (f.check ? `${f.check.status}${f.check.cause ? '/' + f.check.cause : ''}` : 'none');
export const flagsOf = (figs: Figure[]) => figs.filter((f) => f.check?.status === 'inconsistent').map((f) => `${f.surface}:${f.check!.cause}`);
