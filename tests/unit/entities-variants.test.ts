// Names as real pages write them (short unit names, katakana and kanji renderings, machine-translation
// katakana), span boundaries (suffixes that belong to a name, short Han names inside ordinary words)
// and the family rule for mistranslation aliases. Runs on the real KB; sentences written for the test.
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../utils/analysis/entities/find';
import { normalize } from '../../utils/analysis/text/normalize';
import { loadKbIndex } from '../../scripts/lib/kb-files';
import { foldHan } from '../../utils/analysis/match/han-fold';

const kb = loadKbIndex();

function mentions(text: string) {
  const r = findEntities(normalize(text), text, kb);
  for (const m of r.mentions) expect(text.slice(m.start, m.end)).toBe(m.surface);
  return r.mentions.map((m) => `${m.entityId}:${m.surface}`);
}
const ids = (text: string) => [...new Set(findEntities(normalize(text), text, kb).mentions.map((m) => m.entityId))];

describe('unit names as news writers and translators render them', () => {
  it.each([
    ['アリババは14日、クラウド・インテリジェンス集団の売上高が前年同期比26%増えたと発表した。', 'alibaba-cloud:クラウド・インテリジェンス集団'],
    ['アリババ傘下の雲インテリジェンス集団は、AI関連収入が3桁増を続けたと説明した。', 'alibaba-cloud:雲インテリジェンス集団'],
    ['阿里雲智能グループの責任者は、データセンター投資を拡大すると述べた。', 'alibaba-cloud:阿里雲智能グループ'],
    // The legal form belongs to the name (the real-page gold marks 平頭哥半導體有限公司 whole).
    ['阿里巴巴表示，阿里云计算有限公司将继续加大投入。', 'alibaba-cloud:阿里云计算有限公司'],
    ['Alibaba said Cloud Intelligence revenue rose 26% in the quarter.', 'alibaba-cloud:Cloud Intelligence'],
    ['アリババの国際デジタルコマース事業グループは、欧州での赤字を縮小した。', 'aidc:国際デジタルコマース事業グループ'],
    ['アリババ国際デジタル商業集団はトルコのTrendyolを傘下に持つ。', 'aidc:アリババ国際デジタル商業集団'],
    ['阿里巴巴集团旗下国际数字商业集团本季度首次实现盈利。', 'aidc:国际数字商业集团'],
    ['アリババ中国eコマース集団の顧客管理収入は10%増えた。', 'alibaba-china-ecommerce:アリババ中国eコマース集団'],
    ['アリババはローカルサービス集団の損失が縮小したと発表した。', 'alibaba-local-services:ローカルサービス集団'],
    ['阿里大文娱旗下的优酷宣布调整会员价格。', 'alibaba-dme:阿里大文娱'],
    ['Alibaba completed the sale of Sun Art and Intime during the fiscal year.', 'sun-art:Sun Art'],
    ['淘宝天猫商业集团总裁表示，88VIP会员数继续增长。', 'taobao-tmall-group:淘宝天猫商业集团'],
    ['阿里集团宣布回购计划。', 'alibaba:阿里集团'],
  ])('%s', (text, expected) => {
    expect(mentions(text)).toContain(expected);
  });

  it('knows the conference in every script mix', () => {
    for (const s of ['雲栖大会', '雲棲大会', '云栖大会', '雲棲大會', 'Apsara大会', '雲栖カンファレンス'])
      expect(ids(`アリババクラウドは${s}で新モデルを発表した。`), s).toContain('apsara-conference');
  });

  it('reads machine-translation katakana of Qwen, but not citric acid', () => {
    for (const s of ['クウェン', 'クェン', 'キュウェン', 'キューウェン']) expect(ids(`アリババはAIモデル「${s}」の新版を公開した。`), s).toContain('qwen');
    expect(ids('レモンのクエン酸は疲労回復に役立つとされる。')).toEqual([]);
    expect(ids('アリババのAIモデル「クエン」はオープンソースで公開されている。')).toContain('qwen');
  });

  it('reads analysts under their katakana renderings', () => {
    expect(mentions('バーンスタインのロビン・チュー氏は目標株価を引き上げた。')).toContain('robin-zhu:ロビン・チュー');
    expect(mentions('IR責任者のリディア・リウ氏が司会を務めた。')).toContain('lydia-liu:リディア・リウ');
    expect(mentions('モルガン・スタンレーのゲーリー・ユー氏は強気を維持した。')).toContain('gary-yu:ゲーリー・ユー');
  });

  it('takes DeepSeek V3 / R1 short names only next to DeepSeek', () => {
    expect(mentions('DeepSeekは昨年12月にV3を、1月にR1を公開した。')).toEqual(expect.arrayContaining(['deepseek-v3:V3', 'deepseek-r1:R1']));
    const far =
      'DeepSeekの登場で中国のAI株は大きく動いた。' +
      'その後の数週間、投資家はデータセンター関連の銘柄に資金を移した。'.repeat(2) +
      'ロボット掃除機のR1モデルは5万円で発売された。';
    expect(ids(far)).not.toContain('deepseek-r1');
  });

  it('takes 1+6+N as the restructuring only with Alibaba in sight', () => {
    expect(mentions('阿里巴巴在2023年3月宣布“1+6+N”组织变革。')).toContain('alibaba-1-6-n:1+6+N');
    expect(ids('次の式1+6+Nの値を求めよ。')).toEqual([]);
  });

  it('reads market short forms', () => {
    expect(mentions('ソフトバンクGの株価が上昇した。')).toContain('softbank:ソフトバンクG');
    expect(mentions('港股通资金周五净买入阿里巴巴。')).toContain('stock-connect:港股通');
  });
});

