// Japanese shapes met on unseen pages (December 2026, third fresh set), with sentences written for the
// test: a minister's surname with his post (X経産相) on a page naming the ministry, a qualified KB name's
// plain form, a short katakana company name glossed by its Latin name, and the cast those pages named.
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../utils/analysis/entities/find';
import { normalize } from '../../utils/analysis/text/normalize';
import { loadKbIndex } from '../../scripts/lib/kb-files';

const kb = loadKbIndex();
const found = (text: string) => findEntities(normalize(text), text, kb).mentions.map((m) => `${m.entityId}:${m.surface}`);

describe("a minister's surname with the post after it", () => {
  it('is the minister when the page names the ministry', () => {
    expect(found('赤沢経産相は会見で語った。経済産業省は支援を決めた。')).toEqual(['akazawa-ryosei:赤沢', 'meti:経済産業省']);
  });
  it('stays quiet without the ministry', () => {
    expect(found('赤沢経産相は会見で語った。')).toEqual([]);
  });
});

describe('a plain name whose KB name carries a qualifier', () => {
  it('is found beside its context', () => {
    expect(found('メタ・プラットフォームズのCFO、スーザン・リー氏は設備投資について語った。')).toEqual([
      'meta:メタ・プラットフォームズ',
      'susan-li:スーザン・リー',
    ]);
  });
});

describe('a short katakana company name', () => {
  it('is found when its Latin name glosses it, and after that', () => {
    expect(found('ニオ(NIO)は販売を伸ばした。ニオは新車を出す。')).toEqual(['nio:ニオ', 'nio:NIO', 'nio:ニオ']);
  });
  it('not inside a longer katakana word', () => {
    expect(found('ニオイが強い。')).toEqual([]);
  });
});

describe("the cast of Japan's AI build-out", () => {
  it('finds the companies, agencies and people', () => {
    expect(found('ラピダスは情報処理推進機構から出資を受けた。')).toEqual(['rapidus:ラピダス', 'ipa-japan:情報処理推進機構']);
    expect(found('さくらインターネットとGMOインターネットグループに助成する。')).toEqual([
      'sakura-internet:さくらインターネット',
      'gmo-internet-group:GMOインターネットグループ',
    ]);
    expect(found('Sakana AIの伊藤錬COOは語った。')).toEqual(['sakana-ai:Sakana AI', 'ito-ren:伊藤錬']);
  });
  it('reads ハイレゾ as the company only beside its context', () => {
    expect(found('ハイレゾ音源を楽しむ。')).toEqual([]);
    expect(found('経産省はGPUクラウドのハイレゾに助成する。')).toEqual(['meti:経産省', 'highreso:ハイレゾ']);
  });
});

describe('a version written after a model line name', () => {
  it("is that line's version, not the family's generation", () => {
    expect(found('アリババは「Qwen-Image-2.0」を公開した。')).toEqual(['alibaba:アリババ', 'qwen-image:Qwen-Image-2.0']);
  });
  it('a version right after the family still names the generation', () => {
    expect(found('アリババは「Qwen2-VL」を公開した。')).toEqual(['alibaba:アリババ', 'qwen2-vl:Qwen2-VL']);
  });
});

describe("Japan's chip and telecom cast", () => {
  it('finds the chip-equipment makers under their market shorthand', () => {
    expect(found('アドバンテストの時価総額が東京エレクを上回った。')).toEqual(['advantest:アドバンテスト', 'tokyo-electron:東京エレク']);
  });
  it("finds a president's surname after his full name", () => {
    expect(found('KDDIの松田浩路社長は語った。松田社長は投資を続ける。')).toEqual(['kddi:KDDI', 'matsuda-hiromichi:松田浩路', 'matsuda-hiromichi:松田']);
  });
  it('reads シャープ as the company only beside its context', () => {
    expect(found('シャープな味わい。')).toEqual([]);
    expect(found('Alibaba shares saw a sharp drop, a Sharp fall.')).toEqual(['alibaba:Alibaba']);
    expect(found('シャープの堺工場をデータセンターに転用する。')).toEqual(['sharp:シャープ']);
  });
});
