import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PreparedKb } from '../../utils/analysis/prepared-kb';
import type { Entity, Fact, FxRate, KbBundle, Period } from '../../utils/analysis/kb/types';
import { analyze } from '../../utils/analysis/analyze';
import { loadKbIndex } from '../../scripts/lib/kb-files';
import type { Figure } from '../../utils/analysis/types';
import { get, pipelineFor, status } from './support/checks-kb';

// --- a small KB with sourced values (shared/domain-facts.md) ---
const ent = (id: string, type: Entity['type'], names: string[], parent?: string): Entity => ({
  id,
  type,
  names: { ja: names },
  description: { ja: id, en: id },
  status: 'verified',
  sources: ['S1'],
  ...(parent ? { parent } : {}),
});
const Q = (y: number, q: number): Period => {
  const m = q * 3;
  const end = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  return { start: `${y}-${String(m - 2).padStart(2, '0')}-01`, end, label: `${y} Q${q}` };
};
let n = 0;
const F = (subject: string, metric: Fact['metric'], value: number, unit: Fact['unit'], period?: Period, extra: Partial<Fact> = {}): Fact => ({
  id: `f${++n}`,
  subject,
  metric,
  value,
  unit,
  ...(period ? { period } : {}),
  source: 'S1',
  status: 'verified',
  ...extra,
});
const X = (base: FxRate['base'], quote: FxRate['quote'], rate: number, date: string): FxRate => ({
  id: `x${++n}`,
  base,
  quote,
  rate,
  date,
  source: 'S1',
  status: 'verified',
});
const PLAN: Period = { start: '2025-02-24', end: '2028-02-23', label: 'three years from 2025-02-24' };
const BUNDLE: KbBundle = {
  version: 't',
  builtAt: '',
  relations: [],
  errors: [],
  sources: [{ id: 'S1', url: 'https://example.org/', publisher: 'Test wire', date: '2025-02-24' }],
  entities: [
    { ...ent('alibaba', 'company', ['アリババグループ', 'アリババ', '阿里巴巴', 'Alibaba']), fiscal: 'march-end' }, // its fiscal labels read with its calendar
    ent('alibaba-cloud', 'unit', ['アリババクラウド', 'Alibaba Cloud', '阿里云'], 'alibaba'),
    ent('bytedance', 'company', ['バイトダンス', 'ByteDance', '字节跳动']),
    ent('tencent', 'company', ['テンセント', 'Tencent']),
  ],
  facts: [
    F('alibaba', 'investment_plan', 380e9, 'CNY', PLAN, { qualifier: 'over', asOf: '2025-02-24' }),
    F('alibaba', 'revenue', 236_503e6, 'CNY', Q(2024, 3)),
    F('alibaba', 'revenue_growth', 5, 'percent', Q(2024, 3), { basis: 'yoy' }),
    F('alibaba', 'net_income', 43_547e6, 'CNY', Q(2024, 3)),
    F('alibaba', 'net_income_growth', 63, 'percent', Q(2024, 3), { basis: 'yoy' }),
    F('alibaba', 'revenue', 280_154e6, 'CNY', Q(2024, 4)),
    F('alibaba', 'revenue_growth', 8, 'percent', Q(2024, 4), { basis: 'yoy' }),
    F('alibaba', 'capex', 31.8e9, 'CNY', Q(2024, 4), { qualifier: 'about' }),
    F('alibaba', 'revenue', 247_795e6, 'CNY', Q(2025, 3)),
    F('alibaba', 'revenue', 247_652e6, 'CNY', Q(2025, 2)),
    F('alibaba', 'revenue', 236_454e6, 'CNY', Q(2025, 1)),
    F('alibaba', 'net_income_attrib', 43_874e6, 'CNY', Q(2024, 3)),
    F('alibaba', 'revenue_growth', 5, 'percent', Q(2025, 3), { basis: 'yoy' }),
    F('alibaba', 'net_income', 20_612e6, 'CNY', Q(2025, 3)),
    F('alibaba', 'net_income_growth', -53, 'percent', Q(2025, 3), { basis: 'yoy' }),
    F('alibaba', 'cloud_revenue', 39_824e6, 'CNY', Q(2025, 3)),
    F('alibaba', 'cloud_revenue_growth', 34, 'percent', Q(2025, 3), { basis: 'yoy' }),
    F('alibaba', 'turnover', 41e9, 'HKD', { start: '2025-02-21', end: '2025-02-21' }, { qualifier: 'over' }),
    F('bytedance', 'ai_budget', 12e9, 'USD', { start: '2025-01-01', end: '2025-12-31', label: '2025' }, { qualifier: 'over' }),
  ],
  fx: [
    X('USD', 'CNY', 7.17, '2025-02-24'),
    X('USD', 'JPY', 150.63, '2025-02-28'),
    X('USD', 'CNY', 7.0176, '2024-09-30'),
    X('USD', 'CNY', 7.1189, '2025-09-30'),
    X('USD', 'JPY', 147.9, '2025-09-30'),
    X('USD', 'HKD', 7.7901, '2025-09-11'),
  ],
};
const run = pipelineFor(BUNDLE);

