// A KB ticker 'EXCHANGE:CODE' is also found as quote sites write it, with the exchange's suffix
// (600000.SH, 000001.SZ, 1234.HK): one mention over the code and its suffix.
import { describe, expect, it } from 'vitest';
import { PreparedKb } from '../../utils/analysis/prepared-kb';
import { findEntities } from '../../utils/analysis/entities/find';
import { normalize } from '../../utils/analysis/text/normalize';
import { aliasKey, entityKeys } from '../../utils/db/keys';
import { testEntity as entity, testBundle } from './support/test-entity';

const bundle = testBundle({
  entities: [
    entity('shchip', 'company', ['上海芯片'], { names: { ja: ['上海芯片'], en: ['Shchip'] }, tickers: ['SSE:688001'] }),
    entity('szco', 'company', ['深圳科技'], { names: { ja: ['深圳科技'], en: ['Szco'] }, tickers: ['SZSE:002999'] }),
    entity('hkco', 'company', ['香港網絡'], { names: { ja: ['香港網絡'], en: ['Hkco'] }, tickers: ['HKEX:1234'] }),
  ],
});
const kb = new PreparedKb(bundle);

function mentions(text: string): string[] {
  const { entities } = findEntities(normalize(text), text, kb, {});
  return entities.flatMap((e) => e.mentions.map((m) => `${e.id}:${text.slice(m.start, m.end)}`)).sort();
}

describe('tickers with their exchange suffix', () => {
  it.each([
    ['Shchip (688001.SH) reported results.', 'shchip:688001.SH'],
    ['Shchip (688001.SS) reported results.', 'shchip:688001.SS'],
    ['Szco (002999.SZ) reported results.', 'szco:002999.SZ'],
    ['Hkco (1234.HK) reported results.', 'hkco:1234.HK'],
  ])('%s', (text, want) => {
    expect(mentions(text)).toContain(want);
  });

  it('a suffix of another exchange is not taken', () => {
    expect(mentions('Szco (002999.SH) reported results.')).not.toContain('szco:002999.SH');
  });

  it('the reader finds the company by the same forms (lookup keys)', () => {
    const keys = entityKeys(bundle.entities.find((e) => e.id === 'hkco')!);
    for (const form of ['HKEX:1234', '1234', '1234.HK']) expect(keys).toContain(aliasKey(form));
    expect(keys).not.toContain(aliasKey('1234.SH'));
  });
});
