// The knowledge base content: validity, coverage, sourcing rules, aliases and known errors.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { H10_CURRENCIES } from '../../scripts/fx-h10';
import { describe, expect, it } from 'vitest';
import { buildBundle } from '../../utils/analysis/kb/bundle';
import type { Entity, Fact } from '../../utils/analysis/kb/types';
import { ROOT, readKbFiles } from '../../scripts/lib/kb-files';
import { tickerForms } from '../../utils/analysis/kb/tickers';

const { bundle: kb, issues } = buildBundle(readKbFiles(), '2000-01-01T00:00:00.000Z');
const entity = new Map(kb.entities.map((e) => [e.id, e]));
const fact = new Map(kb.facts.map((f) => [f.id, f]));
const SHARED = join(ROOT, '../shared');
const FACT_SHEET = join(SHARED, 'domain-facts.md');
const SEEDS = join(SHARED, 'seeds');

/** NFKC, lower case, no spaces, no middle dots: the key under which two spellings count as the same alias. */
const fold = (s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s・·･]/g, '');

interface Entry {
  id: string;
  ambiguous: boolean;
  surname: boolean;
}
const aliasIndex = new Map<string, Entry[]>();
for (const e of kb.entities) {
  const add = (text: string, ambiguous: boolean, surname: boolean) => {
    const k = fold(text);
    const list = aliasIndex.get(k) ?? [];
    list.push({ id: e.id, ambiguous, surname });
    aliasIndex.set(k, list);
  };
  for (const list of Object.values(e.names)) for (const n of list ?? []) add(n, false, false);
  for (const a of e.aliases ?? []) add(a.text, !!a.ambiguous, a.kind === 'surname');
  // tickers as pages write them (9988, 9988.HK), the forms the matcher and the lookup keys take
  for (const t of e.tickers ?? []) for (const f of tickerForms(t)) add(f, false, false);
}
/** Entity ids a surface form can denote (unambiguous entries first). */
const lookup = (text: string) => [...new Set((aliasIndex.get(fold(text)) ?? []).map((x) => x.id))];

describe('kb bundle', () => {
  it('validates with no issues', () => {
    expect(issues.map((i) => `${i.file}:${i.line} ${i.message}`)).toEqual([]);
  });

  it('meets the minimum counts', () => {
    expect(kb.entities.length).toBeGreaterThanOrEqual(200);
    expect(kb.facts.length).toBeGreaterThanOrEqual(100);
    expect(kb.relations.length).toBeGreaterThanOrEqual(100);
    expect(kb.fx.length).toBeGreaterThanOrEqual(20);
    expect(kb.errors.length).toBeGreaterThanOrEqual(45);
    expect(kb.sources.length).toBeGreaterThanOrEqual(100);
  });

  it('has the stable ids other modules refer to', () => {
    const ids = [
      'alibaba',
      'alibaba-cloud',
      'taobao-tmall-group',
      'alibaba-china-ecommerce',
      'aidc',
      'ant-group',
      'qwen',
      'eddie-wu',
      'joe-tsai',
      'jack-ma',
      'toby-xu',
      'jiang-fan',
      'daniel-zhang',
      'deepseek',
      'bytedance',
      'tencent',
      'baidu',
      'nvidia',
      'morgan-stanley',
      'goldman-sachs',
      'jetro',
      'huawei',
      'moonshot-ai',
      'minimax',
      'zhipu-ai',
      'openai',
      'meta',
      'sasac',
    ];
    expect(ids.filter((id) => !entity.has(id))).toEqual([]);
  });

  it('covers every entity type and splits entities into readable groups', () => {
    const types = new Set(kb.entities.map((e) => e.type));
    for (const t of ['company', 'unit', 'product', 'model', 'chip', 'person', 'bank', 'government', 'event', 'metric']) expect(types).toContain(t);
    const groups = Object.keys(readKbFiles()).filter((f) => f.startsWith('entities/'));
    expect(groups.length).toBeGreaterThanOrEqual(8);
  });
});