describe('consistent', () => {
  it('a quarter reported right (JA / ZH / EN)', () => {
    const ja = run('アリババグループの2024年7～9月期決算は、売上高が前年同期比5%増の2365億300万元、純利益は63%増の435億4700万元だった。');
    expect(status(get(ja, '2365億300万元'))).toBe('consistent');
    expect(get(ja, '2365億300万元').check!.factId).toBeDefined();
    expect(status(get(ja, '5%増'))).toBe('consistent');
    expect(status(get(ja, '435億4700万元'))).toBe('consistent');
    const zh = run('阿里巴巴2026财年第二季度营收2477.95亿元，同比增长5%；净利润206.12亿元。');
    expect(status(get(zh, '2477.95亿元'))).toBe('consistent');
    expect(status(get(zh, '同比增长5%'))).toBe('consistent');
    const en = run('Alibaba reported revenue of RMB236.5 billion (US$33.7 billion) for the quarter ended September 30, 2024.');
    expect(status(get(en, 'RMB236.5 billion'))).toBe('consistent');
    expect(status(get(en, 'US$33.7 billion'))).toBe('consistent');
  });
  it('the plan, stated as over, rounded or converted', () => {
    const figs = run('アリババは今後3年間で3,800億元以上を投資する。ロイターは約530億ドルと伝えた。');
    expect(status(get(figs, '3,800億元以上'))).toBe('consistent');
    expect(status(run('Alibaba will invest more than 380 billion yuan over the next three years.')[0]!)).toBe('consistent');
  });
});

