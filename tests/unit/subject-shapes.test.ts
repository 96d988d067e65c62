// Who a figure is about when its sentence names nobody: a company named only to be left out
// (剔除X, X以外, excluding X) is not the article's subject; several of the group's units named once
// each make the group the subject; and on a page that names no company it is about, the company
// whose KB facts its precise amounts match. Own sentences, real pipeline and bundled KB.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../utils/analysis/analyze';
import { loadKbIndex } from '../../scripts/lib/kb-files';
import { excluded } from '../../utils/analysis/figures/subject';
import { identifyFromKb } from '../../utils/analysis/figures/date-from-kb';

const kb = loadKbIndex();
const figure = (text: string, surface: string) => {
  const res = analyze({ text }, kb);
  const f = res.figures.find((x) => x.surface.startsWith(surface));
  expect(f, `${surface} in ${res.figures.map((x) => x.surface).join(' | ')}`).toBeDefined();
  return { f: f!, res };
};

describe('a company named only to be left out', () => {
  it('剔除X和Y, X以外, X を除く, excluding X are exclusions; a plain mention is not', () => {
    const at = (text: string, name: string) => excluded({ start: text.indexOf(name), end: text.indexOf(name) + name.length }, text);
    expect(at('剔除高鑫零售和银泰业务的可比收入增长10%', '高鑫零售')).toBe(true);
    expect(at('剔除高鑫零售和银泰业务的可比收入增长10%', '银泰')).toBe(true);
    expect(at('楽天を除く国内EC各社の売上高', '楽天')).toBe(true);
    expect(at('Revenue excluding Sun Art and Intime rose 10%', 'Sun Art')).toBe(true);
    expect(at('高鑫零售的收入增长10%', '高鑫零售')).toBe(false);
    expect(at('除外された後、楽天の売上高は伸びた', '楽天')).toBe(false);
  });
  it('does not make the left-out company the subject of figures that name none', () => {
    const { f } = figure('第一季度营收为2000亿元人民币。剔除高鑫零售业务的可比收入增长10%。', '2000亿元');
    expect(f.subject).not.toBe('sun-art');
  });
});

describe("the group's units named once each", () => {
  it('make the group, not the first unit, the subject of an unnamed figure', () => {
    const { f } = figure('季度营收为2000亿元人民币。其中淘天集团和云智能集团均有增长。', '2000亿元');
    expect(f.subject).toBe('alibaba');
  });
});

describe('a page that names no company it is about', () => {
  it('is about the company whose facts its precise amounts match (and dated by them)', () => {
    // precise amounts of one quarter of Alibaba's (FY2026 Q1 revenue and cloud revenue, as in the KB)
    const quarter = (metric: string) =>
      [...kb.facts.values()].find((x) => x.subject === 'alibaba' && x.metric === metric && x.period?.end === '2025-06-30' && x.unit === 'CNY');
    const [revenue, cloud] = [quarter('revenue'), quarter('cloud_revenue')];
    expect(revenue && cloud).toBeDefined();
    const yi = (v: number) => `${(v / 1e8).toFixed(2)}亿元人民币`;
    const text = `第一季度总收入${yi(revenue!.value)}，云业务收入${yi(cloud!.value)}。剔除高鑫零售业务的可比收入增长10%。`;
    const res = analyze({ text }, kb);
    const id = identifyFromKb(
      res.figures,
      kb,
      res.entities.map((e) => e.id),
      text,
    );
    expect(id.subject).toBe('alibaba');
    expect(id.date).toBe('2025-07-01');
    const f = res.figures.find((x) => x.kind === 'money')!;
    expect(f.subject).toBe('alibaba');
    expect(f.via?.subject).not.toBe('sentence'); // never as if the sentence named it
  });
  it('names nobody when the amounts match no named company (or its groups)', () => {
    const text = '季度总收入为1234.5亿元人民币。剔除某公司业务的收入增长10%。';
    const res = analyze({ text }, kb);
    expect(
      identifyFromKb(
        res.figures,
        kb,
        res.entities.map((e) => e.id),
        text,
      ).subject,
    ).toBeUndefined();
  });
});