describe('entities', () => {
  it('each has a description in ja and en and names; verified ones cite a source', () => {
    const bad = kb.entities.filter((e) => !e.description.ja || !e.description.en || Object.keys(e.names).length === 0);
    expect(bad.map((e) => e.id)).toEqual([]);
    expect(kb.entities.filter((e) => e.status === 'verified' && e.sources.length === 0).map((e) => e.id)).toEqual([]);
  });

  it('gives ja, zh and en names to the main Alibaba entities and people', () => {
    for (const id of [
      'alibaba',
      'alibaba-cloud',
      'taobao-tmall-group',
      'aidc',
      'ant-group',
      'qwen',
      'eddie-wu',
      'joe-tsai',
      'jack-ma',
      'toby-xu',
      'jiang-fan',
    ]) {
      const e = entity.get(id)!;
      expect(Object.keys(e.names).sort(), id).toEqual(['en', 'ja', 'zh-Hans', 'zh-Hant']);
    }
    expect(entity.get('eddie-wu')!.names.ja).toEqual(expect.arrayContaining(['呉泳銘', 'エディ・ウー']));
  });

  it('lists Japanese names with a middle dot also without it', () => {
    const missing: string[] = [];
    for (const e of kb.entities) for (const n of e.names.ja ?? []) if (n.includes('・') && !lookup(n.replace(/・/g, '')).includes(e.id)) missing.push(n);
    expect(missing).toEqual([]);
  });

  it('has no alias collisions between entities except on aliases marked ambiguous', () => {
    const clashes: string[] = [];
    for (const [k, list] of aliasIndex) {
      const ids = new Set(list.map((x) => x.id));
      if (ids.size < 2) continue;
      if (list.some((x) => !x.ambiguous)) clashes.push(`${k}: ${[...ids].join(', ')}`);
    }
    expect(clashes).toEqual([]);
  });

  it('gives ambiguous aliases a context list to confirm them', () => {
    const noCtx = kb.entities.filter((e) => e.aliases?.some((a) => a.ambiguous) && !e.context?.length);
    expect(noCtx.map((e) => e.id)).toEqual([]);
  });

  it('resolves the key lookups', () => {
    const cases: Array<[string, string]> = [
      ['呉永明', 'eddie-wu'],
      ['呉勇明', 'eddie-wu'],
      ['Wu Jihan', 'wu-jihan'],
      ['エディ・ウー', 'eddie-wu'],
      ['エディウー', 'eddie-wu'],
      ['吴泳铭', 'eddie-wu'],
      ['同益前問', 'qwen'],
      ['同益前聞', 'qwen'],
      ['通義千問', 'qwen'],
      ['通义千问', 'qwen'],
      ['Qwen', 'qwen'],
      ['TTG', 'taobao-tmall-group'],
      ['TTG(トヨタグループ)', 'taobao-tmall-group'],
      ['TTG（トヨタグループ）', 'taobao-tmall-group'],
      ['淘天集団', 'taobao-tmall-group'],
      ['BABA', 'alibaba'],
      ['9988', 'alibaba'],
      ['9988.HK', 'alibaba'],
      ['アリババ', 'alibaba'],
      ['阿里巴巴集团', 'alibaba'],
      ['ジョセフ・ツァイ', 'joe-tsai'],
      ['蔡崇信', 'joe-tsai'],
      ['ジャック・マー', 'jack-ma'],
      ['馬雲', 'jack-ma'],
      ['徐紅', 'toby-xu'],
      ['江凡', 'jiang-fan'],
      ['蒋凡', 'jiang-fan'],
      ['CITIC建設投資', 'csc-financial'],
      ['中信建投', 'csc-financial'],
      ['Huawei Rising', 'huawei-ascend'],
      ['中科Dawn', 'sugon'],
      ['Inspur情報', 'inspur'],
      ['万国データ', 'gds'],
      ['ゴールドマン・サックス', 'goldman-sachs'],
      ['ゴールドマン·サックス', 'goldman-sachs'],
      ['モルガン・スタンレー', 'morgan-stanley'],
      ['Qwen2.5-Max', 'qwen2-5-max'],
      ['Qwen 2.5-Max', 'qwen2-5-max'],
      ['Qwen3-Max-Preview', 'qwen3-max-preview'],
      ['Qwen3-ASR-Flash', 'qwen3-asr-flash'],
      ['Qwen3-Next', 'qwen3-next'],
      ['Qwen2.5-Omni-7b', 'qwen2-5-omni-7b'],
      ['H100', 'nvidia-h100'],
      ['H 100', 'nvidia-h100'],
      ['SASAC', 'sasac'],
      ['国資委', 'sasac'],
      ['ディープシーク', 'deepseek'],
      ['バイトダンス', 'bytedance'],
      ['テンセント', 'tencent'],
      ['月之暗面', 'moonshot-ai'],
      ['智譜AI', 'zhipu-ai'],
      ['WeChat Pay', 'wechat-pay'],
      ['88VIP', '88vip'],
      ['持ち帰り率', 'take-rate'],
      ['CMR', 'cmr'],
      ['サイト全体プロモーション', 'quanzhantui'],
      ['トータルステーションプロモーション', 'quanzhantui'],
      ['ジェトロ', 'jetro'],
    ];
    const wrong = cases.filter(([text, id]) => !lookup(text).includes(id)).map(([t, id]) => `${t} -> ${id} (got ${lookup(t).join(',')})`);
    expect(wrong).toEqual([]);
  });

  it('keeps the audited leadership dates (issue 13 audit, each with a source)', () => {
    const rel = (from: string, type: string, to: string) => kb.relations.find((r) => r.from === from && r.type === type && r.to === to);
    expect(rel('daniel-zhang', 'ceo_of', 'alibaba-cloud')).toMatchObject({ since: '2022-12', until: '2023-09-10' });
    expect(rel('eddie-wu', 'chairman_of', 'taobao-tmall-group')).toMatchObject({ since: '2023-05' });
    expect(rel('eddie-wu', 'chairman_of', 'taobao-tmall-group')?.until).toBeUndefined();
    expect(rel('eddie-wu', 'ceo_of', 'taobao-tmall-group')).toMatchObject({ since: '2023-12-20' });
    expect(rel('jiang-fan', 'ceo_of', 'alibaba-ecommerce-business-group')).toMatchObject({ since: '2024-11-21' });
    expect(rel('jiang-fan', 'executive_of', 'aidc')).toMatchObject({ since: '2021-12', until: '2024-11-21' });
    expect(rel('zhou-jingren', 'cto_of', 'alibaba-cloud')).toMatchObject({ since: '2022-12' });
    expect(rel('cheng-li', 'cto_of', 'alibaba')).toMatchObject({ until: '2022-12' });
    expect(rel('wu-zeming', 'cto_of', 'alibaba')).toMatchObject({ since: '2022-12' });
    for (const r of [
      rel('daniel-zhang', 'ceo_of', 'alibaba-cloud'),
      rel('jiang-fan', 'ceo_of', 'alibaba-ecommerce-business-group'),
      rel('zhou-jingren', 'cto_of', 'alibaba-cloud'),
    ])
      expect(kb.sources.some((s) => s.id === r?.source)).toBe(true);
  });

  it('drops the invented 李程 CTO, gives Wu Jihan to Bitmain, and keeps generic fee words out of the names', () => {
    expect(entity.has('li-cheng')).toBe(false);
    expect(lookup('李程')).toEqual([]);
    expect(lookup('Wu Jihan')).toEqual(['wu-jihan']);
    expect(kb.relations.some((r) => r.from === 'wu-jihan' && r.to === 'bitmain')).toBe(true);
    for (const w of ['技術サービス料', '技术服务费', 'technology service fee']) expect(lookup(w), w).toEqual([]);
  });

  it('does not map Toyota, Xiaomi or bare Tongyi words to Alibaba entities', () => {
    expect(lookup('トヨタグループ')).toEqual([]);
    expect(lookup('Xiaomi')).not.toContain('tongyi-xiaomi');
    expect(lookup('Tongyi Xiaomi')).toEqual(['tongyi-xiaomi']);
  });

  it('keeps surname forms for the leaders, used only after the full name', () => {
    const surnames = (id: string) => (entity.get(id)!.aliases ?? []).filter((a) => a.kind === 'surname').map((a) => a.text);
    expect(surnames('eddie-wu')).toEqual(expect.arrayContaining(['呉', 'ウー', 'Wu']));
    expect(surnames('joe-tsai')).toEqual(expect.arrayContaining(['ツァイ', 'Tsai', '蔡']));
    expect(surnames('jack-ma')).toEqual(expect.arrayContaining(['馬', 'マー']));
  });

  it('links every Qwen release to the family and to a developer', () => {
    const qwenFamily = (e: Entity): boolean => e.id === 'qwen' || (!!e.parent && !!entity.get(e.parent) && qwenFamily(entity.get(e.parent)!));
    const releases = kb.entities.filter((e) => e.type === 'model' && /^(qwen|qwq)/.test(e.id));
    expect(releases.length).toBeGreaterThanOrEqual(20);
    expect(releases.filter((e) => !qwenFamily(e)).map((e) => e.id)).toEqual([]);
    const developed = new Set(kb.relations.filter((r) => r.type === 'developed_by').map((r) => r.from));
    expect(releases.filter((e) => !developed.has(e.id)).map((e) => e.id)).toEqual([]);
  });
});