describe('span boundaries', () => {
  it('extends a name over a group or holding suffix that belongs to it', () => {
    expect(mentions('アリババ国際デジタルコマース集団の蒋凡CEOが登壇した。')).toContain('aidc:アリババ国際デジタルコマース集団');
    expect(mentions('阿里巴巴－ＳＷ（09988.HK）收涨3%。')).toContain('alibaba:阿里巴巴－ＳＷ');
    expect(mentions('バイドゥ・グループは独自チップを開発している。')).toContain('baidu:バイドゥ・グループ');
    expect(mentions('百度集团和京东集团同日公布财报。')).toEqual(['baidu:百度集团', 'jd-com:京东集团']);
  });

  it('does not extend into a longer word or an uncapitalised phrase, nor people', () => {
    expect(mentions('テンセント集団訴訟の判決が出た。')).toEqual(['tencent:テンセント']);
    expect(mentions('the Tencent group of companies')).toEqual(['tencent:Tencent']);
    expect(mentions('蔡崇信集团')).toEqual(['joe-tsai:蔡崇信']);
  });

  it('keeps short Han names out of common words they run into', () => {
    expect(ids('南向通道资金本周持续流入。')).toEqual([]);
    expect(ids('京东方发布了新一代显示面板。')).toEqual([]);
    expect(ids('这支完美团队赢得了冠军。')).toEqual([]);
    expect(ids('第二轮比赛中，三名选手淘汰出局。')).toEqual([]);
    expect(ids('市场中芯片需求回暖。')).toEqual([]);
    expect(ids('普通义务教育阶段的学生')).toEqual([]);
  });

  it('still finds them where they are names', () => {
    expect(ids('南向通本周净流入')).toContain('stock-connect');
    expect(ids('京东和美团在外卖市场竞争。')).toEqual(['jd-com', 'meituan']);
    expect(ids('微信用户可以在淘宝使用微信支付。')).toEqual(expect.arrayContaining(['wechat', 'taobao', 'wechat-pay']));
    expect(ids('手淘用户数超过9亿。')).toContain('taobao');
  });
});

describe('mistranslation aliases need the entity family on the page', () => {
  it('does not read TTG(トヨタグループ) in a Toyota story as Taobao and Tmall', () => {
    const text = 'トヨタ自動車、デンソー、アイシンなどTTG(トヨタグループ)各社は、2025年度の設備投資計画を発表した。';
    expect(ids(text)).not.toContain('taobao-tmall-group');
  });

  it('reads it in an Alibaba call summary', () => {
    const text = 'アリババの決算説明会で、TTG(トヨタグループ)の顧客管理収入は前年同期比10%増えたと説明された。';
    expect(mentions(text)).toContain('taobao-tmall-group:TTG(トヨタグループ)');
  });

  it('keeps wrong renderings of names and terms to pages about them', () => {
    expect(ids('ドラマの主人公・江凡は、東京で暮らす青年だ。')).toEqual([]);
    expect(ids('この店の持ち帰り率は3割を超える。')).toEqual([]);
    expect(ids('アリババ国際デジタルコマースの江凡CEOは、持ち帰り率の改善に触れた。')).toEqual(expect.arrayContaining(['aidc', 'jiang-fan', 'take-rate']));
  });

  it('lets a surname follow a full name written as an accepted mistranslation', () => {
    const text = 'アリババグループの呉勇明CEOは投資拡大を表明した。ウー氏は「AIが最大の機会だ」と語った。';
    expect(mentions(text)).toEqual(expect.arrayContaining(['eddie-wu:呉勇明', 'eddie-wu:ウー']));
  });

  it('takes a mistranslation whose own words name the entity (Huawei Rising)', () => {
    expect(mentions('Chips such as Huawei Rising are replacing imported GPUs.')).toContain('huawei-ascend:Huawei Rising');
  });
});

describe('Han variant folding (matching only)', () => {
  it('maps traditional and Japanese forms to simplified, one char for one', () => {
    expect(foldHan('雲棲大會')).toBe('云栖大会');
    expect(foldHan('淘天集団')).toBe('淘天集团');
    const latin = 'Alibaba Cloud';
    expect(foldHan(latin)).toBe(latin);
    // Forms whose simplified char is another word too are left alone (後 → 后 would meet 皇后).
    expect(foldHan('後')).toBe('後');
    const mixed = '阿里巴巴集團の雲インテリジェンス';
    expect(foldHan(mixed)).toHaveLength(mixed.length);
  });

  it('finds names written in a mix of scripts the KB does not list, with original offsets', () => {
    expect(mentions('據報導，阿里雲智能集团將擴大投資。')).toContain('alibaba-cloud:阿里雲智能集团');
    expect(mentions('字節跳动は豆包の利用者を伸ばした。')).toContain('bytedance:字節跳动');
    expect(mentions('華为の昇騰チップ')).toEqual(expect.arrayContaining(['huawei:華为']));
    expect(mentions('餓了么和飛猪都属于阿里巴巴。')).toEqual(expect.arrayContaining(['ele-me:餓了么', 'fliggy:飛猪']));
  });

  it('does not fold a Japanese word into a Chinese name (高徳 is not 高德 / Amap)', () => {
    expect(ids('高徳な僧侶として知られる。')).toEqual([]);
    expect(ids('阿里巴巴旗下高德地图')).toContain('amap');
  });

  it('applies the short-name boundary rule across scripts too', () => {
    expect(ids('京東方は有機ELパネルを量産している。')).toEqual([]);
    expect(ids('南向通道資金')).toEqual([]);
  });
});
