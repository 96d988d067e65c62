import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findEntities, type EntitySpan } from '../../utils/analysis/entities/find';
import { normalize } from '../../utils/analysis/text/normalize';
import type { PreparedKb } from '../../utils/analysis/prepared-kb';
import { fixtureKb, realKbWithFallback } from './support/text-kb';

const kb = fixtureKb();

function find(text: string, opts: Parameters<typeof findEntities>[3] = {}, index: PreparedKb = kb) {
  const r = findEntities(normalize(text), text, index, opts);
  for (const m of r.mentions) expect(text.slice(m.start, m.end)).toBe(m.surface);
  return r;
}
const ids = (text: string, opts?: Parameters<typeof findEntities>[3]) => find(text, opts).mentions.map((m) => m.entityId);
const spans = (text: string) => find(text).mentions.map((m) => `${m.entityId}:${m.surface}`);

describe('findEntities: names in every script', () => {
  it('longest match wins, offsets are original', () => {
    const text = 'アリババグループとアリババクラウドは、アリババの部門。';
    expect(spans(text)).toEqual(['alibaba:アリババグループ', 'alibaba-cloud:アリババクラウド', 'alibaba:アリババ']);
    expect(find(text).mentions[1]).toMatchObject({ start: 9, end: 17 });
  });

  it('katakana with or without ・, full and half width', () => {
    for (const s of ['エディ・ウー', 'エディウー', 'ｴﾃﾞｨ･ｳｰ', 'エディ･ウー']) expect(spans(`CEOの${s}氏`)).toEqual([`eddie-wu:${s}`]);
    expect(spans('ＡＬＩＢＡＢＡは')).toEqual(['alibaba:ＡＬＩＢＡＢＡ']);
  });

  it('zh-Hans, zh-Hant and English', () => {
    expect(ids('阿里巴巴集团首席执行官吴泳铭表示，通义千问')).toEqual(['alibaba', 'eddie-wu', 'qwen']);
    expect(ids('阿里巴巴集團執行長吳泳銘說，通義千問')).toEqual(['alibaba', 'eddie-wu', 'qwen']);
    expect(spans('Alibaba Cloud said on Monday. Eddie Wu said Alibaba Group will invest.')).toEqual([
      'alibaba-cloud:Alibaba Cloud',
      'eddie-wu:Eddie Wu',
      'alibaba:Alibaba Group',
    ]);
  });

  it('mistranslations map to the right entity and say so', () => {
    const r = find('ジェフリーズのアナリスト:TTG(トヨタグループ)について。呉勇明:はい。CFOの徐紅氏、江凡氏。「同益前問」モデル');
    expect(r.mentions.map((m) => [m.entityId, m.surface, m.kind])).toEqual([
      ['taobao-tmall-group', 'TTG(トヨタグループ)', 'mistranslation'],
      ['eddie-wu', '呉勇明', 'mistranslation'],
      ['toby-xu', '徐紅', 'mistranslation'],
      ['jiang-fan', '江凡', 'mistranslation'],
      ['qwen', '同益前問', 'mistranslation'],
    ]);
    expect(find('ＴＴＧ（トヨタグループ）').mentions[0]).toMatchObject({ entityId: 'taobao-tmall-group', surface: 'ＴＴＧ（トヨタグループ）' });
  });
});