describe('mistranslations', () => {
  const seen: Array<[string, string]> = [
    ['呉永明', 'eddie-wu'],
    ['呉勇明', 'eddie-wu'],
    ['同益前問', 'qwen'],
    ['同益前聞', 'qwen'],
    ['TTG(トヨタグループ)', 'taobao-tmall-group'],
    ['アモイ天グループ', 'taobao-tmall-group'],
    ['トータルステーションプロモーション', 'quanzhantui'],
    ['CITIC建設投資', 'csc-financial'],
    ['Huawei Rising', 'huawei-ascend'],
    ['中科Dawn', 'sugon'],
    ['Inspur情報', 'inspur'],
    ['万国データ', 'gds'],
    ['徐紅', 'toby-xu'],
    ['江凡', 'jiang-fan'],
    ['Jiu Cai', 'joe-tsai'],
    ['Toby Hsu', 'toby-xu'],
    ['Topi Xu', 'toby-xu'],
    ['持ち帰り率', 'take-rate'],
    ['CMR(顧客収益管理)', 'cmr'],
    ['CMR(消費者収益モデル)', 'cmr'],
    ['みずほフィナンシャルグループ証券', 'mizuho'],
    ['ジョン・シャオ', 'jiong-shao'],
    ['Jianfeng', 'jiang-fan'],
    ["Alibaba's high-end map", 'amap'],
  ];

  it.each(seen)('%s is a noted mistranslation alias of %s', (text, id) => {
    const a = entity.get(id)?.aliases?.find((x) => fold(x.text) === fold(text));
    expect(a?.kind).toBe('mistranslation');
    expect(a?.note?.length).toBeGreaterThan(10);
  });

  it('records every row of the fact sheet §4 as a known error with a valid cause and target', () => {
    const ids = new Set(kb.errors.map((e) => e.id));
    const missing = Array.from({ length: 45 }, (_, i) => `E${i + 1}`).filter((id) => !ids.has(id));
    expect(missing).toEqual([]);
    for (const e of kb.errors) expect(e.entity ?? e.fact, e.id).toBeTruthy();
  });

  it('ties the figure errors to the facts that correct them', () => {
    const expectFact = (errId: string, factId: string) => expect(kb.errors.find((e) => e.id === errId)?.fact).toBe(factId);
    expectFact('E3', 'baba-capex-plan-2025');
    expectFact('E4', 'baba-capex-growth-qoq-2024q4');
    expectFact('E5', 'baba-hk-turnover-2025-02-21');
    expectFact('E6', 'ms-cloud-rev-forecast-fy2028');
    expectFact('E18', 'qwen2-5-parameters');
    expectFact('E23', 'baba-rev-2024q3');
    expectFact('E40', 'bytedance-ai-budget-2025');
  });
});

