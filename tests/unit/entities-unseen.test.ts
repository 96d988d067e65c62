// Entity shapes found on pages the product had never seen (issue 13's generalisation set), each
// with sentences written for the test. Runs on the real KB.
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../utils/analysis/entities/find';
import { normalize } from '../../utils/analysis/text/normalize';
import { loadKbIndex } from '../../scripts/lib/kb-files';

const kb = loadKbIndex();
const found = (text: string) => findEntities(normalize(text), text, kb).mentions.map((m) => `${m.entityId}:${m.surface}`);
const FILLER = '。'.padEnd(60, '今年の業績について詳しく説明した');

describe('context and sense', () => {
  it('context words count in either script (騰訊 next to 字節, whose cue is written 腾讯)', () => {
    expect(found('字節和騰訊都在加大投入。')).toEqual(['bytedance:字節', 'tencent:騰訊']);
    expect(found('一個字節等於八個位元。')).toEqual([]);
  });

  it('an ambiguous name listed among names of its kind (天貓、螞蟻、盒馬), not among ordinary words', () => {
    expect(found('擁有天貓、螞蟻、盒馬等業務。')).toEqual(['tmall:天貓', 'ant-group:螞蟻', 'hema:盒馬']);
    expect(found('アリ、ハチ、チョウを観察した。リンゴとアップルとバナナ。')).toEqual([]);
  });

  it('an ambiguous name accepted once is the same entity wherever else the text writes it', () => {
    const far = '智谱AI CEO张鹏表示，公司将继续投入。' + '过去一年里，市场环境变化很快，行业竞争也非常激烈，很多公司都在调整方向。' + '张鹏认为这只是开始。';
    expect(found(far).filter((m) => m.startsWith('zhang-peng'))).toEqual(['zhang-peng:张鹏', 'zhang-peng:张鹏']);
    expect(found('张鹏是一个很常见的名字。')).toEqual([]);
  });
});

describe('people', () => {
  it('a katakana surname standing alone before a particle, after the full name (Forbes style)', () => {
    expect(found(`アリババ会長のジョセフ・ツァイは講演した${FILLER}。「アジアは大きい」と、ツァイは述べた。`).filter((m) => m.includes('tsai'))).toEqual([
      'joe-tsai:ジョセフ・ツァイ',
      'joe-tsai:ツァイ',
    ]);
    expect(found('「アジアは大きい」と、ツァイは述べた。')).toEqual([]);
    // Another person of that surname, and a surname that is an everyday word.
    expect(found(`ジョセフ・ツァイとケビン・ツァイが会った${FILLER}。`).filter((m) => m.includes('tsai'))).toEqual(['joe-tsai:ジョセフ・ツァイ']);
    expect(found(`イーロン・マスク氏が来日した${FILLER}。マスクの着用が求められた。`).filter((m) => m.includes('musk'))).toEqual([
      'elon-musk:イーロン・マスク',
    ]);
  });

  it('a surname with a title, right after the organisation the person serves (エヌビディアのフアンCEO)', () => {
    expect(found('エヌビディアのフアンCEOは述べた。')).toEqual(['nvidia:エヌビディア', 'jensen-huang:フアン']);
    expect(found('ソニーのフアンCEOは述べた。フアンCEOは笑った。')).toEqual(['sony:ソニー']);
  });

  it("a Chinese person's pinyin name in the other order (Yiming Zhang)", () => {
    expect(found('The lab once reported to founder Yiming Zhang.')).toEqual(['zhang-yiming:Yiming Zhang']);
  });
});