describe('findEntities: word boundaries, case and tickers', () => {
  it('Latin aliases only as whole words', () => {
    expect(ids('BABAR the elephant; ALIBABAS; Alibaba’s shares')).toEqual(['alibaba']);
    expect(ids('NYSE: BABA rose')).toEqual(['alibaba']);
    expect(ids('NYSE:BABA')).toEqual(['alibaba']);
  });

  it('short all-caps aliases count only in upper case', () => {
    expect(ids('NYSE: baba rose')).toEqual([]);
    expect(ids('ＢＡＢＡ株')).toEqual(['alibaba']);
    expect(ids('TTGの業績')).toEqual(['taobao-tmall-group']);
    expect(ids('ttgの業績')).toEqual([]);
    expect(ids('アリババクラウドのPAIで学習、pai は不可')).toEqual(['alibaba-cloud', 'pai']);
  });

  it('9988 only as a ticker token', () => {
    expect(ids('香港証券取引所(9988)に上場')).toEqual(['alibaba']);
    expect(ids('SEHK: 9988')).toEqual(['alibaba']);
    for (const s of ['19988件', '9988.5', '99,880', '9988円', '9988年', '2025/9988', '$9988', '合計9988で終了']) {
      expect(ids(`アリババ ${s} です`)).toEqual(['alibaba']);
    }
    expect(ids('アリババの株(9988)は上昇')).toEqual(['alibaba', 'alibaba']); // company named elsewhere
  });
});

describe('findEntities: ambiguous aliases need support', () => {
  it('アリ: not inside katakana words, not on its own', () => {
    expect(ids('アリの巣の観察日記')).toEqual([]);
    expect(ids('アリゾナ州のアリエクスプレス倉庫')).toEqual(['aliexpress']);
    expect(ids('アリババの新計画。アリの人工知能インフラ')).toEqual(['alibaba', 'alibaba']);
  });

  it('support from a relative (parent or child) named elsewhere', () => {
    expect(ids('阿里云宣布降价。阿里表示')).toEqual(['alibaba-cloud', 'alibaba']);
    expect(ids('阿里山の日の出')).toEqual([]);
  });

  it('阿里 as a place (Alishan, Ali township) stays a place, a context word (雲, 云) nearby or not', () => {
    const real = realKbWithFallback().kb; // its Alibaba has 云 among its context words
    const realIds = (text: string) => find(text, {}, real).mentions.map((m) => m.entityId);
    expect(realIds('嘉義県阿里郷は雲海で有名だ。')).toEqual([]);
    expect(realIds('阿里乡的云海很美。')).toEqual([]);
    expect(realIds('阿里山の雲海と日の出')).toEqual([]);
  });

  it('support from a context word within ~40 chars', () => {
    expect(ids('新しいAIアシスタント「Quark」を発表')).toEqual(['quark']);
    expect(ids('The quark model of hadrons in particle physics')).toEqual([]);
    expect(ids(`Quark${'。'.repeat(60)}AI`)).toEqual([]);
  });
});

describe('findEntities: surnames', () => {
  it('count only after the full name and with an honorific/title', () => {
    expect(ids('呉氏は語った。呉泳銘CEOは')).toEqual(['eddie-wu']); // surname before the full name
    expect(spans('エディ・ウーCEOが登壇。ウー氏は、呉CEOとして、呉最高経営責任者は')).toEqual([
      'eddie-wu:エディ・ウー',
      'eddie-wu:ウー',
      'eddie-wu:呉',
      'eddie-wu:呉',
    ]);
    expect(ids('呉泳銘が就任。呉の就任後、呉市では')).toEqual(['eddie-wu']); // no honorific
  });

  it('English "said" and "Mr" contexts', () => {
    expect(ids('Eddie Wu spoke first. Wu said demand was strong. Mr Wu added. Wu Bank opened.')).toEqual(['eddie-wu', 'eddie-wu', 'eddie-wu']);
  });

  it('only for the person whose full name appeared', () => {
    expect(ids('Joe Tsai spoke. Wu said nothing. Tsai said yes.')).toEqual(['joe-tsai', 'joe-tsai']);
  });
});

