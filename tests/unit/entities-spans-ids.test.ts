// Span and id shapes: a name a KB alias stops short of (…ホールディング + ス), a pair of surnames
// sharing 両氏, a common full name accepted by context letting its surname follow, a middle
// initial inside an English name, an exchange code glued before a ticker. Runs on the real KB;
// sentences written for the test.
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../utils/analysis/entities/find';
import { normalize } from '../../utils/analysis/text/normalize';
import { loadKbIndex } from '../../scripts/lib/kb-files';

const kb = loadKbIndex();

function mentions(text: string) {
  const r = findEntities(normalize(text), text, kb);
  for (const m of r.mentions) expect(text.slice(m.start, m.end)).toBe(m.surface);
  return r.mentions.map((m) => `${m.entityId}:${m.surface}`);
}

describe('a company name runs on over the suffix a KB alias stops short of', () => {
  it.each([
    ['アリババ・ホールディングス・グループの取締役会は新体制を承認した。', 'alibaba:アリババ・ホールディングス・グループ'],
    ['アリババ ホールディングス グループは書簡で再編の完了を伝えた。', 'alibaba:アリババ ホールディングス グループ'],
  ])('%s', (text, want) => expect(mentions(text)).toContain(want));

  it('a katakana word that merely starts like a suffix is left alone', () => {
    expect(mentions('アリババ・ホールディングの株主総会は9月に開かれる。')).toContain('alibaba:アリババ・ホールディング');
  });
});

describe('surnames written as a pair that shares 両氏', () => {
  it('both take the honorific once the full names came first', () => {
    const got = mentions('アリババ集団は、蔡崇信氏が会長に、呉泳銘氏がCEOに就いたと発表した。蔡、呉両氏は創業メンバーだ。');
    expect(got).toContain('joe-tsai:蔡');
    expect(got).toContain('eddie-wu:呉');
  });
  it('not without the full names', () => {
    const got = mentions('アリババ集団の決算について、蔡、呉両氏はコメントしなかった。');
    expect(got.filter((m) => m.startsWith('joe-tsai') || m.startsWith('eddie-wu'))).toEqual([]);
  });
});

describe('a full name many people share, given to its person by context, lets the surname follow', () => {
  it.each([
    ['アリババ集団は、会長の張勇氏が9月に退任すると発表した。張氏はクラウド事業に専念する。', 'daniel-zhang:張'],
    ['阿里巴巴集团宣布，张勇将卸任董事会主席。张总表示将专注阿里云。', 'daniel-zhang:张'],
  ])('%s', (text, want) => expect(mentions(text)).toContain(want));
});

describe('a middle initial inside an English name', () => {
  it.each([
    ['Alibaba chairman Joe C. Tsai said the group would keep buying back shares.', 'joe-tsai:Joe C. Tsai'],
    ['アリババの会長、蔡崇信(Joe C. Tsai)氏が就任する。', 'joe-tsai:Joe C. Tsai'],
  ])('%s', (text, want) => expect(mentions(text)).toContain(want));

  it('not for a given name the KB does not give the person', () => {
    expect(mentions('Alibaba said Mark C. Tsai, a trader, sold shares.').some((m) => m.includes('Mark C. Tsai'))).toBe(false);
  });
});

describe('an exchange code glued before a ticker', () => {
  it.each([
    ['据阿里巴巴(HK9988,88.25港元/股)公告，公司完成回购。', 'alibaba:HK9988'],
    ['腾讯控股(HK0700)与阿里巴巴同日公布业绩。', 'tencent:HK0700'],
  ])('%s', (text, want) => expect(mentions(text)).toContain(want));

  it('a comma before a group of three digits still joins a number', () => {
    expect(mentions('阿里巴巴的股东人数为9988,000人。')).not.toContain('alibaba:9988');
  });
});

describe("a company's bare name for its marketplace on a buyer's page", () => {
  const buyer =
    'アリババは中国の工場が出品するBtoBのECモールです。Alibaba.comでは英語で注文できます。アリババで仕入れると卸売価格に近い値段で購入できます。運営はアリババグループです。';
  it('the bare name is the marketplace; the group name stays the company', () => {
    const got = mentions(buyer);
    expect(got.filter((m) => m === 'alibaba-com:アリババ')).toHaveLength(2);
    expect(got).toContain('alibaba:アリババグループ');
    expect(got).not.toContain('alibaba:アリババ');
  });
  it("not on a page about the company's news", () => {
    const news = 'アリババは決算を発表した。Alibaba.comに出品する企業が増え、アリババで仕入れる海外のバイヤーの注文も伸びた。';
    expect(mentions(news)).toContain('alibaba:アリババ');
  });
  it('not without the marketplace named', () => {
    expect(mentions('アリババで仕入れると安い。出品者が多く、卸売価格で購入できる。')).not.toContain('alibaba-com:アリババ');
  });
});

describe('a headline names the person by surname before the body gives the full name', () => {
  it('the surname with its honorific on the first line', () => {
    const got = mentions('アリババの蔡氏、自社株買いを継続\nアリババ・グループの蔡崇信会長は20日、買い戻しを続けると述べた。');
    expect(got).toContain('joe-tsai:蔡');
  });
  it('not below the headline, before the full name', () => {
    const got = mentions('アリババは20日に発表した。\n蔡氏は買い戻しを続ける。アリババ・グループの蔡崇信会長も述べた。');
    expect(got).not.toContain('joe-tsai:蔡');
  });
  it('not without an honorific', () => {
    expect(mentions('アリババの蔡、自社株買い\nアリババ・グループの蔡崇信会長は述べた。')).not.toContain('joe-tsai:蔡');
  });
});

describe('a model release the KB lists apart from its family, and its siblings in a list', () => {
  it('o3-mini is its own release, not o3', () => {
    const got = mentions('Qwen3は、DeepSeek-R1、o1、o3-miniなどのモデルと比べて高い性能を示した。');
    expect(got).toContain('openai-o3-mini:o3-mini');
    expect(got).not.toContain('openai-o3:o3-mini');
  });
  it("a tiny code beside a model of the same maker, through the family's line (o3-mini → o1 → OpenAI)", () => {
    expect(mentions('Qwen3は、DeepSeek-R1、o1、o3-miniなどのモデルと比べて高い性能を示した。')).toContain('openai-o1:o1');
  });
});

describe("a Chinese firm's information-technology suffix belongs to its name", () => {
  it.each([
    ['呉氏はアリババ健康情報技術の取締役も務めた。アリババは発表した。', 'alibaba-health:アリババ健康情報技術'],
    ['阿里巴巴旗下的阿里健康信息技术公布了业绩。', 'alibaba-health:阿里健康信息技术'],
  ])('%s', (text, want) => expect(mentions(text)).toContain(want));
});

describe("an event's head word written lower-case", () => {
  it('still names the event', () => {
    expect(mentions('Last week, Alibaba held its Apsara conference in Hangzhou.')).toContain('apsara-conference:Apsara conference');
  });
  it('a lower-case common noun after a unit name is still no part of it', () => {
    expect(mentions('Alibaba said the T-Head semiconductor unit would list.').some((m) => m.endsWith('T-Head semiconductor'))).toBe(false);
  });
});