describe('a given name standing alone', () => {
  it('names the person after the full name, unless another named person shares it or it starts a longer name', () => {
    expect(found('Joe Tsai and Eddie Wu met. I look forward to working with Joe and Eddie, said Daniel Zhang.')).toEqual([
      'joe-tsai:Joe Tsai',
      'eddie-wu:Eddie Wu',
      'joe-tsai:Joe',
      'eddie-wu:Eddie',
      'daniel-zhang:Daniel Zhang',
    ]);
    expect(found('Joe said it first. Joe Tsai agreed.')).toEqual(['joe-tsai:Joe Tsai']);
    expect(found('Joseph C. Tsai will succeed him. We will work with Joe.')).toEqual(['joe-tsai:Joseph C. Tsai', 'joe-tsai:Joe']);
    expect(found('Joe Tsai met Joe Biden. Joe laughed.')).toEqual(['joe-tsai:Joe Tsai', 'joe-biden:Joe Biden']);
    expect(found('Jensen Huang spoke. Jensen Wong Ltd replied.')).toEqual(['jensen-huang:Jensen Huang']);
  });
});

describe('names around the name', () => {
  it('the plural of a model number is a mention of the model, without the s', () => {
    expect(found('Tencent stockpiled H20s, while rivals bought H100s.')).toEqual(['tencent:Tencent', 'nvidia-h20:H20', 'nvidia-h100:H100']);
    expect(found('They bought H20 chips.')).toEqual(['nvidia-h20:H20']);
  });

  it('a wire service credited at the end of a bracketed dateline by its short form', () => {
    expect(found('【ニューヨーク共同】アリババは発表した。')).toEqual(['kyodo:共同', 'alibaba:アリババ']);
    expect(found('【8月23日 CNS】アリババは発表した。')).toEqual(['china-news-service:CNS', 'alibaba:アリババ']);
    expect(found('両社は【共同】開発を進める。共同で発表した。')).toEqual([]);
    // A caption glued to the dateline; a photo credit; a copyright line.
    expect(found('看板＝上海市（共同）【北京共同】アリババは')).toEqual(['kyodo:共同', 'kyodo:共同', 'alibaba:アリババ']);
    expect(found('と話した。(c)CNS/JCM/AFPBB News')).toEqual(['china-news-service:CNS', 'afpbb:AFPBB News']);
    // A caption's credit after its equals sign, ending the line; not an equation or a word going on.
    expect(found('生成AIの操作画面=AP\n世界に衝撃。')).toEqual(['associated-press:AP']);
    expect(found('会見する首相=共同\n本文。')).toEqual(['kyodo:共同']);
    expect(found('1ドル=156円で換算。両社=共同開発。')).toEqual([]);
  });

  it('a company word after the name belongs to it, even glued on (中科寒武紀科技, CambriconTechnologies), not 科技园', () => {
    expect(found('中科寒武紀科技の株価。CambriconTechnologies rose.')).toEqual(['cambricon:中科寒武紀科技', 'cambricon:CambriconTechnologies']);
    expect(found('百度科技园に本社がある。')).toEqual(['baidu:百度']);
  });

  it("an organisation's initials glossed after its name abbreviate it on that page (中国科学院(CAS) … CAS)", () => {
    expect(found('中国科学院(CAS)が設立した。CASは株主だ。')).toEqual([
      'chinese-academy-of-sciences:中国科学院',
      'chinese-academy-of-sciences:CAS',
      'chinese-academy-of-sciences:CAS',
    ]);
    expect(found('中国科学院(CAX)が設立した。CAXは株主だ。')).toEqual(['chinese-academy-of-sciences:中国科学院']);
  });

  it("a Chinese name's pinyin glossed after it (千問(Qianwen)) names it on that page; an English word does not", () => {
    expect(found('アプリ「千問(Qianwen)」を公開した。Qianwenは好調だ。')).toEqual(['qwen-app:千問', 'qwen-app:Qianwen', 'qwen-app:Qianwen']);
    expect(found('アプリ「千問(Chat)」を公開した。')).toEqual(['qwen-app:千問']);
  });

  it('a digits-only ticker with an exchange suffix (00981-HK), and two tickers of one company (00700/80700)', () => {
    expect(found('依賴中芯國際 (00981-HK) 的製程。')).toEqual(['smic:中芯國際', 'smic:00981']);
    expect(found('テンセント(香港証券取引所コード:00700/80700)は発表した。')).toEqual([
      'tencent:テンセント',
      'hkex:香港証券取引所',
      'tencent:00700',
      'tencent:80700',
    ]);
    expect(found('テンセントは2025/9988の日付。')).toEqual(['tencent:テンセント']);
  });

  it('an ambiguous short Latin name written all in lower case is the common word (the paper, apple)', () => {
    expect(found('Huawei said so, according to the paper released this week.')).toEqual(['huawei:Huawei']);
    expect(found('The Paper reported it, citing Zhang Yiming.')).toEqual(['the-paper:The Paper', 'zhang-yiming:Zhang Yiming']);
    expect(found('Google and Apple; then I ate an apple.')).toEqual(['google:Google', 'apple:Apple']);
  });

  it('an unknown katakana name glossed by a known one names it on the whole page', () => {
    expect(found('ネット大手のバイチュン(字节跳动)は拡大する。バイチュンの「ドゥーパオ(豆包)」も伸びた。')).toEqual([
      'bytedance:バイチュン',
      'bytedance:字节跳动',
      'bytedance:バイチュン',
      'doubao:ドゥーパオ',
      'doubao:豆包',
    ]);
    expect(found('騰訊の「Yuanbao(ユエンバオ)」。ユエンバオが伸びた。')).toEqual([
      'tencent:騰訊',
      'yuanbao:Yuanbao',
      'yuanbao:ユエンバオ',
      'yuanbao:ユエンバオ',
    ]);
    // Category words before a gloss are no name.
    expect(found('フラッグシップモデル(Qwen3-Max)を出した。フラッグシップモデルは強い。')).toEqual(['qwen3-max:Qwen3-Max']);
  });
});

