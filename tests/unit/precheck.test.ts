import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHIP_TERMS, CORE_TERMS, INVEST_TERMS, RACE_TERMS, precheck, type PrecheckLists } from '../../utils/analysis/precheck/precheck';
import { precheckTermsFromKb, renderPrecheckTerms } from '../../utils/analysis/precheck/kb-terms';
import { compileAutomaton, renderAutomaton } from '../../utils/analysis/precheck/automaton-build';
import { loadKbIndex } from '../../scripts/lib/kb-files';
import { strongNames } from '../../utils/analysis/entities/roles';
import { findEntities } from '../../utils/analysis/entities/find';
import { normalize } from '../../utils/analysis/text/normalize';
import { scoreRelevance } from '../../utils/analysis/relevance';
import type { PreparedKb } from '../../utils/analysis/prepared-kb';
import { fixtureKb, realKbWithFallback } from './support/text-kb';
import { IRRELEVANT, RELEVANT, UNRELATED_JA, type Page } from './support/pages';

const SEEDS = join(import.meta.dirname, '../../../shared/seeds');
const seedPages: Page[] = existsSync(SEEDS)
  ? readdirSync(SEEDS)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => ({ name: f, text: readFileSync(join(SEEDS, f), 'utf8') }))
  : [];

function relevant(page: Page, kb: PreparedKb): boolean {
  const { entities } = findEntities(normalize(page.text), page.text, kb, { title: page.title });
  return scoreRelevance({ text: page.text, title: page.title }, entities, [], kb).relevant;
}

/** The lists generated from a KB, as the build generates them for the shipped KB. */
function listsOf(kb: PreparedKb): PrecheckLists {
  const t = precheckTermsFromKb(kb);
  return { core: t.core, race: t.race, chip: t.chip, word: new Set(t.word) };
}

describe('precheck: term lists generated from the KB', () => {
  const kbs: Array<[string, PreparedKb]> = [
    ['fixture KB', fixtureKb()],
    ['real KB', realKbWithFallback().kb],
  ];
  it.each(kbs)('every strong name of a core entity passes on its own (%s)', (_, kb) => {
    const lists = listsOf(kb);
    const missing: string[] = [];
    for (const [id, role] of kb.roles) {
      if (role.role !== 'core') continue;
      for (const n of strongNames(kb.entities.get(id)!)) if (!precheck(n, lists).pass) missing.push(`${id}: ${n}`);
    }
    expect(missing).toEqual([]);
  });

  it.each(kbs)('every strong name of a race anchor passes with an investment term (%s)', (_, kb) => {
    const lists = listsOf(kb);
    const missing: string[] = [];
    for (const [id, role] of kb.roles) {
      if (!role.anchor) continue;
      for (const n of strongNames(kb.entities.get(id)!)) if (!precheck(`${n} の設備投資`, lists).pass) missing.push(`${id}: ${n}`);
    }
    expect(missing).toEqual([]);
  });

  it('the shipped lists are the ones the KB gives (npm run kb:build regenerates them)', () => {
    const kb = loadKbIndex();
    const file = readFileSync(join(import.meta.dirname, '../../utils/analysis/precheck/kb-terms.generated.ts'), 'utf8');
    expect(file).toBe(renderPrecheckTerms(precheckTermsFromKb(kb), kb.version));
  });

  it('the shipped automaton is the one compiled from those lists (npm run kb:build regenerates it)', () => {
    const kb = loadKbIndex();
    const t = precheckTermsFromKb(kb);
    const file = readFileSync(join(import.meta.dirname, '../../utils/analysis/precheck/automaton.generated.ts'), 'utf8');
    expect(file).toBe(renderAutomaton(compileAutomaton({ core: t.core, race: t.race, chip: t.chip, word: new Set(t.word) }), kb.version));
  });

  it('the compiled automaton answers as the lists compiled at run time do', () => {
    const t = precheckTermsFromKb(loadKbIndex());
    const lists: PrecheckLists = { core: t.core, race: t.race, chip: t.chip, word: new Set(t.word) };
    const texts = [...RELEVANT, ...IRRELEVANT].map((p) => p.text);
    texts.push('NYSE: BABA', 'BABAR', 'Ａｌｉｂａｂａ', 'ｱﾘﾊﾞﾊﾞ', 'エヌビディアのGPU', UNRELATED_JA);
    for (const x of texts) expect(precheck(x), x.slice(0, 30)).toEqual(precheck(x, lists));
  });

  it("a page's title and text scanned in turn answer as the two joined", async () => {
    const { precheckShipped } = await import('../../utils/analysis/precheck/shipped');
    for (const p of [...RELEVANT, ...IRRELEVANT]) {
      const title = p.title ?? p.text.slice(0, 20);
      expect(precheckShipped(title, p.text), p.name).toEqual(precheck(`${title}\n${p.text}`));
    }
  });

  it('no listed name holds another (the lists stay minimal)', () => {
    expect(CORE_TERMS.length + RACE_TERMS.length + CHIP_TERMS.length + INVEST_TERMS.length).toBeLessThan(1000);
    expect(new Set(CORE_TERMS).size).toBe(CORE_TERMS.length);
    // A chip maker's name is in its own list only (a name counts once, in one group).
    expect(CHIP_TERMS.filter((x) => RACE_TERMS.includes(x) || CORE_TERMS.includes(x))).toEqual([]);
  });
});

