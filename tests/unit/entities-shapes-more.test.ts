// More shapes of entity mentions seen on unseen real pages, each with sentences written for the test:
// an article before a name, Bloomberg's "Co.", a number glued to a chip's or model's name, a katakana
// variant word after a model's number. Runs on the real KB.
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../utils/analysis/entities/find';
import { normalize } from '../../utils/analysis/text/normalize';
import { loadKbIndex } from '../../scripts/lib/kb-files';

const kb = loadKbIndex();
const found = (text: string) => findEntities(normalize(text), text, kb).mentions.map((m) => `${m.entityId}:${m.surface}`);

describe('what belongs to a name', () => {
  it("a lower-case article is the sentence's, a capital The mid-sentence is the name's", () => {
    expect(found('According to the New York Times and the Wall Street Journal, sales fell.')).toEqual(['nyt:New York Times', 'wsj:Wall Street Journal']);
    expect(found('Sales fell, The New York Times said.')).toEqual(['nyt:The New York Times']);
  });

  it('a suffix on the next line is no part of the name (a site name, then its tagline)', () => {
    expect(found('镁客网\n\n\n科技 | 人文 | 行业')).toEqual(['im2maker:镁客网']);
    expect(found('镁客网科技报道。')).toEqual(['im2maker:镁客网科技']);
  });

  it("Bloomberg's Co. after a company's name, not a co-founder", () => {
    expect(found('It sold chips to Huawei Technologies Co. and its partners.')).toEqual(['huawei:Huawei Technologies Co.']);
    expect(found('Samsung Electronics Co. said so.')).toEqual(['samsung-electronics:Samsung Electronics Co.']);
    expect(found('Alibaba co-founder Jack Ma spoke.')).toEqual(['alibaba:Alibaba', 'jack-ma:Jack Ma']);
  });

  it("a chip's or model's number glued to its name", () => {
    expect(found('ファーウェイの第3世代「Ascend910C」チップ。')).toEqual(['huawei:ファーウェイ', 'ascend-910c:Ascend910C']);
    expect(found('Llama3.1 was compared.')).toEqual(['llama-3-1:Llama3.1']);
  });

  it("a katakana variant word right after a model's number, not a longer katakana word", () => {
    expect(found('画像生成モデル「Seedream 5.0ライト」を公開した。')).toEqual(['seedream:Seedream 5.0ライト']);
    expect(found('Qwen3プロジェクトが始まった。')).toEqual(['qwen3:Qwen3']);
    expect(found('入門級のGLM-3ターボモデルを値下げした。')).toEqual(['glm:GLM-3ターボ']);
  });

  it('a family written in Han characters with a version and parts glued on, read as its Latin name', () => {
    expect(found('Qwen2.5-Max(通義千問2.5-Max)を公開した。')).toEqual(['qwen2-5-max:Qwen2.5-Max', 'qwen2-5-max:通義千問2.5-Max']);
    expect(found('千问3-235B发布。千問3-Coderも出た。')).toEqual(['qwen3:千问3-235B', 'qwen3-coder:千問3-Coder']);
  });

  it("a family's katakana name with a version glued on; its Han name before its Latin name stays apart", () => {
    expect(found('グーグルが「ジェミニ3」を発表した。')).toEqual(['google:グーグル', 'gemini-3:ジェミニ3']);
    expect(found('最新版の通義Qwen3を公開した。')).toEqual(['qwen:通義', 'qwen3:Qwen3']);
  });

  it('a speed tier after a model family (ERNIE Speed) and a shopping festival written in full', () => {
    expect(found('ERNIE SpeedとERNIE Liteを無料にした。')).toEqual(['ernie-bot:ERNIE Speed', 'ernie-bot:ERNIE Lite']);
    expect(found('天猫ダブルイレブンショッピングフェスティバルが始まった。')).toEqual(['singles-day:天猫ダブルイレブンショッピングフェスティバル']);
  });
});

