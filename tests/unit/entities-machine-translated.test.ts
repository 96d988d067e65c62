// Names as machine translation of Chinese news into Japanese writes them, each in sentences written for
// the test: simplified characters left in Japanese kanji names, a katakana name inside a longer katakana
// word, lines of business glossed by the unit serving them, a company glossed with its reading and then
// "cloud", and garbled names the KB lists as mistranslations. Runs on the real KB.
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../utils/analysis/entities/find';
import { normalize } from '../../utils/analysis/text/normalize';
import { loadKbIndex } from '../../scripts/lib/kb-files';
import { foldHan } from '../../utils/analysis/match/han-fold';

const kb = loadKbIndex();
const found = (text: string) => findEntities(normalize(text), text, kb).mentions.map((m) => `${m.entityId}:${m.surface}`);

describe('simplified characters in a Japanese name', () => {
  it('fold to the same name (劉炽平 is 劉熾平, 捜狐 is 搜狐, 黄仁勲 is 黄仁勋)', () => {
    expect(foldHan('劉熾平')).toBe(foldHan('刘炽平'));
    expect(found('テンセントの社長である劉炽平は説明した。')).toEqual(['tencent:テンセント', 'martin-lau:劉炽平']);
    expect(found('新浪、捜狐、網易は3大ポータルと呼ばれた。')).toEqual(['sina:新浪', 'sohu:捜狐', 'netease:網易']);
    expect(found('エヌビディアの黄仁勲CEOは述べた。')).toEqual(['nvidia:エヌビディア', 'jensen-huang:黄仁勲']);
  });
});

describe('a katakana name inside a longer katakana word', () => {
  it('is part of that word (ジーリー in テクノロジーリーダー), not at a line break', () => {
    expect(found('次世代のテクノロジーリーダーを育てたい。')).toEqual([]);
    expect(found('ジーリーの新車。')).toEqual(['geely:ジーリー']);
    expect(found('ロゴ\n\nアリババグループホールディングリミテッド')).toEqual(['alibaba:アリババグループホールディングリミテッド']);
  });
});

describe('a line of business glossed with its unit', () => {
  it('is no name of the unit (エンターテインメント(优酷))', () => {
    expect(found('アリババは物流(菜鸟)、エンターテインメント(优酷)などの事業を持つ。')).toEqual(['alibaba:アリババ', 'cainiao:菜鸟', 'youku:优酷']);
  });
});

describe('a company glossed with its reading, then cloud', () => {
  it("is the company's cloud unit (阿里(アリ)クラウド, 百度(バイドゥ)スマートクラウド, Alibaba クラウド)", () => {
    expect(found('阿里(アリ)クラウド、華為(ファーウェイ)クラウド、百度(バイドゥ)スマートクラウドが首位を争う。')).toEqual([
      'alibaba-cloud:阿里(アリ)クラウド',
      'huawei-cloud:華為(ファーウェイ)クラウド',
      'baidu-ai-cloud:百度(バイドゥ)スマートクラウド',
    ]);
    expect(found('騰訊(テンセント)は発表した。')).toEqual(['tencent:騰訊', 'tencent:テンセント']);
    expect(found('Alibaba クラウドと華為クラウドが競う。')).toEqual(['alibaba-cloud:Alibaba クラウド', 'huawei-cloud:華為クラウド']);
    expect(found('テンセントのクラウドファンディング。')).toEqual(['tencent:テンセント']);
  });
});

describe("a person's katakana reading", () => {
  it('is the person where the company is named (リウ・チーピン for 劉熾平), not alone', () => {
    expect(found('テンセントのマー・ホアテン会長とリウ・チーピン総裁。')).toEqual([
      'tencent:テンセント',
      'pony-ma:マー・ホアテン',
      'martin-lau:リウ・チーピン',
    ]);
    expect(found('リウ・チーピンは述べた。')).toEqual([]);
  });
});

describe('garbled names listed as mistranslations', () => {
  it('count once their family is named', () => {
    expect(found('阿里雲が値下げし、バイト鼓動も豆包を発表した。')).toContain('bytedance:バイト鼓動');
    expect(found('百度のロボカッパの注文数は増えた。')).toEqual(['baidu:百度', 'apollo-go:ロボカッパ']);
    expect(found('DeepSeek(深さ求索)は発表した。')).toEqual(['deepseek:DeepSeek', 'deepseek:深さ求索']);
  });
});
