import { describe, expect, it } from 'vitest';
import { csvField, csvLine, exportFileName, mdCell, toCsv, toMarkdown, type ExportInput } from '../../utils/ui/export';
import type { AnalysisResult } from '../../utils/analysis/types';

/** Minimal RFC 4180 parser, to check that what we write reads back to the same cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}

const result: AnalysisResult = {
  relevant: true,
  score: 0.9,
  reasons: [],
  entities: [
    {
      id: 'alibaba',
      name: 'アリババ',
      type: 'company',
      salience: 0.9,
      mentions: [
        { start: 0, end: 4, surface: 'アリババ' },
        { start: 40, end: 44, surface: 'Alibaba, Inc.' },
      ],
    },
    { id: 'qwen', name: 'Qwen "通義千問"', type: 'model', mentions: [{ start: 60, end: 64, surface: '同益前問' }] },
  ],
  figures: [
    {
      start: 10,
      end: 17,
      surface: '3,800億元',
      kind: 'money',
      value: 380e9,
      unit: 'CNY',
      approx: 'over',
      subject: 'alibaba',
      metric: 'investment_plan',
      converted: { CNY: 380e9, USD: 53.38e9, JPY: 7.9e12, rateDate: '2025-09-30' },
      check: { status: 'consistent', factId: 'baba-capex-plan-2025', expected: 380e9, expectedUnit: 'CNY' },
    },
    {
      start: 20,
      end: 28,
      surface: '3,800億ドル',
      kind: 'money',
      value: 380e9,
      unit: 'USD',
      subject: 'alibaba',
      metric: 'investment_plan',
      converted: { CNY: 2.7e12, USD: 380e9, JPY: 56e12, rateDate: '2025-09-30' },
      check: { status: 'inconsistent', factId: 'baba-capex-plan-2025', expected: 380e9, expectedUnit: 'CNY', cause: 'currency' },
    },
    {
      start: 30,
      end: 38,
      surface: '63%|増\n(前年比)',
      kind: 'percent',
      value: 63,
      unit: 'percent',
      change: 'increase',
      basis: 'yoy',
      period: { start: '2025-07-01', end: '2025-09-30' },
    },
  ],
};
const names: Record<string, string> = { alibaba: 'アリババ', qwen: 'Qwen' };
const input: ExportInput = { url: 'https://example.com/news/1', title: 'アリババ | AI投資', result, nameOf: (id) => names[id] ?? id };

describe('CSV', () => {
  it('quotes commas, quotes and newlines, and leaves plain cells alone', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line1\nline2')).toBe('"line1\nline2"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
    expect(csvField(' padded')).toBe('" padded"');
    expect(csvField(undefined)).toBe('');
    expect(csvField(380e9)).toBe('380000000000');
    expect(csvLine(['a', 'b,c', 1])).toBe('a,"b,c",1');
  });
  it('keeps formula-like text as text', () => {
    expect(csvField('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvField('+63%')).toBe("'+63%");
    expect(csvField(-5)).toBe('-5');
  });
  it('one row per entity and figure; cells read back unchanged', () => {
    const csv = toCsv(input, { lang: 'ja', currency: 'JPY' });
    const rows = parseCsv(csv);
    const head = rows[0]!;
    expect(head).toContain('converted_JPY');
    expect(rows).toHaveLength(1 + 2 + 3);
    const col = (name: string) => head.indexOf(name);
    const ent = rows.find((r) => r[col('id')] === 'alibaba')!;
    expect(ent[col('surface')]).toBe('アリババ / Alibaba, Inc.');
    expect(ent[col('mentions')]).toBe('2');
    expect(rows.find((r) => r[col('id')] === 'qwen')![col('name')]).toBe('Qwen "通義千問"');
    const money = rows.find((r) => r[col('surface')] === '3,800億元')!;
    expect(money[col('value')]).toBe('380000000000');
    expect(money[col('converted_JPY')]).toBe('7900000000000');
    expect(money[col('converted_text')]).toBe('約7兆9,000億円');
    expect(money[col('value_text')]).toBe('3,800億元超');
    expect(money[col('subject')]).toBe('アリババ');
    expect(money[col('check')]).toBe('consistent');
    const flagged = rows.find((r) => r[col('surface')] === '3,800億ドル')!;
    expect(flagged[col('check')]).toBe('inconsistent');
    expect(flagged[col('cause')]).toBe('currency');
    expect(flagged[col('kb_value')]).toBe('3,800億元');
    const pct = rows.find((r) => r[col('record')] === 'figure' && r[col('unit')] === 'percent')!;
    expect(pct[col('surface')]).toBe('63%|増\n(前年比)');
    expect(pct[col('period')]).toBe('2025年7-9月期');
    expect(pct[col('converted_JPY')]).toBe('');
  });
  it('names the chosen currency and converts into it', () => {
    const rows = parseCsv(toCsv(input, { lang: 'en', currency: 'USD' }));
    const i = rows[0]!.indexOf('converted_USD');
    expect(i).toBeGreaterThan(0);
    expect(rows.some((r) => r[i] === '53380000000')).toBe(true);
  });
});

describe('Markdown', () => {
  const md = toMarkdown(input, { lang: 'ja', currency: 'JPY' });
  const tableRows = md.split('\n').filter((l) => l.startsWith('|'));

  it('escapes pipes and folds newlines inside cells', () => {
    expect(mdCell('a|b')).toBe('a\\|b');
    expect(mdCell('x\ny')).toBe('x y');
    expect(mdCell('<b>')).toBe('&lt;b&gt;');
    expect(mdCell('back\\slash')).toBe('back\\\\slash');
    expect(md).toContain('63%\\|増 (前年比)');
    // Every table row has the same number of unescaped separators as its header.
    const cells = (l: string) => l.replace(/\\\|/g, '').split('|').length;
    const entHead = tableRows[0]!;
    const figHead = tableRows.find((l) => l.startsWith('| 記事の表記 |'))!;
    for (const l of tableRows) expect([cells(entHead), cells(figHead)]).toContain(cells(l));
  });
  it('has title, URL, entities, figures with values and conversions, flagged first', () => {
    expect(md.startsWith('# アリババ | AI投資\n')).toBe(true);
    expect(md).toContain('<https://example.com/news/1>');
    expect(md).toContain('| JPY換算 |');
    expect(md).toContain('| アリババ | 企業 | 2 |');
    const figRows = tableRows.filter((l) => l.includes('億'));
    expect(figRows[0]).toContain('3,800億ドル');
    expect(figRows[0]).toContain('不一致 (通貨の取り違え(元とドル・円など)の可能性があります。)');
    expect(md).toContain('約7兆9,000億円');
    expect(md).toContain('3,800億元超');
    expect(md).toContain('| 投資計画 |');
  });
});

describe('file names', () => {
  it('slug from the title without path characters', () => {
    expect(exportFileName({ url: 'https://a.com/x', title: 'A/B: "C"?' }, 'csv')).toBe('alibaba-reader-A-B-C.csv');
    expect(exportFileName({ url: 'https://news.example.jp/1' }, 'md')).toBe('alibaba-reader-news.example.jp.md');
  });
});
