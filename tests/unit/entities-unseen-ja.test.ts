// Japanese shapes met on unseen pages (December 2026, second fresh set), with sentences written for
// the test: a surname with a title where only the person's organisation is named, the katakana surname
// of a Western-order katakana name, a dotted katakana name that runs on into a longer one, テンセントHD,
// a model's name introduced as an app, and the cast those pages named. Runs on the real KB.
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../utils/analysis/entities/find';
import { normalize } from '../../utils/analysis/text/normalize';
import { loadKbIndex } from '../../scripts/lib/kb-files';

const kb = loadKbIndex();
const found = (text: string) => findEntities(normalize(text), text, kb).mentions.map((m) => `${m.entityId}:${m.surface}`);

describe('a surname with a title, the full name never written', () => {
  it('is the person when the page names the organisation the person serves', () => {
    expect(found('マー氏はアリババの将来について語った。')).toEqual(['jack-ma:マー', 'alibaba:アリババ']);
    expect(found('ツァイ会長は香港でアリババのAI戦略を語った。')).toEqual(['joe-tsai:ツァイ', 'alibaba:アリババ']);
  });
  it('stays quiet without that organisation, for a surname several of its people bear, and for a one-character Han surname', () => {
    expect(found('ウー氏は語った。')).toEqual([]);
    // Three officers of Alibaba are Wu (Eddie Wu, Maggie Wu, Wu Zeming); Ma serves Alibaba and Tencent.
    expect(found('ウー氏はアリババのクラウド事業について語った。')).toEqual(['alibaba:アリババ']);
    expect(found('マー氏はアリババとテンセントについて語った。')).toEqual(['alibaba:アリババ', 'tencent:テンセント']);
    expect(found('馬氏はアリババについて語った。')).toEqual(['alibaba:アリババ']);
    expect(found('チャン氏はアリババとテンセントについて語った。')).toEqual(['alibaba:アリババ', 'tencent:テンセント']);
  });
});

describe('the katakana surname of a katakana full name', () => {
  it('follows the full name (ロビン・リー → リー氏), read from the Chinese-order reading', () => {
    expect(found('バイドゥのロビン・リーCEOは述べた。リー氏は戦略を話した。')).toEqual(['baidu:バイドゥ', 'robin-li:ロビン・リー', 'robin-li:リー']);
  });
  it('not alone', () => {
    expect(found('リー氏は語った。')).toEqual([]);
  });
});

describe('a dotted katakana name', () => {
  it('is not found inside a longer katakana name', () => {
    expect(found('ジャック・マークス氏は語った。')).toEqual([]);
  });
  it('a machine translation of a name that adds a sound is a mention of that person', () => {
    expect(found('アリババのウー・ジャイ総裁は語った。')).toEqual(['alibaba:アリババ', 'wu-jia:ウー・ジャイ']);
  });
});

describe('HD after a company name', () => {
  it('is part of the name in capitals only', () => {
    expect(found('テンセントHDの株価は上昇した。')).toEqual(['tencent:テンセントHD']);
    expect(found('テンセントhdの株価')).toEqual(['tencent:テンセント']);
  });
});

describe('a surname that named its person once', () => {
  it('names the person again where it stands alone later, not before', () => {
    expect(found('86Researchのチャイは、市場を分析した。リードしているのはアリババだとチャイはいう。')).toEqual([
      '86research:86Research',
      'charlie-chai:チャイ',
      'alibaba:アリババ',
      'charlie-chai:チャイ',
    ]);
    expect(found('チャイはいう。86Researchのチャイは述べた。')).toEqual(['86research:86Research', 'charlie-chai:チャイ']);
  });
});

describe('a model name introduced as an app', () => {
  it('is the app there, and throughout a page that never speaks of models', () => {
    expect(found('AIアプリ「Qwen」の利用者が急増した。Qwenは人気だ。')).toEqual(['qwen-app:Qwen', 'qwen-app:Qwen']);
  });
  it('only there on a page that speaks of models', () => {
    expect(found('AIアプリ「Qwen」が公開された。Qwenモデルは強い。')).toEqual(['qwen-app:Qwen', 'qwen:Qwen']);
  });
  it('after a chatbot word or before the word app, under any name of its model', () => {
    expect(found('アリババは対話型AI「通義千問(Qwen)」の新機能を発表した。新しいモデルも出た。')).toEqual([
      'alibaba:アリババ',
      'qwen-app:通義千問',
      'qwen-app:Qwen',
    ]);
    expect(found('阿里推出个人AI助手「千问」应用程式。新模型也发布了。')).toEqual(['alibaba:阿里', 'qwen-app:千问']);
  });
  it('where its sentence counts users and speaks of no model', () => {
    expect(found('QwenのDAUは1000万人を超えた。Qwenの新モデルも出た。')).toEqual(['qwen-app:Qwen', 'qwen:Qwen']);
    expect(found('Qwenモデルの利用者が増えた。')).toEqual(['qwen:Qwen']);
  });
});

describe('cast met on the unseen pages', () => {
  it('media and a platform', () => {
    expect(found('PANewsによると、PYMNTS.comによれば、アント・グループはHaodfを買収。The DecoderやInvestopediaが報じた。')).toEqual([
      'panews:PANews',
      'pymnts:PYMNTS.com',
      'ant-group:アント・グループ',
      'haodf:Haodf',
      'the-decoder:The Decoder',
      'investopedia:Investopedia',
    ]);
  });
  it('the decoder of a model is no outlet', () => {
    expect(found('The model uses an encoder and the decoder.')).toEqual([]);
  });
  it('a variant name of the HSBC summit', () => {
    expect(found('ツァイ氏はHSBC国際投資サミットで語った。')).toContain('hsbc-global-investment-summit:HSBC国際投資サミット');
  });
});
