import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findEntities } from '../../utils/analysis/entities/find';
import { normalize } from '../../utils/analysis/text/normalize';
import { relevanceReasons, scoreRelevance } from '../../utils/analysis/relevance';
import { precheck } from '../../utils/analysis/precheck/precheck';
import type { PreparedKb } from '../../utils/analysis/prepared-kb';
import type { Figure } from '../../utils/analysis/types';
import { fixtureKb, realKbWithFallback } from './support/text-kb';
import { IRRELEVANT, RELEVANT, type Page } from './support/pages';

function score(page: Page, kb: PreparedKb, figures: Figure[] = []) {
  const { entities } = findEntities(normalize(page.text), page.text, kb, { title: page.title });
  const r = scoreRelevance({ text: page.text, title: page.title }, entities, figures, kb);
  return { ...r, reasons: relevanceReasons(r.signals, kb) };
}

const kbs: Array<[string, PreparedKb]> = [
  ['fixture KB', fixtureKb()],
  ['real KB', realKbWithFallback().kb],
];

describe.each(kbs)('scoreRelevance with the %s', (_, kb) => {
  it.each(RELEVANT.map((p) => [p.name, p] as const))('relevant: %s', (_n, page) => {
    const r = score(page, kb);
    expect(r.relevant, JSON.stringify(r)).toBe(true);
    expect(r.score).toBeGreaterThanOrEqual(0.5);
    expect(r.score).toBeLessThanOrEqual(1);
  });

  it.each(IRRELEVANT.map((p) => [p.name, p] as const))('not relevant: %s', (_n, page) => {
    const r = score(page, kb);
    expect(r.relevant, JSON.stringify(r)).toBe(false);
    expect(r.score).toBeGreaterThanOrEqual(0);
    expect(r.score).toBeLessThan(0.5);
  });
});