describe('what a page says a name means', () => {
  it('initials glossed after a name, with a function word in small letters, abbreviate it on the page', () => {
    expect(found("The U.S. Department of Commerce (DoC) issued guidance. The DoC's statement followed.")).toEqual([
      'us-commerce-department:U.S. Department of Commerce',
      'us-commerce-department:DoC',
      'us-commerce-department:DoC',
    ]);
    // Not a lower-case word in parentheses, not initials of another name.
    expect(found('The U.S. Department of Commerce (doc) said. The U.S. Department of Commerce (ABC) said. ABC news.')).toEqual([
      'us-commerce-department:U.S. Department of Commerce',
      'us-commerce-department:U.S. Department of Commerce',
    ]);
  });

  it('a tiny code reaches a little farther for its cue once the page names it in full', () => {
    expect(found('MiniMax, led by its founder, has gained global attention with its M2 model. MiniMax M2 secured a record score.')).toEqual([
      'minimax:MiniMax',
      'minimax-m2:M2',
      'minimax-m2:MiniMax M2',
    ]);
    expect(found('MiniMax, led by its founder, has gained global attention with its M2 model.')).toEqual(['minimax:MiniMax']);
  });

  it("a maker's line-up: a tiny code after a sibling model of the same maker, a short paragraph on", () => {
    const filler = '大手各社は軒並み自社モデルの価格を下げざるを得なくなり、業界の構図は大きく変わった。'.repeat(2);
    expect(found(`ディープシークが発表した低価格モデル「V2」は話題を呼んだ。${filler}12月には「V3」を発表し、1月には「R1」を出した。`)).toEqual([
      'deepseek:ディープシーク',
      'deepseek-v2:V2',
      'deepseek-v3:V3',
      'deepseek-r1:R1',
    ]);
    // Without a sibling named nearby, a bare code far from its maker stays unread.
    expect(found(`ディープシークが話題を呼んだ。${filler}${filler}12月には「V3」を発表した。`)).toEqual(['deepseek:ディープシーク']);
  });
});

describe('who a surname is, and what an app is called', () => {
  it('a surname right after its organisation and the title the person holds there', () => {
    expect(found('アップル社CEOクック、Google社CEOピチャイなどが参加した。')).toEqual([
      'apple:アップル社',
      'tim-cook:クック',
      'google:Google社',
      'sundar-pichai:ピチャイ',
    ]);
    // An analyst's katakana surname right after the firm and の, standing before a particle.
    expect(found('しかし、86Researchのチャイは警告する。')).toEqual(['86research:86Research', 'charlie-chai:チャイ']);
    // Another organisation's title: not its officer.
    expect(found('アリババCEOクックが参加した。')).toEqual(['alibaba:アリババ']);
  });

  it("the name glossed after the app's mention, and the bare name on a page that names the app and no model", () => {
    expect(found('同社が運営するAIアプリ「千問（Qwen）」を使った買い物。AIモデルも増えた。')).toEqual(['qwen-app:千問', 'qwen-app:Qwen']);
    expect(found('千問APPは活動データを発表した。千問の利用は増えた。')).toEqual(['qwen-app:千問APP', 'qwen-app:千問']);
    expect(found('Qwen Appは活動データを発表した。Qwenの新モデルも出た。')).toEqual(['qwen-app:Qwen App', 'qwen:Qwen']);
  });
});

describe('what a gloss does not make a name', () => {
  it('a generic hardware word glossed by a name (メモリー(HBM)) is no name of it', () => {
    expect(found('旧世代の高帯域幅メモリー(HBM)を搭載した。メモリーの価格も上がった。')).toEqual(['hbm:HBM']);
  });
});

describe('an exchange written against a ticker', () => {
  it('is the exchange, whatever else its name means (META/NASDAQ, NASDAQ:NVDA)', () => {
    expect(found('マイクロソフト(MSFT/NASDAQ)は発表した。')).toEqual(['microsoft:マイクロソフト', 'microsoft:MSFT', 'nasdaq:NASDAQ']);
    expect(found('Nvidia (NASDAQ:NVDA) rose.')).toEqual(['nvidia:Nvidia', 'nasdaq:NASDAQ', 'nvidia:NVDA']);
    expect(found('The NASDAQ fell 2% on Monday.')).toEqual([]);
  });

  it('written with a capital only, before a ticker (Nasdaq:BIDU), and not before a word', () => {
    expect(found('百度(Nasdaq:BIDU)发布了财报。')).toEqual(['baidu:百度', 'nasdaq:Nasdaq', 'baidu:BIDU']);
    expect(found('Nasdaq: The index fell on Monday.')).toEqual([]);
  });
});

describe('an ambiguous name in a list of names of its kind', () => {
  it('after an Oxford comma (A, B, and C) as after "and"', () => {
    expect(found('IBM, Salesforce, and Oracle kept their share.')).toEqual(['ibm:IBM', 'salesforce:Salesforce', 'oracle:Oracle']);
    expect(found('IBM, Salesforce and Oracle kept their share.')).toEqual(['ibm:IBM', 'salesforce:Salesforce', 'oracle:Oracle']);
    expect(found('The oracle spoke, and Delphi listened.')).toEqual([]);
  });
});