describe('findEntities: results', () => {
  it('canonical name by article language, type, mentions, salience', () => {
    const ja = find('アリババの決算。アリババグループ。通義千問とQwen。', { title: 'アリババが投資' });
    const ali = ja.entities.find((e) => e.id === 'alibaba')!;
    expect(ali).toMatchObject({ name: 'アリババグループ', type: 'company' });
    expect(ali.mentions).toHaveLength(2);
    expect(ja.entities[0].id).toBe('alibaba'); // more mentions + title
    expect(ali.salience!).toBeGreaterThan(ja.entities.find((e) => e.id === 'qwen')!.salience!);
    for (const e of ja.entities) {
      expect(e.salience!).toBeGreaterThanOrEqual(0);
      expect(e.salience!).toBeLessThanOrEqual(1);
    }

    expect(find('阿里巴巴集团宣布投资。').entities[0].name).toBe('阿里巴巴集团');
    expect(find('阿里巴巴集團宣布，這個季度的營收與雲業務').entities[0].name).toBe('阿里巴巴集團');
    expect(find('Alibaba said on Thursday that revenue rose.').entities[0].name).toBe('Alibaba Group Holding');
  });

  it('title presence raises salience', () => {
    const text = '本文。アリババの発表。';
    const a = find(text).entities[0].salience!;
    const b = find(text, { title: 'アリババ、AIに投資' }).entities[0].salience!;
    expect(b).toBeGreaterThan(a);
  });

  it("uses the reader's own aliases", () => {
    expect(ids('阿里爸爸が発表', { extraAliases: [{ text: '阿里爸爸', entityId: 'alibaba' }] })).toEqual(['alibaba']);
    expect(ids('阿里爸爸が発表')).toEqual([]);
  });

  it('names inside URLs and e-mail addresses are not mentions', () => {
    expect(ids('出典:https://www.alibabagroup.com/ja/news/article?id=1 を参照。アリババは')).toEqual(['alibaba']);
    expect(ids('連絡先 press@alibaba-inc.com まで')).toEqual([]);
    expect(spans('https://a.example/alibaba アリババ、http://b.example/アリババ www.alibaba.com Alibaba')).toEqual(['alibaba:アリババ', 'alibaba:Alibaba']);
  });

  it('no overlaps, sorted by position', () => {
    const r = find('アリババグループ傘下のアリババクラウド(Alibaba Cloud)と淘天集団(TTG)、通義千問(Qwen)。');
    for (let i = 1; i < r.mentions.length; i++) expect(r.mentions[i].start).toBeGreaterThanOrEqual(r.mentions[i - 1].end);
  });
});

describe('findEntities: property — zero-width and full-width noise inside names', () => {
  const names: Array<[string, string]> = [
    ['アリババグループ', 'alibaba'],
    ['エディ・ウー', 'eddie-wu'],
    ['Alibaba Cloud', 'alibaba-cloud'],
    ['通義千問', 'qwen'],
    ['呉泳銘', 'eddie-wu'],
    ['Joe Tsai', 'joe-tsai'],
  ];
  const toFull = (c: string) => (c >= '!' && c <= '~' ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c);
  it('still matches with exact offsets', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: names.length - 1 }),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom('\u200B', '\u200D', '\u00AD', '\uFEFF', '\u2060', 'FW')), { maxLength: 4 }),
        fc.constantFrom('本日、', 'Today ', ''),
        fc.constantFrom('は発表した。', ' said.', ''),
        (k, edits, pre, post) => {
          const [name, id] = names[k];
          const chars = [...name];
          for (const [pos, what] of edits) {
            const i = pos % chars.length;
            if (what === 'FW') chars[i] = toFull(chars[i]);
            else if (i > 0) chars[i] = what + chars[i];
          }
          const noisy = chars.join('');
          const text = pre + noisy + post;
          const r = find(text);
          const m = r.mentions.find((x) => x.entityId === id);
          expect(m, text).toBeDefined();
          expect(m!.start).toBe(pre.length + (noisy.length - noisy.replace(/^(?:\u200B|\u200D|\u00AD|\uFEFF|\u2060)+/, '').length));
          expect(m!.end).toBe(pre.length + noisy.length);
        },
      ),
      { numRuns: 400 },
    );
  });
});

// The five real seed articles, read in place (never copied into the repository).
const SEEDS = join(import.meta.dirname, '../../../shared/seeds');
const seedFile = (n: string) => (existsSync(SEEDS) ? readdirSync(SEEDS).find((f) => f.startsWith(n + '_')) : undefined);
const seed = (n: string) => readFileSync(join(SEEDS, seedFile(n)!), 'utf8');