describe('scoreRelevance: reasons and signals', () => {
  const kb = fixtureKb();

  it('names the entities, title and topic terms that carried it', () => {
    const r = score(
      RELEVANT.find((p) => p.name === 'Japanese results article')!,
      kb,
    );
    expect(r.reasons).toContain('title mentions Alibaba Group Holding');
    expect(r.reasons.some((x) => /^entity:alibaba x\d+$/.test(x))).toBe(true);
    expect(r.reasons.some((x) => /^topic: \S+ x\d+$/.test(x))).toBe(true);
  });

  it('says why a fairy tale is not relevant', () => {
    const r = score(
      IRRELEVANT.find((p) => p.name === 'fairy tale (ja)')!,
      kb,
    );
    expect(r.signals.otherSense?.kind).toBe('fairy-tale');
    expect(r.reasons.some((x) => x.startsWith('fairy-tale context: '))).toBe(true);
  });

  it('the tale told with its thieves counted or spelled otherwise (a film parody, a picture book) is not relevant', () => {
    for (const text of [
      '映画『アリババと40匹の盗賊』は、王様アリババ33世が財宝を探す話だ。アリババは「開け!ゴマ」と唱えた。アリババは大喜びした。',
      '絵本『アリババと四十人のとうぞく』を読んだ。アリババは木こりで、ある日アリババは岩の前で呪文を聞いた。',
    ]) {
      const r = score({ name: 'tale', text }, kb);
      expect(r.signals.otherSense?.kind, text).toBe('fairy-tale');
      expect(r.relevant, text).toBe(false);
    }
  });

  it('a name in passing is flagged as such', () => {
    const r = score(
      IRRELEVANT.find((p) => p.name.startsWith('stock-market'))!,
      kb,
    );
    expect(r.reasons).toContain('passing mention only');
  });

  it('a real Alibaba article that tells the name origin story stays relevant', () => {
    const page = RELEVANT.find((p) => p.name === 'Japanese results article')!;
    const text = page.text + '社名は「アリババと40人の盗賊」に由来する。';
    expect(score({ ...page, text }, kb).relevant).toBe(true);
  });

  it('more evidence never lowers the score (title, money figures)', () => {
    const page = RELEVANT.find((p) => p.name === 'zh-Hans news paragraph')!;
    const plain = score({ ...page, title: undefined }, kb).score;
    const titled = score(page, kb).score;
    expect(titled).toBeGreaterThanOrEqual(plain);
    const money: Figure = { start: 0, end: 7, surface: '3800亿元', kind: 'money', value: 3.8e11, unit: 'CNY' };
    expect(score(page, kb, [money, money]).score).toBeGreaterThanOrEqual(titled);
  });

  it('race-only articles need investment terms: the same players in a product article are not relevant', () => {
    const text =
      'バイトダンスの動画アプリとテンセントのメッセージアプリ、エヌビディアのゲーム向け新製品が話題だ。' +
      'バイトダンスは新しいフィルター機能を追加し、テンセントはスタンプを刷新した。エヌビディアはゲーマー向けイベントを開いた。';
    expect(score({ name: 'x', text }, kb).relevant).toBe(false);
  });

  it('or the model race itself: a page that keeps naming the race’s models, in model terms, is relevant (and passes the pre-check)', () => {
    const text =
      'ムーンショットAIは新しい大規模言語モデル「Kimi K2」を公開した。Kimi K2はオープンソースモデルとして、' +
      'ディープシークのDeepSeek-R1やOpenAIのモデルと性能を競う。中国勢の大規模言語モデルは、ベンチマークで上位に並んだ。' +
      'Kimi K2の公開で、ディープシークとの競争は一段と激しくなる。';
    expect(score({ name: 'models', text }, realKbWithFallback().kb).relevant).toBe(true);
    expect(precheck(text).pass).toBe(true);
  });

  it('a player’s stake in another, said as such (への投資, 筆頭株主), is the investment race', () => {
    const text =
      'ソフトバンクグループはOpenAIへの投資を完了し、OpenAIの筆頭株主となった。ソフトバンクによるOpenAIへの投資額は400億ドルに達する。' +
      'OpenAIはChatGPTの開発元で、ソフトバンクはOpenAIとの提携をさらに深める。';
    expect(score({ name: 'stake', text }, realKbWithFallback().kb).relevant).toBe(true);
    expect(precheck(text).pass).toBe(true);
  });

  it('the instant-commerce war (food delivery, 即時小売) is Alibaba’s own business', () => {
    const text =
      '中国のフードデリバリー市場で、アリババと美団、京東の競争が激しくなった。アリババは即時小売の新サービスを広げ、' +
      '美団はクーポンで対抗する。京東もフードデリバリーに参入し、アリババは即時配送の拠点を増やす計画だ。';
    expect(score({ name: 'delivery', text }, realKbWithFallback().kb).relevant).toBe(true);
    // The same words with no Alibaba stay out: another company's delivery business.
    const other = '美団はフードデリバリーの新しいクーポンを配り、即時配送の拠点を増やす。利用者は昼食の注文で割引を受けられる。';
    expect(score({ name: 'other delivery', text: other }, realKbWithFallback().kb).relevant).toBe(false);
  });

  it('chip-export rules (輸出管理, export licences): a chip maker and its chip are enough players', () => {
    const text =
      '米政府の輸出管理の審査が続き、エヌビディアはH200を中国に出荷できていない。輸出許可の条件が決まるまで、' +
      '中国の顧客はH200の注文を控えている。エヌビディアはH200の生産を一部止めた。チップの輸出規制は今後も焦点になる。' +
      'エヌビディアはH200チップの出荷再開を待つ。';
    expect(score({ name: 'export', text }, realKbWithFallback().kb).relevant).toBe(true);
    expect(precheck(text).pass).toBe(true);
    // The same players in a product review, without the rules, stay out.
    const review = 'エヌビディアのH200は新しいチップで、H200の性能は高い。エヌビディアはH200の展示会を開いた。';
    expect(score({ name: 'review', text: review }, realKbWithFallback().kb).relevant).toBe(false);
  });

  it('a peer’s own AI spending: one race company named again and again, with capex terms, is the race', () => {
    const text =
      '腾讯表示，今年资本支出将继续增加，用于AI算力。腾讯第三季度资本支出同比增长，腾讯管理层称AI投入已见回报。' +
      '腾讯的混合云业务受益于AI需求，腾讯将在数据中心上投入更多资金。腾讯总裁说，腾讯的AI芯片储备足够。' +
      '分析师认为腾讯的资本支出明年仍会上升，腾讯的AI投资将持续，腾讯还计划扩建数据中心。';
    expect(score({ name: 'solo capex', text }, realKbWithFallback().kb).relevant).toBe(true);
    expect(precheck(text).pass).toBe(true);
    // The same company's results, with no spending on the race, stay out (another company's results).
    const results = '腾讯第三季度营收同比增长，腾讯游戏收入回升。腾讯的广告收入也有增长，腾讯股价当日上涨。';
    expect(score({ name: 'solo results', text: results }, realKbWithFallback().kb).relevant).toBe(false);
  });

  it('a short page on the founder (創業者, founder) as its subject is about Alibaba', () => {
    const text =
      'アリババの創業者であるジャック・マー氏が、杭州で開かれた社内行事に出席した。アリババの株主はマー氏の発言を見守った。' +
      'アリババの創業者が人前に出るのは半年ぶりだ。';
    expect(score({ name: 'founder', text }, realKbWithFallback().kb).relevant).toBe(true);
    // A founder of something else, with Alibaba nowhere, stays out.
    const other = '老舗の菓子店の創業者が引退し、創業者の孫が店を継いだ。';
    expect(score({ name: 'other founder', text: other }, realKbWithFallback().kb).relevant).toBe(false);
  });

  it('the Entity List and export restrictions are chip-export rules (and pass the pre-check)', () => {
    const text =
      'The Commerce Department added Chinese AI firms to the Entity List, imposing export restrictions that cut them off from Nvidia chips. ' +
      'Huawei, already on the Entity List, builds its own AI chips. Nvidia said the export restrictions hurt its China sales, and Nvidia shares fell. ' +
      'Nvidia expects more export restrictions on its chips.';
    expect(score({ name: 'entity list', text }, realKbWithFallback().kb).relevant).toBe(true);
    expect(precheck(text).pass).toBe(true);
  });

  it('an empty page scores 0', () => {
    expect(score({ name: 'empty', text: '' }, kb)).toMatchObject({
      relevant: false,
      score: 0,
      reasons: [],
      signals: { entities: [], topics: [], moneyFigures: 0, passingMention: false },
    });
  });
});

