// Fail-safe shapes where a difference has another explanation than a wrong figure: a growth rate in a
// sentence that does not name the company may be a part's (a segment, a product line named in words
// the KB does not know), as its amount may; a conversion that does not follow from a base which itself
// differs from the KB may be the right number (the base is the suspect). Values hypothetical.
import { describe, expect, it } from 'vitest';
import { flagsOf, get, run } from './support/checks-kb';

describe('a growth rate that may be a part’s', () => {
  it('the company only the article’s: unverified, the subject said to be missing', () => {
    const text = 'アリババの2025年7～9月期決算が発表された。\n2025年7～9月期は付加価値サービスが伸び、売上高は前年同期比60%増だった。';
    expect(get(run(text), '60%増').check).toMatchObject({ status: 'unverified', missing: ['subject'] });
  });
  it('the company named in its sentence: still a value error', () => {
    expect(flagsOf(run('阿里巴巴2026财年第二季度收入同比增长60%。'))).toEqual([expect.stringMatching(/:value$/)]);
  });
});

describe('a conversion from a base that itself differs from the KB', () => {
  it('the base flagged, the converted amount left unverified (which one is wrong is not settled)', () => {
    const figs = run('阿里巴巴2026财年第二季度营收为2,120亿元(约348亿美元)。');
    expect(get(figs, '2,120亿元').check).toMatchObject({ status: 'inconsistent', cause: 'value' });
    expect(get(figs, '约348亿美元').check).toMatchObject({ status: 'unverified', missing: ['difference'] });
    expect(get(figs, '约348亿美元').check!.cause).toBeUndefined();
  });
});
