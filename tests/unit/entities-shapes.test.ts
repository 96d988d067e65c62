// Shapes of entity mentions seen on real pages, each with sentences written for the test: legal
// forms and event years in the span, list numbers and titles glued to a name, surnames in English,
// glossed abbreviations, country-prefixed company names, an alias two entities share, vendor and
// index names that are not the entity. Runs on the real KB.
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../utils/analysis/entities/find';
import { normalize } from '../../utils/analysis/text/normalize';
import { loadKbIndex } from '../../scripts/lib/kb-files';

const kb = loadKbIndex();
const found = (text: string) => findEntities(normalize(text), text, kb).mentions.map((m) => `${m.entityId}:${m.surface}`);

describe('what belongs to a name', () => {
  it('a legal form after the name, chained after a group word', () => {
    expect(found('アリババグループ・ホールディング・リミテッドは決算を発表した。')).toEqual(['alibaba:アリババグループ・ホールディング・リミテッド']);
    expect(found('阿里巴巴グループホールディングリミテッドの株主。')).toEqual(['alibaba:阿里巴巴グループホールディングリミテッド']);
    expect(found('Alibaba Group Holding Ltd. reported revenue. Bank of America Corp raised its target.')).toEqual([
      'alibaba:Alibaba Group Holding Ltd.',
      'bank-of-america:Bank of America Corp',
    ]);
    expect(found('平頭哥半導體有限公司與香港聯合交易所有限公司。')).toEqual(['t-head:平頭哥半導體有限公司', 'hkex:香港聯合交易所有限公司']);
  });

  it('社 after a company name, but not 社内 or 社長', () => {
    expect(found('アップル社は発表した。アリババ社内では、エヌビディア社長が語った。')).toEqual([
      'apple:アップル社',
      'alibaba:アリババ',
      'nvidia:エヌビディア',
    ]);
    expect(found('発表したのはバイトダンス社')).toEqual(['bytedance:バイトダンス社']);
  });

  it("an event's edition year, but not a date after it", () => {
    expect(found('雲栖大会2025で新モデルを発表。WAIC 2024 opened.')).toEqual(['apsara-conference:雲栖大会2025', 'waic:WAIC 2024']);
    expect(found('雲栖大会2025年9月に開催。')).toEqual(['apsara-conference:雲栖大会']);
  });

  it('a list number or a title glued to a Latin name is not part of it', () => {
    expect(found('Key points:\n 1Alibaba plans more. 2Tencent follows.')).toEqual(['alibaba:Alibaba', 'tencent:Tencent']);
    expect(found('Build x1Alibaba or v2.3Tencent.')).toEqual([]);
    expect(found('アリババのEddie WuCEOは述べた。')).toEqual(['alibaba:アリババ', 'eddie-wu:Eddie Wu']);
  });

  it('a lower-case common noun after a Latin name is not part of it', () => {
    expect(found("Alibaba's T-Head semiconductor unit and T-Head Semiconductor itself.")).toEqual([
      'alibaba:Alibaba',
      't-head:T-Head',
      't-head:T-Head Semiconductor',
    ]);
  });

  it('a reading glossed inside a name keeps the name whole (含光(Hanguang)800, an event and its year)', () => {
    expect(found('推論チップ「含光(Hanguang)800」と「雲栖大会(Apsara Conference)2025」。')).toEqual([
      'hanguang-800:含光(Hanguang)800',
      'apsara-conference:雲栖大会(Apsara Conference)2025',
    ]);
    expect(found('倚天(Yitian)の由来。')).toEqual([]);
  });

  it('glossed names are two mentions, name and gloss', () => {
    expect(found('アリババは通義千問(Qwen)を公開した。')).toEqual(['alibaba:アリババ', 'qwen:通義千問', 'qwen:Qwen']);
    expect(found('英フィナンシャル・タイムズ(FT)によれば、収益は増えた。')).toEqual(['financial-times:フィナンシャル・タイムズ', 'financial-times:FT']);
    expect(found('The FT index rose.')).toEqual([]);
  });
});

describe('conditional names', () => {
  it('an English surname after the full name, with a capital, alone', () => {
    expect(found('Alibaba named Eddie Wu chief executive. Wu attributed the growth to AI.')).toEqual(['alibaba:Alibaba', 'eddie-wu:Eddie Wu', 'eddie-wu:Wu']);
    expect(found('Eddie Wu spoke. Later Wu Bank opened and Jiang Wu left.')).toEqual(['eddie-wu:Eddie Wu']);
    expect(found('Wu attributed the growth to AI.')).toEqual([]);
  });

  it('a company after a country prefix in Japanese (米アップル), not the fruit', () => {
    expect(found('中国政府は米アップルの製品を制限する。')).toEqual(['chinese-government:中国政府', 'apple:アップル']);
    expect(found('アップルを使ったケーキを焼いた。')).toEqual([]);
  });

  it('an alias two entities share goes to the one with evidence nearby (千問: models or app)', () => {
    expect(found('アリババは千問アプリの春節キャンペーンを始めた。千問は1億ダウンロードを超えた。')).toEqual([
      'alibaba:アリババ',
      'qwen-app:千問アプリ',
      'qwen-app:千問',
    ]);
    expect(found('アリババは通義千問の新モデルを公開した。千問の大規模言語モデルはオープンソースだ。')).toEqual([
      'alibaba:アリババ',
      'qwen:通義千問',
      'qwen:千問',
    ]);
  });

  it('a descriptive unit name counts once a member of its family is named, not on its own', () => {
    expect(found('高鑫零售的收入下降。中国电商分部收入1400亿元，云智能分部收入330亿元。')).toEqual([
      'sun-art:高鑫零售',
      'alibaba-china-ecommerce:中国电商分部',
      'alibaba-cloud:云智能分部',
    ]);
    expect(found('中国电商分部收入1400亿元。')).toEqual([]);
  });

  it("Wu Jihan is Bitmain's co-founder, not Alibaba's CEO", () => {
    expect(found('Bitmain co-founder Wu Jihan launched a new venture.')).toEqual(['bitmain:Bitmain', 'wu-jihan:Wu Jihan']);
  });

  it('a generic fee is no entity; the Taobao fee is', () => {
    expect(found('The platform charges a technology service fee of 2%.')).toEqual([]);
    expect(found('淘宝从9月起收取基础软件服务费。')).toContain('software-service-fee:基础软件服务费');
  });
});

describe('names of the news that are not the entity they contain', () => {
  it('a stock index is not its newspaper or exchange', () => {
    expect(found('日経平均株価は続落した。日本経済新聞によると')).toEqual(['nikkei-225:日経平均株価', 'nikkei:日本経済新聞']);
  });

  it('a media company is a named entity but not a player of the race', () => {
    expect(found('ロイターによると、新華社も伝えた。')).toEqual(['reuters:ロイター', 'xinhua:新華社']);
    expect(kb.roles.get('reuters')).toBeUndefined();
    expect(kb.roles.get('openai')?.role).toBe('race');
  });

  it('a maker glued to its product or chip is the product or chip (阿里巴巴1688.com, 英偉達H100)', () => {
    expect(found('可在阿里巴巴1688.com采购。')).toEqual(['1688:阿里巴巴1688.com']);
    expect(found('英偉達H100與昇騰910C。')).toEqual(['nvidia-h100:英偉達H100', 'ascend-910c:昇騰910C']);
    // Not across a word between them (英偉達的H100), nor another maker's chip.
    expect(found('英偉達的H100與華為H100。')).toEqual(['nvidia:英偉達', 'nvidia-h100:H100', 'huawei:華為', 'nvidia-h100:H100']);
  });
});