describe('facts', () => {
  it('every fact cites an existing source; verified facts are dated', () => {
    const sources = new Set(kb.sources.map((s) => s.id));
    expect(kb.facts.filter((f) => ![f.source, ...(f.sources ?? [])].every((s) => sources.has(s))).map((f) => f.id)).toEqual([]);
    expect(kb.facts.filter((f) => f.status === 'verified' && !f.period && !f.asOf).map((f) => f.id)).toEqual([]);
  });

  it('never marks as verified what the fact sheet leaves unverified or single-source', () => {
    const notVerified = [
      'baba-hk-turnover-2025-02-21',
      'csc-baba-capex-2025-estimate',
      'qwen3-asr-flash-cer-claim',
      'baba-nongaap-ni-2024q4',
      'baba-nongaap-ni-growth-2024q4',
      'microsoft-capex-growth-2024-claim',
      'qwen-app-mau-2026-03',
      'baba-capex-past-decade',
      'qwq-32b-release',
      'baba-capex-growth-2025q3',
    ];
    expect(notVerified.filter((id) => !fact.has(id))).toEqual([]);
    expect(notVerified.filter((id) => fact.get(id)!.status === 'verified')).toEqual([]);
    const weakSources = new Set(['S81', 'S87', 'S88', 'S101']);
    expect(kb.facts.filter((f) => weakSources.has(f.source) && f.status === 'verified').map((f) => f.id)).toEqual([]);
    for (const id of ['tongyi-wanxiang', 'tongyi-xiaomi', 'pai', 'pai-eas', 'lin-junyang', 'qwen3-5', 'zhenwu-m890'])
      expect(entity.get(id)!.status, id).not.toBe('verified');
  });

  it('explains every derived fact', () => {
    expect(kb.facts.filter((f) => f.status === 'derived' && !/derived/i.test(f.note ?? '')).map((f) => f.id)).toEqual([]);
  });

  it('holds the three-year plan in CNY with its USD and JPY equivalents', () => {
    const plan = fact.get('baba-capex-plan-2025')!;
    expect([plan.value, plan.unit, plan.qualifier, plan.metric]).toEqual([380e9, 'CNY', 'over', 'investment_plan']);
    expect(plan.period?.start).toBe('2025-02-24');
    const eq = kb.facts.filter((f) => f.subject === 'alibaba' && f.metric === 'investment_plan');
    expect(eq.some((f) => f.unit === 'USD' && f.value === 53e9)).toBe(true);
    expect(eq.some((f) => f.unit === 'JPY' && f.value === 7.98e12)).toBe(true);
  });

  it('has revenue, net income and cloud figures for every quarter from Dec-2023 to Mar-2026', () => {
    const quarters = ['2023q4', '2024q1', '2024q2', '2024q3', '2024q4', '2025q1', '2025q2', '2025q3', '2025q4', '2026q1'];
    expect(quarters.filter((q) => !fact.has(`baba-rev-${q}`) || !fact.has(`baba-rev-growth-${q}`))).toEqual([]);
    for (const q of quarters) {
      const f = fact.get(`baba-rev-${q}`)!;
      expect(f.period?.label, q).toMatch(/^FY20\d\d Q[1-4] \(quarter ended \d{4}-\d{2}-\d{2}\)$/);
      expect(f.period!.end, q).toBe(f.period!.label!.slice(-11, -1));
    }
  });

  it('is internally consistent: reported YoY growth matches the year-earlier values', () => {
    const value = (id: string) => fact.get(id)?.value;
    const checks: string[] = [];
    const pairs: Array<[string, string, string]> = [
      ['ni', '2024q4', '2023q4'],
      ['ni', '2025q1', '2024q1'],
      ['ni', '2025q2', '2024q2'],
      ['ni', '2025q3', '2024q3'],
      ['ni', '2026q1', '2025q1'],
      ['cloud-rev', '2025q2', '2024q2'],
      ['cloud-rev', '2025q3', '2024q3'],
      ['rev', '2025q3', '2024q3'],
      ['rev', '2025q2', '2024q2'],
      ['rev', '2025q4', '2024q4'],
      ['rev', '2026q1', '2025q1'],
      ['nongaap-ni', '2025q1', '2024q1'],
    ];
    for (const [m, q, prev] of pairs) {
      const now = value(`baba-${m}-${q}`);
      const before = value(`baba-${m}-${prev}`);
      const g = value(`baba-${m}-growth-${q}`);
      if (now === undefined || before === undefined || g === undefined) {
        checks.push(`missing ${m} ${q}`);
        continue;
      }
      const actual = (now / before - 1) * 100;
      if (Math.abs(actual - g) > Math.max(1.5, Math.abs(g) * 0.03)) checks.push(`${m} ${q}: stated ${g}%, computed ${actual.toFixed(1)}%`);
    }
    expect(checks).toEqual([]);
  });

  it('sums the FY2025 quarters to the reported fiscal-year revenue', () => {
    const sum = ['2024q2', '2024q3', '2024q4', '2025q1'].reduce((s, q) => s + fact.get(`baba-rev-${q}`)!.value, 0);
    expect(Math.abs(sum - fact.get('baba-rev-fy2025')!.value) / sum).toBeLessThan(0.001);
  });

  it('stores growth figures as separate *_growth facts with a basis', () => {
    const growth = kb.facts.filter((f) => f.metric.endsWith('_growth'));
    expect(growth.length).toBeGreaterThan(30);
    expect(growth.filter((f) => f.unit !== 'percent' || !f.basis).map((f) => f.id)).toEqual([]);
  });

  it('gives the parameter counts of the Qwen releases', () => {
    const params = (id: string) => kb.facts.find((f: Fact) => f.subject === id && f.metric === 'parameters');
    expect(params('qwen2-5')).toMatchObject({ value: 0.5e9, valueMax: 72e9, qualifier: 'range' });
    expect(params('qwen3-max-preview')).toMatchObject({ value: 1e12, qualifier: 'over' });
    expect(params('qwen3-next')?.value).toBe(80e9);
  });
});

