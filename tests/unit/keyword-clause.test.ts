// A line-item keyword belongs to its own clause: what stands before it in another clause or sentence
// (a verb, a conjunction, a scope word, an estimate) does not qualify it. Our own sentences.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../utils/analysis/analyze';
import { loadKbIndex } from '../../scripts/lib/kb-files';

const kb = loadKbIndex();
const get = (text: string, surface: string) => analyze({ text, date: '2025-11-26' }, kb).figures.find((f) => f.surface.includes(surface))!;

describe('the clause of a line-item keyword', () => {
  it('a verb taking the keyword as its object is no qualifier (实现收入, 錄得收入)', () => {
    expect(get('阿里巴巴上季实现收入2400亿元，同比增长4%。', '2400亿元').metric).toBe('revenue');
    expect(get('阿里巴巴上季錄得收入2400億元。', '2400億元').metric).toBe('revenue');
  });
  it('a conjunction opening the clause is no qualifier (但经营利润)', () => {
    const text = '阿里巴巴上季收入增长4%，但经营利润同比下降80%至60亿元。';
    expect(get(text, '60亿元').metric).toBe('operating_income');
    expect(get(text, '80%').metric).toBe('operating_income_growth');
  });
  it("a scope word in the clause before is not the keyword's (…外部收入占比提升，客户管理收入…)", () => {
    const text = '阿里巴巴首席財務官表示，AI收入在外部收入中的佔比提升，客戶管理收入按年增長9%。';
    expect(get(text, '9%').metric).toBe('cmr_growth');
  });
  it('but a scope word in its own clause still is (外部客户收入)', () => {
    expect(get('阿里云上季外部客户收入同比增长29%。', '29%').metric).not.toBe('cloud_revenue_growth');
  });
  it("an estimate in the sentence before an exclamation mark is not this sentence's", () => {
    const text = '阿里巴巴昨交出符合預期的業績！集團上季非公認會計準則淨利潤100億元，按年下降70%。';
    expect(get(text, '100億元').metric).toBe('non_gaap_net_income');
  });
});