describe('precheck: matching', () => {
  it('folds case, full-width Latin, half-width katakana, middle dots and zero-width chars', () => {
    for (const s of [
      'ALIBABA',
      'ＡＬＩＢＡＢＡ',
      'Ａｌｉｂａｂａ',
      'ｱﾘﾊﾞﾊﾞ',
      'アリ\u200Bババ',
      'エディ・ウー',
      'エディ･ウー',
      'エディウー',
      'joe  tsai',
      'JOE\u3000TSAI',
      '通義千問',
    ]) {
      expect(precheck(`本日、${s}が発表`).pass, s).toBe(true);
    }
  });

  it('short Latin terms only as whole words', () => {
    expect(precheck('NYSE: BABA').pass).toBe(true);
    expect(precheck('ＢＡＢＡ').pass).toBe(true);
    expect(precheck('BABAR the elephant').pass).toBe(false);
    expect(precheck('注文番号 19988').pass).toBe(false);
    expect(precheck('HK 9988').pass).toBe(true);
  });

  it('race names pass only with an investment term', () => {
    expect(precheck('エヌビディアの新しいゲーム機').pass).toBe(false);
    expect(precheck('エヌビディアのGPUとデータセンター').pass).toBe(true);
    expect(precheck('Tencent raised its capex').hits).toEqual(['Tencent', 'capex']);
    expect(precheck('Apple launched a new computer; the Chipotle menu').pass).toBe(false); // words, not substrings
    expect(precheck('Apple and Nvidia: AI chips').pass).toBe(true);
    // Funding and listings of the players count: rounds, valuations, IPOs.
    expect(precheck('OpenAIの資金調達、評価額は').pass).toBe(true);
    expect(precheck('智谱完成新一轮融资').pass).toBe(true);
    expect(precheck('OpenAI raised its prices').pass).toBe(false);
    // Spending on AI or research, said as such.
    expect(precheck('テンセントのAI関連の研究開発投資は17%増えた').pass).toBe(true);
    expect(precheck('Tencent lifted its AI spending').pass).toBe(true);
    expect(precheck('テンセントの研究会が開かれた').pass).toBe(false);
    // A player's chatbot, said as such (a model release), in any of the three languages.
    expect(precheck('バイドゥは新しいチャットボットを公開した').pass).toBe(true);
    expect(precheck('百度发布了新的聊天机器人').pass).toBe(true);
    expect(precheck('Baidu released a new chatbot').pass).toBe(true);
    expect(precheck('バイドゥの新しい地図アプリ').pass).toBe(false);
    expect(precheck('ファッションモデルがチャットで語った').pass).toBe(false); // no player named
  });

  it('reports the terms found, and nothing when it does not pass', () => {
    expect(precheck(UNRELATED_JA)).toEqual({ pass: false, hits: [] });
    expect(precheck('アリババと通義千問').hits).toEqual(['アリババ', '通義', '千問']);
  });

  it('never throws on odd input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(typeof precheck(s).pass).toBe('boolean');
      }),
    );
  });
});

describe('precheck: recall against scoreRelevance, rejection of unrelated pages', () => {
  const { kb } = realKbWithFallback();

  it('passes every relevant fixture and every seed article', () => {
    for (const p of [...RELEVANT, ...seedPages]) expect(precheck(p.text).pass, p.name).toBe(true);
  });

  it('rejects unrelated pages that name no Alibaba entity', () => {
    const unrelated = [UNRELATED_JA, ...IRRELEVANT.filter((p) => /generic AI|ants/.test(p.name)).map((p) => p.text)];
    for (const t of unrelated) expect(precheck(t).pass, t.slice(0, 20)).toBe(false);
    expect(precheck(UNRELATED_JA.repeat(200)).pass).toBe(false); // ~40k chars
  });

  it('property: whatever scoreRelevance calls relevant, precheck passes (mixed paragraphs)', () => {
    const paragraphs = [...RELEVANT, ...IRRELEVANT, ...seedPages].flatMap((p) => p.text.split(/(?<=[。.])/).filter((x) => x.length > 10));
    paragraphs.push(UNRELATED_JA);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...paragraphs), { minLength: 1, maxLength: 12 }), (parts) => {
        const page = { name: 'mix', text: parts.join('') };
        if (relevant(page, kb)) expect(precheck(page.text).pass).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});