describe('fx', () => {
  const reference = kb.fx.filter((x) => x.kind !== 'stated');

  it('holds H.10 month averages against USD for every currency the product converts, 2015-01 on, with their source', () => {
    const months = new Set(reference.map((x) => x.date.slice(0, 7)));
    expect([...months].sort()[0]).toBe('2015-01');
    for (const c of H10_CURRENCIES) {
      const rows = reference.filter((x) => x.quote === c);
      expect(rows.length, c).toBe(months.size); // every month, once
      expect(
        rows.every((x) => x.base === 'USD' && x.kind === 'month-average' && x.date.endsWith('-01') && x.source === 'fed-h10-monthly'),
        c,
      ).toBe(true);
    }
    expect(kb.sources.find((s) => s.id === 'fed-h10-monthly')?.url).toMatch(/federalreserve\.gov/);
  });

  it('has plausible rates, in units per US dollar (cross rates are derived, not stored)', () => {
    const range: Record<string, [number, number]> = { CNY: [6, 7.6], JPY: [95, 175], HKD: [7.7, 7.9], EUR: [0.75, 1.1], GBP: [0.55, 1] };
    for (const x of reference) {
      const r = range[x.quote];
      if (!r) continue;
      expect(x.rate, x.id).toBeGreaterThanOrEqual(r[0]);
      expect(x.rate, x.id).toBeLessThanOrEqual(r[1]);
    }
    expect(reference.every((x) => x.base === 'USD' || x.quote === 'USD')).toBe(true);
  });

  it('keeps rates that pages or filings stated as what they are, never as reference rates', () => {
    const stated = kb.fx.filter((x) => x.kind === 'stated');
    expect(stated.find((x) => x.id === 'cnyjpy-2025-03-03-jetro')).toMatchObject({ rate: 21, status: 'verified' });
    // no press-implied rates (7.17 = 380/53) and no quarter-end rates dated on a weekend
    expect(kb.fx.find((x) => x.id === 'usdcny-2025-02-24-xinhua')).toBeUndefined();
    expect(kb.fx.filter((x) => x.kind !== 'month-average' && [0, 6].includes(new Date(x.date + 'T00:00:00Z').getUTCDay()))).toEqual([]);
  });
});

