// Which company an article is about, for figures whose sentence names none: the news agency it cites
// as its source does not count; an outside company's units count for it; the one company a short
// report names, in its opening sentence, is its company, but not one known company in a round-up of
// unknown ones. Own sentences, real pipeline and bundled KB.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../utils/analysis/analyze';
import { loadKbIndex } from '../../scripts/lib/kb-files';
import { cited } from '../../utils/analysis/figures/subject';

const kb = loadKbIndex();
const subjectOf = (text: string, surface: string) => {
  const f = analyze({ text }, kb).figures.find((x) => x.surface.startsWith(surface));
  expect(f, surface).toBeDefined();
  return f!.subject;
};

describe("the article's company", () => {
  it('a news agency cited as the source (【上海共同】, 共同通信が報じた) does not count against it', () => {
    const text = '【上海共同】アリババグループが決算を発表した。共同通信が報じた。売上高は56%増の1582億元だった。';
    expect(subjectOf(text, '1582億元')).toBe('alibaba');
  });
  it('nor is the source the subject of the sentence after it ((ブルームバーグ):)', () => {
    const text = '(ブルームバーグ):米マイクロソフトが発表した決算は増収だった。売上高は前年同期比13%増の565億ドルだった。';
    expect(subjectOf(text, '565億ドル')).toBe('microsoft');
  });
  it("a company's own disclosure (据腾讯披露) is no cited source", () => {
    expect(subjectOf('据腾讯披露，2024年四季度资本开支同比增长386%到365.8亿元。', '365.8亿元')).toBe('tencent');
  });
  it("the paper's dispatch mark (【明報專訊】) names no other company in the sentence", () => {
    const text = '【明報專訊】阿里巴巴(9988)公布,截至2025年9月底止第二財季業績,收入按年增長5%至2477.95億元。';
    const f = analyze({ text }, kb).figures.find((x) => x.surface.includes('5%'))!;
    expect(f.via?.subject).toBe('sentence');
  });
  it('but a company named as often, not as a source, does', () => {
    const text = 'テンセントは決算を発表した。テンセントの純利益は増えた。アリババも注目される。売上高は1,928億元だった。';
    expect(subjectOf(text, '1,928億元')).toBeUndefined();
  });
  it("an outside company's units count for the company", () => {
    const text =
      'ソフトバンクグループが決算を発表した。ソフトバンク・ビジョン・ファンドの投資利益が寄与し、ビジョン・ファンドの評価益も増えた。売上高は6%増の4兆6538億円だった。';
    expect(subjectOf(text, '4兆6538億円')).toBe('softbank');
  });
  it('the one company a short report names, in its opening sentence', () => {
    const text = 'マイクロソフトが発表した7～9月期決算は増収増益だった。売上高は前年同期比13%増の565億ドルだった。';
    expect(subjectOf(text, '565億ドル')).toBe('microsoft');
  });
  it('not one known company named late in a round-up of companies the KB does not know', () => {
    const text = '鉄道会社の1~6月期の売上高は前年同期比48%減の79億元だった。不動産会社の売上高は143億元。スマホのシャオミは4~6月期の売上高が701億元だった。';
    expect(subjectOf(text, '79億元')).toBeUndefined();
    expect(subjectOf(text, '143億元')).toBeUndefined();
  });
});

describe('a cited source', () => {
  const at = (text: string, name: string) => cited({ start: text.indexOf(name), end: text.indexOf(name) + name.length }, text);
  it('a dateline, a credit, a copyright line, a report', () => {
    expect(at('【上海共同】中国の電子商取引最大手', '共同')).toBe(true);
    expect(at('[北京 ロイター] 中国の', 'ロイター')).toBe(true);
    expect(at('(ブルームバーグ):米マイクロソフトが', 'ブルームバーグ')).toBe(true);
    expect(at('©一般社団法人共同通信社', '共同通信社')).toBe(true);
    expect(at('【明報專訊】阿里巴巴公布業績', '明報')).toBe(true);
    expect(at('予測に届かなかった(英Reutersの報道)。', 'Reuters')).toBe(true);
  });
  it('not a company speaking for itself, nor a name in brackets', () => {
    expect(at('Alibaba reported revenue of RMB 247.8 billion', 'Alibaba')).toBe(false);
    expect(at('据腾讯披露，资本开支', '腾讯')).toBe(false);
    expect(at('00992 聯想集団 [レノボ・グループ] 18.1%', 'レノボ・グループ')).toBe(false);
    expect(at('【アリババ】決算発表', 'アリババ')).toBe(false);
  });
});