describe.skipIf(!existsSync(SEEDS))('findEntities: real seed articles', () => {
  const { kb: real } = realKbWithFallback();
  const run = (n: string) => {
    const text = seed(n);
    const r = findEntities(normalize(text), text, real);
    for (const m of r.mentions) expect(text.slice(m.start, m.end)).toBe(m.surface);
    return r;
  };
  const has = (ms: EntitySpan[], id: string, surface: string) => ms.some((m) => m.entityId === id && m.surface === surface);

  it('seed 003: mistranslated names resolve', () => {
    const { mentions, entities } = run('003');
    expect(has(mentions, 'eddie-wu', '呉勇明')).toBe(true);
    expect(has(mentions, 'eddie-wu', '呉永明')).toBe(true);
    expect(has(mentions, 'toby-xu', '徐紅')).toBe(true);
    expect(has(mentions, 'jiang-fan', '江凡')).toBe(true);
    expect(has(mentions, 'taobao-tmall-group', 'TTG(トヨタグループ)')).toBe(true);
    expect(has(mentions, 'qwen', '同益前問')).toBe(true);
    expect(has(mentions, 'qwen', '同益前聞')).toBe(true);
    expect(has(mentions, 'joe-tsai', 'ジョセフ・ツァイ')).toBe(true);
    expect(mentions.some((m) => m.surface === 'ウー' && m.entityId === 'eddie-wu')).toBe(true); // 「ウー氏は」 after 呉勇明
    expect(mentions.some((m) => m.surface === 'アリババ' && m.entityId !== 'alibaba')).toBe(false);
    expect(entities.map((e) => e.id)).toContain('alibaba');
  });

  it('seed 000: 呉永明 and the アモイ天グループ mistranslation, アリの as Alibaba', () => {
    const { mentions } = run('000');
    expect(has(mentions, 'eddie-wu', '呉永明')).toBe(true);
    expect(has(mentions, 'taobao-tmall-group', 'アモイ天グループ')).toBe(true);
    expect(has(mentions, 'alibaba-cloud', 'Alibaba Cloud')).toBe(true);
    expect(has(mentions, 'alibaba', 'アリ')).toBe(true); // 「アリの人工知能大インフラ計画」
  });

  it('seed 001: 呉泳銘, Qwen (通義千問), アリババクラウド', () => {
    const { mentions } = run('001');
    expect(has(mentions, 'eddie-wu', '呉泳銘')).toBe(true);
    expect(has(mentions, 'qwen', '通義千問')).toBe(true);
    expect(has(mentions, 'alibaba-cloud', 'アリババクラウド')).toBe(true);
  });

  it('seed 002: tickers NYSE: BABA and SEHK: 9988, Taobao, Tmall', () => {
    const { mentions } = run('002');
    // The KB may hold 'NYSE: BABA' as one alias; either way the ticker is an Alibaba mention.
    expect(mentions.some((m) => m.entityId === 'alibaba' && m.surface.endsWith('BABA'))).toBe(true);
    expect(mentions.some((m) => m.entityId === 'alibaba' && m.surface.endsWith('9988'))).toBe(true);
    expect(mentions.some((m) => m.entityId === 'qwen')).toBe(true);
  });

  it('seed 004: ジャック・マー and 馬雲, 蔡崇信, 呉泳銘; 「呉の就任後」 is not a surname mention', () => {
    const { mentions } = run('004');
    expect(has(mentions, 'jack-ma', 'ジャック・マー')).toBe(true);
    expect(has(mentions, 'jack-ma', '馬雲')).toBe(true);
    expect(has(mentions, 'joe-tsai', '蔡崇信')).toBe(true);
    expect(has(mentions, 'eddie-wu', '呉泳銘')).toBe(true);
    expect(mentions.some((m) => m.surface === '呉')).toBe(false);
  });
});