describe('relations', () => {
  it('records the leadership with dates', () => {
    const rel = (from: string, type: string, to: string) => kb.relations.find((r) => r.from === from && r.type === type && r.to === to);
    expect(rel('joe-tsai', 'chairman_of', 'alibaba')?.since).toBe('2023-09-10');
    expect(rel('eddie-wu', 'ceo_of', 'alibaba')?.since).toBe('2023-09-10');
    expect(rel('daniel-zhang', 'ceo_of', 'alibaba')?.until).toBe('2023-09-10');
    expect(rel('toby-xu', 'cfo_of', 'alibaba')).toBeDefined();
    for (const c of ['moonshot-ai', 'minimax', 'zhipu-ai', 'baichuan', '01-ai']) expect(rel('alibaba', 'investor_in', c), c).toBeDefined();
  });
});

describe.skipIf(!existsSync(FACT_SHEET))('against the fact sheet', () => {
  const sheet = existsSync(FACT_SHEET) ? readFileSync(FACT_SHEET, 'utf8') : '';

  it('has a source record for every source key of §5', () => {
    const section = sheet.split('## 5.')[1]?.split('## 6.')[0] ?? '';
    const keys = [...section.matchAll(/^\| ([A-Za-z0-9][A-Za-z0-9._-]*) \| http/gm)].map((m) => m[1]!);
    expect(keys.length).toBeGreaterThan(100);
    const ids = new Set(kb.sources.map((s) => s.id));
    expect(keys.filter((k) => !ids.has(k))).toEqual([]);
  });
});

