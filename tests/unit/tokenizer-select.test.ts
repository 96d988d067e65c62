// utils/tokenizer/select.ts: the tokenizer reads only the sentences where a new name may stand,
// and the enrichment over that text is the same as over the whole text.
import { beforeAll, describe, expect, it } from 'vitest';
import { nodeTokenizer } from '../../scripts/lib/analyze-dict';
import { PreparedKb } from '../../utils/analysis/prepared-kb';
import { enrichFromTokens } from '../../utils/analysis/tokenizer/enrich';
import { tokenizerRanges, tokenizerText } from '../../utils/analysis/tokenizer/select';
import type { Tokenizer } from '../../utils/analysis/tokenizer/tokenizer';
import { testEntity, testBundle } from './support/test-entity';
import type { AnalysisResult, EntityResult } from '../../utils/analysis/types';

const entity = testEntity;
const bundle = testBundle({
  entities: [
    entity('alibaba', 'company', ['アリババ']),
    entity('eddie-wu', 'person', ['呉泳銘'], { reading: 'ゴ・エイメイ' }),
    entity('yanai', 'person', ['柳井正']),
  ],
});
const kb = new PreparedKb(bundle);

/** A result whose entities are the given surfaces, found wherever they occur. */
function resultFor(text: string, names: Array<[string, string, EntityResult['type']]>, figures: Array<[number, number]> = []): AnalysisResult {
  const entities: EntityResult[] = names.map(([id, surface, type]) => {
    const mentions = [];
    for (let i = text.indexOf(surface); i >= 0; i = text.indexOf(surface, i + 1)) mentions.push({ start: i, end: i + surface.length, surface });
    return { id, name: surface, type, mentions };
  });
  const figs = figures.map(([start, end]) => ({ start, end, surface: text.slice(start, end), kind: 'money' as const, value: 1, unit: 'CNY' }));
  return { relevant: true, score: 1, reasons: [], entities, figures: figs };
}

const kept = (text: string, r: AnalysisResult) => tokenizerRanges(text, r, kb).map(([a, b]) => text.slice(a, b));

describe('tokenizerRanges / tokenizerText', () => {
  it('keeps the sentences that may hold a new name, with their terminator', () => {
    const text = [
      '新興企業ザルトリクスが上場した。', // unknown katakana
      '売上高は前年同期比で増えた。', // nothing to find
      '蒋凡氏が登壇した。', // kanji before 氏
      'DeepSeekも参入した。', // capitalised Latin word
      '宇樹科技は人型ロボットを作る。', // kanji before 科技
      'クラウドサービスのプラットフォームを強化した。', // loanwords only
    ].join('\n');
    expect(kept(text, resultFor(text, []))).toEqual([
      '新興企業ザルトリクスが上場した。',
      '蒋凡氏が登壇した。',
      'DeepSeekも参入した。',
      '宇樹科技は人型ロボットを作る。',
    ]);
  });

  it('skips names the analysis already found, figures and Latin tails or acronyms', () => {
    const text = 'アリババが発表した。3,800億元を投じる。GPUとQwen2.5-Maxの話だ。';
    const r = resultFor(
      text,
      [
        ['alibaba', 'アリババ', 'company'],
        ['qwen', 'Qwen2.5-Max', 'model'],
      ],
      [[text.indexOf('3,800'), text.indexOf('元') + 1]],
    );
    expect(kept(text, r)).toEqual([]);
    expect(tokenizerText(text, r, kb)).toBe('\n'.repeat(text.length));
  });

  it('keeps sentences with a kanji person mention whose reading the KB lacks', () => {
    const text = '柳井正会長は語った。呉泳銘は続けた。業績は良い。';
    const r = resultFor(text, [
      ['yanai', '柳井正', 'person'],
      ['eddie-wu', '呉泳銘', 'person'],
    ]);
    expect(kept(text, r)).toEqual(['柳井正会長は語った。']); // 呉泳銘 has a KB reading
  });

  it('keeps the text length and the kept sentences in place; merges neighbours', () => {
    const text = '業績は良い。\nザルトリクスとヴェルテクスが組む。ヴェルテクスは強い。\n以上。';
    const r = resultFor(text, []);
    const t = tokenizerText(text, r, kb);
    expect(t.length).toBe(text.length);
    const [[a, b]] = tokenizerRanges(text, r, kb) as [[number, number]];
    expect(t.slice(a, b)).toBe('ザルトリクスとヴェルテクスが組む。ヴェルテクスは強い。');
    expect(t.slice(0, a)).toMatch(/^\n+$/);
    expect(t.slice(b)).toMatch(/^\n+$/);
  });

  it('handles a very long katakana run (not a loanword check) and an empty text', () => {
    const long = 'ア'.repeat(5000) + '。';
    expect(kept(long, resultFor(long, [])).join('').length).toBeGreaterThan(0);
    expect(tokenizerText('', resultFor('', []), kb)).toBe('');
  });
});

describe('enrichment over the selected text', () => {
  let tok: Tokenizer;
  beforeAll(async () => {
    tok = await nodeTokenizer();
  }, 60_000);

  it('finds the same names and readings as over the whole text', () => {
    const text = [
      'ファーストリテイリングの柳井正会長と、アリババの呉泳銘CEOが登壇した。',
      '新興企業ザルトリクスは、蒋凡氏と石破茂首相が会談したと発表した。',
      '売上高は前年同期比で増え、利益も増えた。',
      'DeepSeekとMoonshot AIは、宇樹科技と組む。',
      'クラウドコンピューティングのエコシステムを強化する。',
    ].join('\n');
    const r = resultFor(text, [
      ['yanai', '柳井正', 'person'],
      ['eddie-wu', '呉泳銘', 'person'],
      ['alibaba', 'アリババ', 'company'],
    ]);
    const whole = enrichFromTokens(tok.tokenize(text), text, r, kb);
    const part = enrichFromTokens(tok.tokenize(tokenizerText(text, r, kb)), text, r, kb);
    expect(part).toEqual(whole);
    expect(part.readings).toEqual({ yanai: 'ヤナイ・タダシ' });
    const names = part.unknownProperNouns!.map((p) => p.surface);
    for (const n of ['ファーストリテイリング', 'ザルトリクス', '蒋凡', '石破茂', 'DeepSeek', 'Moonshot AI', '宇樹科技']) expect(names).toContain(n);
    expect(kept(text, r)).not.toContain('売上高は前年同期比で増え、利益も増えた。');
  });
});