describe('inconsistent, by cause', () => {
  it('currency: the plan in dollars', () => {
    const f = get(run('アリババは今後3年間で3,800億ドルを投資する。'), '3,800億ドル');
    expect(f.check).toMatchObject({ status: 'inconsistent', cause: 'currency', expected: 380e9, expectedUnit: 'CNY' });
    expect(f.check!.reason).toMatch(/currency/);
    // even with no period and no company named in the sentence (a distinctive slip)
    expect(status(get(run('アリババの計画は大きい。市場は3,800億ドルの巨額の投資を懸念している。'), '3,800億ドル'))).toBe('inconsistent/currency');
  });
  it('scale: a tenth of the plan, with plan talk in the sentence', () => {
    const figs = run('投資総額は3,800億元。アリババクラウドの投資は3年間で380億を燃やす。');
    expect(get(figs, '380億').check).toMatchObject({ status: 'inconsistent', cause: 'scale' });
    expect(status(get(run('アリババは今後3年間で3.8兆元を投資する。'), '3.8兆元'))).toBe('inconsistent/scale');
    // the same digits on the same day as the KB's turnover
    const t = run('2025年2月21日、アリババの香港株の売買代金は41億香港ドルを超えた。');
    expect(status(get(t, '41億香港ドルを超え'))).toBe('inconsistent/scale');
  });
  it("period: last year's quarter under this year's date (seed 003 pattern)", () => {
    const figs = run(
      'アリババグループは、2025年9月30日を期末とする第2四半期の決算を発表した。売上高は2,365億300万人民元で、前年同期比5%増、純利益は435億4,700万人民元で、前年同期比63%増でした。',
    );
    expect(status(get(figs, '2,365億300万人民元'))).toBe('inconsistent/period');
    expect(status(get(figs, '435億4,700万人民元'))).toBe('inconsistent/period');
    expect(status(get(figs, '63%増'))).toBe('inconsistent/period');
    expect(status(get(figs, '5%増'))).toBe('consistent'); // +5% holds for both years
  });
  it('period: a budget put in the wrong year', () => {
    const f = get(run('バイトダンスは2024年に120億ドルをAIチップに投資する予定だ。'), '120億ドル');
    expect(f.check).toMatchObject({ status: 'inconsistent', cause: 'period' });
    expect(status(get(run('バイトダンスは2025年に120億ドルをAIインフラに投じる。'), '120億ドル'))).toBe('consistent');
  });
  it('conversion: checked even without a fact', () => {
    expect(status(get(run('アリババは3800億元(約7.8兆円)を投資する。'), '約7.8兆円'))).toBe('consistent');
    expect(status(get(run('テンセントは1,000億元(約140億ドル)を投じる。'), '約140億ドル'))).toBe('consistent');
    const bad = get(run('テンセントは1,000億元(約200億ドル)を投じる。', '2025-02-25'), '約200億ドル');
    expect(bad.check).toMatchObject({ status: 'inconsistent', cause: 'conversion', expectedUnit: 'USD', rate: { month: '2025-02', basis: 'article' } });
    expect(bad.check!.expected! / 1e9).toBeCloseTo(1000 / 7.17 / 10, 0);
    // ten times the right amount: a unit slip in the conversion
    expect(status(get(run('テンセントは1,000億元(約1,400億ドル)を投じる。', '2025-02-25'), '約1,400億ドル'))).toBe('inconsistent/scale');
  });
  it('scale in a conversion: the converted amount has the slip only when its base matches the KB', () => {
    // the base is the KB's revenue: the dollar amount, ten times the base's, is the slip
    const en = run('For the quarter ended September 30, 2024, Alibaba posted revenue of RMB236.5 billion (about US$337 billion).');
    expect(status(get(en, 'RMB236.5 billion'))).toBe('consistent');
    expect(get(en, 'about US$337 billion').check).toMatchObject({ status: 'inconsistent', cause: 'scale', slipIn: 'converted' });
    // no KB fact for the base: the two differ by ten, which one is wrong is not settled
    const ja = get(run('テンセントは500億元（約700億ドル）をデータセンターに投じる計画だ。', '2025-02-25'), '約700億ドル');
    expect(ja.check).toMatchObject({ status: 'inconsistent', cause: 'scale', slipIn: 'either' });
    expect(ja.check!.reason).toMatch(/not settled/);
    // a conversion that holds names no slip
    expect(get(run('テンセントは500億元（約70億ドル）をデータセンターに投じる計画だ。', '2025-02-25'), '約70億ドル').check?.slipIn).toBeUndefined();
  });
  it('value: same subject, metric and period, another number', () => {
    const f = get(run('アリババの2025年7～9月期の売上高は2,600億元だった。'), '2,600億元');
    expect(f.check).toMatchObject({ status: 'inconsistent', cause: 'value', expected: 247_795e6 });
  });
});

describe('never flag on weak evidence', () => {
  it('unverified when the KB has the metric but not the period', () => {
    expect(status(get(run('アリババの2023年7～9月期の売上高は2,247億元だった。'), '2,247億元'))).toBe('unverified');
  });
  it('no verdict when the KB knows nothing of subject+metric: unverified, saying the KB has no record', () => {
    expect(get(run('テンセントの2025年7～9月期の売上高は1,928億元だった。'), '1,928億元').check).toMatchObject({ status: 'unverified', missing: ['record'] });
  });
  it('a different number with only article-level context is not a value error', () => {
    const figs = run('2025年7～9月期の決算。\n別の話題として、売上高は2,600億元になる可能性もある。');
    expect(get(figs, '2,600億元').check?.status).not.toBe('inconsistent');
  });
  it('a growth rate without a stated basis is not a value error', () => {
    const figs = run('アリババの2025年7～9月期の売上高は20%増えた。');
    expect(figs.every((f) => f.check?.status !== 'inconsistent')).toBe(true);
  });
  it("a lone round growth rate equal to another quarter's is not moved to that quarter", () => {
    // hypothetical facts, for the logic only: this quarter +87% yoy; two other quarters showing 80%
    const kb = new PreparedKb({
      ...BUNDLE,
      facts: [
        F('alibaba', 'capex_growth', 87, 'percent', Q(2025, 3), { basis: 'yoy' }),
        F('alibaba', 'capex_growth', 80, 'percent', Q(2024, 4), { basis: 'qoq' }),
        F('alibaba', 'capex_growth', 80, 'percent', Q(2025, 2), { basis: 'yoy' }),
      ],
    });
    for (const t of ['アリババの2025年7～9月期の設備投資は80%増えた。', 'アリババの2025年7～9月期の設備投資は前年同期比80%増えた。']) {
      expect(run(t, undefined, kb).filter((f) => f.check?.status === 'inconsistent')).toEqual([]);
    }
  });
  it('another investment of Alibaba is not the plan', () => {
    const figs = run('アリババは2025年に杭州のデータセンターに30億元を投資した。');
    expect(figs.every((f) => f.check?.status !== 'inconsistent')).toBe(true);
  });
});

