// Which company an article is about, for figures whose sentence names none: the news agency it cites
// is no rival to that company; an outside company's units count for it; the one player a short report
// names in its opening sentence is its company, but not one known company in a round-up of unknown
// ones. Own sentences, real pipeline and bundled KB.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../utils/analysis/analyze';
import { loadKbIndex } from '../../scripts/lib/kb-files';

const kb = loadKbIndex();
const subjectOf = (text: string, surface: string) => {
  const f = analyze({ text }, kb).figures.find((x) => x.surface.startsWith(surface));
  expect(f, surface).toBeDefined();
  return f!.subject;
};

describe("the article's company", () => {
  it('a news agency named as often is no rival to it', () => {
    const text = '共同通信によると、アリババグループが決算を発表した。売上高は56%増の1582億元だった。(共同通信)';
    expect(subjectOf(text, '1582億元')).toBe('alibaba');
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