describe.skipIf(!existsSync(SEEDS))('against the seed articles', () => {
  const text = existsSync(SEEDS)
    ? readdirSync(SEEDS)
        .map((f) => readFileSync(join(SEEDS, f), 'utf8'))
        .join('\n')
    : '';

  it('knows the names the seeds use for the main entities', () => {
    const names: Array<[string, string]> = [
      ['アリババ', 'alibaba'],
      ['呉永明', 'eddie-wu'],
      ['呉泳銘', 'eddie-wu'],
      ['ジョセフ・ツァイ', 'joe-tsai'],
      ['徐紅', 'toby-xu'],
      ['江凡', 'jiang-fan'],
      ['TTG(トヨタグループ)', 'taobao-tmall-group'],
      ['淘天集団', 'taobao-tmall-group'],
      ['同益前問', 'qwen'],
      ['アモイ天グループ', 'taobao-tmall-group'],
      ['CITIC建設投資', 'csc-financial'],
      ['Huawei Rising', 'huawei-ascend'],
      ['SASAC', 'sasac'],
      ['Tomasz Tunguz', 'tomasz-tunguz'],
      ['通義万相', 'tongyi-wanxiang'],
      ['通義暁蜜', 'tongyi-xiaomi'],
      ['PAI-Elastic Algorithm Service', 'pai-eas'],
      ['Qwen3-Max-Preview', 'qwen3-max-preview'],
      ['Qwen3-ASR-Flash', 'qwen3-asr-flash'],
      ['Gemini-2.5-Pro', 'gemini-2-5-pro'],
      ['GPT4o-Transcribe', 'gpt-4o-transcribe'],
      ['AliExpress', 'aliexpress'],
      ['ソフトバンクグループ', 'softbank'],
      ['Moonshot AI', 'moonshot-ai'],
      ['Zhipu AI', 'zhipu-ai'],
      ['ChatGPT', 'chatgpt'],
      ['TikTok', 'tiktok'],
      ['アリシア・ヤップ', 'alicia-yap'],
      ['ロナルド・ケウン', 'ronald-keung'],
      ['トーマス・チョン', 'thomas-chong'],
      ['アレックス・ヤオ', 'alex-yao'],
      ['ケネス・フォン', 'kenneth-fong'],
      ['石佳龍', 'jialong-shi'],
      ['ゲイリー・ユー', 'gary-yu'],
      ['ジョン・シャオ', 'jiong-shao'],
      ['ジェームス・リー', 'james-lee'],
      ['WeChat Pay', 'wechat-pay'],
      ['88VIP', '88vip'],
      ['サウスバウンド・ストック・コネクト', 'stock-connect'],
      ['中国人民銀行', 'pboc'],
      ['野村證券', 'nomura'],
      ['バークレイズ', 'barclays'],
      ['ジェフリーズ', 'jefferies'],
      ['シティグループ', 'citigroup'],
      ['JPモルガン', 'jpmorgan'],
    ];
    expect(names.filter(([n]) => !text.includes(n)).map(([n]) => `not in seeds: ${n}`)).toEqual([]);
    expect(names.filter(([n, id]) => !lookup(n).includes(id)).map(([n, id]) => `${n} -> ${id}`)).toEqual([]);
  });
});