describe('entity roles from the KB', () => {
  it('Alibaba units, models and people are core; competitors are race players', () => {
    const roles = fixtureKb().roles;
    for (const id of ['alibaba', 'alibaba-cloud', 'taobao-tmall-group', 'qwen', 'eddie-wu', 'joe-tsai', 'alipay']) expect(roles.get(id)?.role).toBe('core');
    for (const id of ['deepseek', 'bytedance', 'tencent', 'nvidia']) expect(roles.get(id)).toMatchObject({ role: 'race', anchor: true });
    expect(roles.get('alibaba')!.weight).toBeGreaterThan(roles.get('alipay')!.weight);
  });
});

const SEEDS = join(import.meta.dirname, '../../../shared/seeds');

describe.skipIf(!existsSync(SEEDS))('scoreRelevance: the five real seed articles', () => {
  const { kb } = realKbWithFallback();
  const files = existsSync(SEEDS)
    ? readdirSync(SEEDS)
        .filter((f) => f.endsWith('.txt'))
        .sort()
    : [];
  it.each(files)('%s is relevant', (f) => {
    const text = readFileSync(join(SEEDS, f), 'utf8');
    const r = score({ name: f, text }, kb);
    expect(r.relevant, JSON.stringify(r)).toBe(true);
    expect(r.reasons.some((x) => x.startsWith('entity:alibaba '))).toBe(true);
  });
});