/** Correct statements (values from shared/domain-facts.md) that must never be flagged. */
const CORRECT = [
  'アリババグループは15日、2024年7～9月期決算を発表した。売上高は前年同期比5%増の2365億300万元、純利益は63%増の435億4700万元だった。',
  '阿里巴巴第二季度营收2365.03亿元，同比增长5%。',
  '阿里巴巴2026财年第二季度营收2477.95亿元，同比增长5%，净利润同比下降53%至206.12亿元；云智能集团收入398.24亿元，同比增长34%。',
  'Alibaba reported revenue of RMB236.5 billion (US$33.7 billion) for the quarter ended September 30, 2024, up 5% year-on-year.',
  'For the quarter ended September 30, 2025, Alibaba posted revenue of RMB247.8 billion, while net income fell 53% to RMB20.6 billion and cloud revenue rose 34%.',
  'アリババは2月24日、今後3年間でクラウドとAIのインフラに3,800億元(約7兆9,800億円)超を投資すると発表した。',
  'アリババは今後3年間で3800億元(約7.8兆円)を投じる。',
  'アリババが今後3年間で3,800億元、つまり約530億ドルもの巨額をAIクラウドインフラに投じる。',
  'Alibaba plans to invest more than 380 billion yuan ($53 billion) over the next three years.',
  '阿里巴巴宣布未来三年将投入超过3800亿元人民币，建设云和AI硬件基础设施。',
  '2025年度第3四半期(2024年12月まで)の売上高は前年同期比8%増の2801億5000万元に達し、設備投資は318億元だった。',
  'バイトダンスは2025年にAIインフラへ120億ドル超を投じる計画と報じられた。',
  '2025年2月21日、アリババの香港株の売買代金は410億香港ドルを超えた。',
  'アリババは2025年に杭州で30億元を投資した。テンセントは1,000億元(約140億ドル)を投じる。',
  'アリババの2023年の売上高は9,000億元を超えた。',
  // traps: an earlier period's figure, a part of the total, an estimate, a truncated number, a qualifier after the keyword
  'アリババの2025年7～9月期の売上高は、前年同期の2,365億300万元から5%増の2,477億9,500万元だった。',
  'アリババの2025年7～9月期の売上高のうち、クラウド事業は398億元だった。',
  'アリババの2025年7～9月期の売上高は2,477億元で、市場予想の2,500億元を下回った。',
  'アリババの2024年7～9月期の純利益(普通株主帰属)は438億7400万元で、前年同期比58%増だった。',
  'Alibaba posted revenue of RMB247.8 billion for the quarter ended September 30, 2025, compared with RMB236.5 billion a year earlier.',
  'アリババの2025年3月期の年間売上高は9963億元だった。',
  // other companies' numbers that happen to equal an Alibaba fact of some period
  'テンセントの2025年7～9月期決算は、売上高が前年同期比15%増の1,928億元、純利益は前年同期比63%増だった。アリババと競合する。',
  'テンセントの売上高はアリババを上回る2,600億元だった(2025年7～9月期)。',
  'テンセントやアリババなど大手の2025年7～9月期の売上高は合計で2,600億元規模だ。',
];

describe('false-alarm test: correct figures get no inconsistent', () => {
  for (const text of CORRECT) {
    it(text.slice(0, 40), () => {
      for (const articleDate of [undefined, '2025-02-25', '2025-11-26']) {
        const flagged = run(text, articleDate).filter((f) => f.check?.status === 'inconsistent');
        expect(flagged.map((f) => `${f.surface}: ${f.check!.cause} ${f.check!.reason}`)).toEqual([]);
      }
    });
  }
  it('and they do get checked', () => {
    const all = CORRECT.flatMap((t) => run(t, '2025-11-26'));
    const checked = all.filter((f) => f.check?.status === 'consistent').length;
    const money = all.filter((f) => f.kind === 'money' || f.kind === 'percent').length;
    console.log(`[checks] correct fixtures: ${checked} consistent of ${money} money/percent figures, 0 inconsistent`);
    expect(checked).toBeGreaterThanOrEqual(20);
  });
});

