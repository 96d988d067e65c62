// Japanese shapes met on a third set of unseen pages (December 2026), with sentences written for the
// test: a model's name after a long assistant word, a news outlet credited at a cited headline's end,
// the Japanese form of a Chinese name whose kanji differs (高徳 for 高德), a machine translation that
// renders a surname as a famous namesake, and the cast those pages named. Runs on the real KB.
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../utils/analysis/entities/find';
import { normalize } from '../../utils/analysis/text/normalize';
import { loadKbIndex } from '../../scripts/lib/kb-files';

const kb = loadKbIndex();
const found = (text: string) => findEntities(normalize(text), text, kb).mentions.map((m) => `${m.entityId}:${m.surface}`);

describe('a model name after an assistant or chatbot word', () => {
  it('is the app, however long the word before its quotes', () => {
    expect(found('同社のAIアシスタント「Qwen」は初週に利用が伸びた。')).toEqual(['qwen-app:Qwen']);
    expect(found('新しいチャットボット「通義千問」が話題になった。')).toEqual(['qwen-app:通義千問']);
  });
  it('stays the model where its own sentence calls it a model', () => {
    expect(found('対話型AI「通義千問」は有名なオープンソースのモデルだ。')).toEqual(['qwen:通義千問']);
  });
});

describe('an outlet credited at the end of a cited headline', () => {
  it('counts after the last pipe, before the closing bracket or the line end', () => {
    expect(found('規制が強化された(Chipmaker readies new parts | The Guardian)。')).toEqual(['the-guardian:The Guardian']);
    expect(found('Chipmaker readies new parts | ガーディアン\n次の段落。')).toEqual(['the-guardian:ガーディアン']);
  });
  it('not inside a sentence or a table row of other things', () => {
    expect(found('映画「The Guardian」を見た。')).toEqual([]);
    expect(found('| ガーディアン | 3位 |')).toEqual([]);
  });
});

describe('高徳, the Japanese form of 高德 (Amap)', () => {
  it('is Amap beside Alibaba or a map word', () => {
    expect(found('アリババは高徳の新機能を公開した。')).toEqual(['alibaba:アリババ', 'amap:高徳']);
    expect(found('地図アプリ「高徳(ガオドゥ)」が伸びた。')).toEqual(['amap:高徳', 'amap:ガオドゥ']);
  });
  it('not the word or a surname alone', () => {
    expect(found('彼は高徳の人として知られた。')).toEqual([]);
  });
});

describe("a surname rendered as a famous namesake's full name", () => {
  it('is the chairman beside Alibaba and a chairman title', () => {
    expect(found('アリババの会長を引き継いだ蔡英文氏は株を買い増した。蔡氏は語った。')).toEqual(['alibaba:アリババ', 'joe-tsai:蔡英文', 'joe-tsai:蔡']);
  });
  it('not the namesake herself', () => {
    expect(found('アリババの株価が上がった。台湾の蔡英文総統は演説した。')).toEqual(['alibaba:アリババ']);
  });
  it("a homophone of a scientist's name, beside his university", () => {
    expect(found('清華大学教授の唐捷氏が率いる智譜AIが資金を集めた。')).toEqual(['tang-jie:唐捷', 'zhipu-ai:智譜AI']);
    expect(found('唐捷氏は語った。')).toEqual([]);
  });
});

describe('cast met on the third unseen set', () => {
  it('a foreign ministry named with its country, not alone', () => {
    expect(found('中国外務省の報道官は反対した。')).toEqual(['china-mfa:中国外務省']);
    expect(found('中国の外交部報道官は述べた。')).toEqual(['china-mfa:外交部']);
    expect(found('外交部は声明を出した。')).toEqual([]);
  });
  it('a family office, a media outlet and a game', () => {
    expect(found('ブルー・プール・キャピタルとChainCatcher、ゲーム「ピースキーパーエリート」。')).toEqual([
      'blue-pool-capital:ブルー・プール・キャピタル',
      'chaincatcher:ChainCatcher',
      'game-for-peace:ピースキーパーエリート',
    ]);
  });
});

describe('the katakana surname of a Western-order katakana name', () => {
  it('follows the full name, with an honorific or a particle', () => {
    expect(found('みずほ証券のジェームズ・リーは述べた。リー氏は強気だ。リーはまた指摘した。')).toEqual([
      'mizuho:みずほ証券',
      'james-lee:ジェームズ・リー',
      'james-lee:リー',
      'james-lee:リー',
    ]);
  });
  it('also for a person the KB gives only an English surname', () => {
    expect(found('マイケル・エバンス氏は語った。エバンス氏は続けた。')).toEqual(['michael-evans:マイケル・エバンス', 'michael-evans:エバンス']);
  });
  it('not before the full name, nor alone', () => {
    expect(found('リー氏は語った。')).toEqual([]);
  });
});

describe('a name and its legal or technical neighbours', () => {
  it('公社 after a Chinese firm is part of its name', () => {
    expect(found('中国国際金融公社(CICC)のアナリストは述べた。')).toEqual(['cicc:中国国際金融公社', 'cicc:CICC']);
  });
  it('a company name used for its architecture is not the company', () => {
    expect(found('ソフトバンク傘下のARMが上場した。ARMアーキテクチャのチップを出荷した。')).toEqual(['softbank:ソフトバンク', 'arm:ARM']);
  });
  it('ヤフー is the US company with its country prefix or beside Alibaba, not alone', () => {
    expect(found('米ヤフーはアリババ株を保有する。')).toEqual(['yahoo:ヤフー', 'alibaba:アリババ']);
    expect(found('ヤフーのニュースを読んだ。')).toEqual([]);
  });
});