describe('names the KB learnt from unseen pages', () => {
  it('a name whose scripts the page spaces apart (IT 之家, Qwen AI ラボ)', () => {
    expect(found('據 IT 之家報導。')).toEqual(['ithome:IT 之家']);
    expect(found('Qwen AI ラボが発表した。')).toEqual(['tongyi-lab:Qwen AI ラボ']);
  });

  it('Chinese and Japanese forms of one name fold together (春節連歡晩会 / 春節聯歡晚會)', () => {
    expect(found('春節連歡晩会のAIパートナー。春節聯歡晚會。')).toEqual(['spring-festival-gala:春節連歡晩会', 'spring-festival-gala:春節聯歡晚會']);
  });

  it('a model or chip name that is also an ordinary word needs its maker nearby (混元, 真武)', () => {
    expect(found('朝練で混元功の練習をした。')).toEqual([]);
    expect(found('テンセントは混元モデルを更新した。')).toEqual(['tencent:テンセント', 'hunyuan:混元']);
    expect(found('武当山は玄天真武上帝を祀る。')).toEqual([]);
    expect(found('平頭哥のAIチップ「真武」を公開した。')).toEqual(['t-head:平頭哥', 't-head-ppu:真武']);
  });

  it('a short model code only right next to its maker (月之暗面的 K2, 騰訊のT1)', () => {
    expect(found('月之暗面的 K2 模型很受欢迎。')).toEqual(['moonshot-ai:月之暗面', 'kimi-k2:K2']);
    expect(found('騰訊のT1推理モデル。')).toEqual(['tencent:騰訊', 'hunyuan-t1:T1']);
    expect(found('K2 is the second-highest mountain.')).toEqual([]);
  });

  it('a company named with its peers (アリババとアップルの提携), not the fruit', () => {
    expect(found('アリババとアップルの提携が注目された。')).toEqual(['alibaba:アリババ', 'apple:アップル']);
    expect(found('アップルを一つ食べた。')).toEqual([]);
  });

  it('the Commerce Department in news on US export licences', () => {
    expect(found('Nvidia awaits a licence from the Commerce Department.')).toEqual(['nvidia:Nvidia', 'us-commerce-department:Commerce Department']);
  });
});
