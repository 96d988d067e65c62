// Own sentences for the KB's segment quarters: a segment's revenue and growth, and adjusted EBITA
// growth as its own line item (a percentage next to 調整後EBITA), checked against the facts.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../utils/analysis/analyze';
import { loadBundle, loadKbIndex } from '../../scripts/lib/kb-files';
import { PreparedKb } from '../../utils/analysis/prepared-kb';
import type { Figure } from '../../utils/analysis/types';

const kb = loadKbIndex();
const bundle = loadBundle();
const run = (text: string, date: string) => analyze({ text, date }, kb).figures;
const fig = (list: Figure[], surface: string) => {
  const f = list.find((x) => x.surface.endsWith(surface));
  if (!f) throw new Error(`no figure "${surface}" in ${list.map((x) => x.surface).join(' | ')}`);
  return f;
};

describe('adjusted EBITA growth', () => {
  const list = run('アリババの2024年10～12月期の調整後EBITAは前年同期比4%増の548億5300万元だった。', '2025-02-21');
  it('a percentage next to 調整後EBITA is its growth, and matches the quarter', () => {
    const g = fig(list, '4%増');
    expect(g.metric).toBe('adjusted_ebita_growth');
    expect(g.check?.status).toBe('consistent');
    expect(fig(list, '548億5300万元').check?.status).toBe('consistent');
  });
});

describe('segment quarters', () => {
  it('Taobao and Tmall Group and AIDC revenue and growth for their quarter', () => {
    const list = run(
      '阿里巴巴截至2024年12月31日止季度，淘天集团收入为1360.91亿元，同比增长5%；阿里国际数字商业集团收入为377.56亿元，同比增长32%。',
      '2025-02-21',
    );
    for (const s of ['1360.91亿元', '同比增长5%', '377.56亿元', '同比增长32%']) expect(fig(list, s).check?.status, s).toBe('consistent');
    expect(fig(list, '1360.91亿元').subject).toBe('taobao-tmall-group');
    expect(fig(list, '377.56亿元').subject).toBe('aidc');
  });
  it('a segment amount stated with its quarter and a different value: unverified against a press figure, flagged against the issuer’s', () => {
    const ok = run('Alibaba said Cainiao revenue rose 24% to RMB28,476 million in the quarter ended December 31, 2023.', '2024-02-08');
    expect(fig(ok, 'RMB28,476 million').check?.status).toBe('consistent');
    const wrong = 'Alibaba said Cainiao revenue rose 24% to RMB38,476 million in the quarter ended December 31, 2023.';
    // the KB's Cainiao quarter is single-source (a news agency's table): no value flag rests on it
    expect(fig(run(wrong, '2024-02-08'), 'RMB38,476 million').check).toMatchObject({ status: 'unverified', missing: ['difference'] });
    const issuers = new PreparedKb({
      ...bundle,
      facts: bundle.facts.map((x) => (x.id === 'seg-cainiao-rev-2023q4' ? { ...x, status: 'verified' as const } : x)),
    });
    expect(analyze({ text: wrong, date: '2024-02-08' }, issuers).figures.find((x) => x.surface.endsWith('RMB38,476 million'))?.check).toMatchObject({
      status: 'inconsistent',
      cause: 'value',
    });
  });
});

describe("a unit's revenue named generically", () => {
  it('is the line item the KB files the unit under (cloud revenue for Alibaba Cloud), confirmed only on an exact match', () => {
    const list = run('Alibaba Cloud posted revenue of RMB118,028 million for the fiscal year ended March 31, 2025.', '2025-05-20');
    const f = fig(list, 'RMB118,028 million');
    // the unit's revenue is read as its cloud revenue, as a guess (never flagged)
    expect(f).toMatchObject({ metric: 'cloud_revenue', via: { metric: 'inferred' } });
    expect(f.check).toMatchObject({ status: 'consistent' });
    const off = run('Alibaba Cloud posted revenue of RMB128,028 million for the fiscal year ended March 31, 2025.', '2025-05-20');
    expect(fig(off, 'RMB128,028 million').check?.status).toBe('unverified');
    const other = run('Alibaba posted revenue of RMB118,028 million for the fiscal year ended March 31, 2025.', '2025-05-20');
    expect(fig(other, 'RMB118,028 million').check?.status).not.toBe('consistent');
  });
});