// --- the real seed articles, read in place (never copied into the repository) ---
const SEEDS = join(import.meta.dirname, '../../../shared/seeds');
const seed = (prefix: string) => {
  const f = readdirSync(SEEDS).find((x) => x.startsWith(prefix));
  return f ? readFileSync(join(SEEDS, f), 'utf8') : '';
};

describe.skipIf(!existsSync(SEEDS))('seed articles with the real KB', () => {
  const kb = loadKbIndex();
  const figs = (prefix: string, articleDate?: string) => {
    const text = seed(prefix);
    return { text, figures: analyze({ text, date: articleDate }, kb).figures };
  };
  const flags = (fs: Figure[]) => fs.filter((f) => f.check?.status === 'inconsistent').map((f) => `${f.surface}:${f.check!.cause}`);
  const all = (fs: Figure[], surface: string) => fs.filter((f) => f.surface === surface);

  it('000: 3,800億ドル → currency, 380億 → scale, 2801億5000万元 → consistent, nothing else flagged', () => {
    const { figures } = figs('000');
    expect(all(figures, '3,800億ドル').map(status)).toEqual(['inconsistent/currency', 'inconsistent/currency']);
    expect(status(get(figures, '380億'))).toBe('inconsistent/scale');
    expect(status(get(figures, '2801億5000万元'))).toBe('consistent');
    expect(flags(figures).sort()).toEqual(['380億:scale', '3,800億ドル:currency', '3,800億ドル:currency'].sort());
  });

  it("003: last year's results under the Sept-2025 quarter → period; nothing else flagged", () => {
    const { figures } = figs('003');
    for (const s of ['2,365億300万人民元', '435億4,700万人民元', '63%増', '365億1,800万人民元']) expect(status(get(figures, s)), s).toBe('inconsistent/period');
    expect(flags(figures).every((x) => x.endsWith(':period'))).toBe(true);
  });

  it('004: 3800億元(約7.8兆円) → consistent conversion; ByteDance 2024年に120億ドル(約1.8兆円) → period', () => {
    const { figures } = figs('004');
    expect(all(figures, '約7.8兆円').map(status)).toEqual(['consistent', 'consistent', 'consistent']);
    expect(status(get(figures, '120億ドル'))).toBe('inconsistent/period');
    // its yen conversion is right arithmetic on a figure of the wrong year: the same error
    expect(flags(figures)).toEqual(['120億ドル:period', '約1.8兆円:period']);
  });

  it('001: 3,800億元、つまり約530億ドル → consistent; nothing flagged', () => {
    const { figures } = figs('001');
    expect(status(get(figures, '3,800億元'))).toBe('consistent');
    expect(status(get(figures, '約530億ドル'))).toBe('consistent');
    expect(flags(figures)).toEqual([]);
  });

  it('002: nothing flagged; the 約530億ドル（約7兆8200億円） pair holds', () => {
    const { figures } = figs('002');
    expect(status(get(figures, '約7兆8200億円'))).toBe('consistent');
    expect(flags(figures)).toEqual([]);
  });

  it('with article dates, only known errors get flagged', () => {
    const dated: Array<[string, string]> = [
      ['000', '2025-02-25'],
      ['001', '2025-11-07'],
      ['002', '2025-09-12'],
      ['003', '2024-11-15'],
      ['004', '2025-03-10'],
    ];
    const known = new Set([
      '3,800億ドル:currency',
      '380億:scale',
      '35万台:period',
      '2,365億300万人民元:period',
      '435億4,700万人民元:period',
      '63%増:period',
      '365億1,800万人民元:period',
      '9%減:period',
      '120億ドル:period',
      '約1.8兆円:period',
    ]);
    for (const [p, d] of dated) {
      const extra = flags(figs(p, d).figures).filter((x) => !known.has(x));
      expect(extra, `seed ${p}`).toEqual([]);
    }
  });
});