describe('cast met on the fourth unseen set (finance pages)', () => {
  it('investors, brokers, analysts and data sites', () => {
    expect(
      found(
        'マイケル・バーリ、エリオット・マネジメント、スタイフェルのスコット・デビット氏、ピクテ・アセット・マネジメント、TradingView、Finbold、インフォキャスト、網経社の陳礼騰氏。',
      ),
    ).toEqual([
      'michael-burry:マイケル・バーリ',
      'elliott-management:エリオット・マネジメント',
      'stifel:スタイフェル',
      'scott-devitt:スコット・デビット',
      'pictet-asset-management:ピクテ・アセット・マネジメント',
      'tradingview:TradingView',
      'finbold:Finbold',
      'infocast:インフォキャスト',
      'wangjingshe:網経社',
      'chen-liteng:陳礼騰',
    ]);
  });
});

describe('katakana spellings of one foreign name', () => {
  it('ヴ reads as ブ', () => {
    expect(found('米コアウィーヴとエヌビディアが提携した。')).toEqual(['coreweave:コアウィーヴ', 'nvidia:エヌビディア']);
  });
  it('small vowels keep their own reading (クエン酸 is no Qwen)', () => {
    expect(found('レモンのクエン酸は疲労回復に役立つ。')).toEqual([]);
  });
  it('keeps its offsets on the text as written', () => {
    const text = 'アリババとコアウィーヴ。';
    const m = findEntities(normalize(text), text, kb).mentions.find((x) => x.entityId === 'coreweave');
    expect(m && text.slice(m.start, m.end)).toBe('コアウィーヴ');
  });
});

describe('a Japanese press credit after an outlet', () => {
  it('counts for a media name whose alias alone is ambiguous', () => {
    expect(found('同社は新拠点を設けると発表した。『信報』が2日伝えた。')).toEqual(['hkej:信報']);
    expect(found('ガーディアン紙によると、規制が強まった。')).toEqual(['the-guardian:ガーディアン紙']);
  });
  it('not the same word without the credit', () => {
    expect(found('信報を受け取った。')).toEqual([]);
  });
});

describe('a tiny model code once its maker is named', () => {
  it('counts a sentence away from the maker', () => {
    expect(found('中国のAI企業DeepSeek(ディープシーク)は1月、競合に比べ極めて低コストで開発した新しいAIモデル「R1」を公開した。')).toEqual([
      'deepseek:DeepSeek',
      'deepseek:ディープシーク',
      'deepseek-r1:R1',
    ]);
  });
  it('not without it', () => {
    expect(found('競合に比べ極めて低コストで開発した新しいAIモデル「R1」を公開した。')).toEqual([]);
  });
});

describe('cast met on the fifth unseen set (DeepSeek and cloud pages)', () => {
  it('brokers, analysts, investors, media, and Alibaba Cloud people', () => {
    expect(
      found(
        'D.A. Davidsonのアレックス・プラット、ウィリアム・ブレア、T. Rowe Price、フォレスター・リサーチ、PCWorld、Baichuan Intelligent、アリババクラウド・インテリジェントグループの袁千氏と万滄海氏。',
      ),
    ).toEqual([
      'da-davidson:D.A. Davidson',
      'alexander-platt:アレックス・プラット',
      'william-blair:ウィリアム・ブレア',
      't-rowe-price:T. Rowe Price',
      'forrester:フォレスター・リサーチ',
      'pcworld:PCWorld',
      'baichuan:Baichuan Intelligent',
      'alibaba-cloud:アリババクラウド・インテリジェントグループ',
      'yuan-qian:袁千',
      'wan-canghai:万滄海',
    ]);
  });
});

describe('a surname with a title, when two officers share the surname', () => {
  it('is the one whose post the title names', () => {
    expect(found('アリババの呉CEOは語った。')).toEqual(['alibaba:アリババ', 'eddie-wu:呉']);
    expect(found('アリババの呉泳銘CEOと呉沢明CTOが出席した。呉CEOは続けた。呉CTOも話した。')).toEqual([
      'alibaba:アリババ',
      'eddie-wu:呉泳銘',
      'wu-zeming:呉沢明',
      'eddie-wu:呉',
      'wu-zeming:呉',
    ]);
  });
});

describe('a model name with a variant and a size', () => {
  it('is the variant line, not the checkpoint of the same size without it', () => {
    expect(found('Qwen3-VL-235B-A22BとQwen3-235B-A22Bを比べた。')).toEqual(['qwen3-vl:Qwen3-VL-235B-A22B', 'qwen3-235b-a22b:Qwen3-235B-A22B']);
  });
});

describe('a Han surname alone as a clause subject, after the full name', () => {
  it('is the person (Forbes-style Japanese drops 氏)', () => {
    expect(found('DeepSeekの梁文鋒は語った。資金は多いが、梁は「急がない」と述べた。')).toEqual([
      'deepseek:DeepSeek',
      'liang-wenfeng:梁文鋒',
      'liang-wenfeng:梁',
    ]);
  });
  it('not before the full name, nor inside a word', () => {
    expect(found('資金は多いが、梁は「急がない」と述べた。')).toEqual([]);
    expect(found('DeepSeekの梁文鋒は語った。橋梁は古い。')).toEqual(['deepseek:DeepSeek', 'liang-wenfeng:梁文鋒']);
  });
});
