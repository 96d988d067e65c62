// Tokenizer core (utils/tokenizer) with the Node dictionary loader: offsets, proper-noun
// candidates the KB does not know, readings of kanji names, the wire format.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { configureTokenizer, enrich, release } from '../../entrypoints/background/tokenizer';
import { dictDir, nodeTokenizer } from '../../scripts/lib/analyze-dict';
import { PreparedKb } from '../../utils/analysis/prepared-kb';
import type { AnalysisResult } from '../../utils/analysis/types';
import { enrichFromTokens, keepToken, packTokens, unpackTokens } from '../../utils/analysis/tokenizer/enrich';
import { properNounCandidates } from '../../utils/analysis/tokenizer/proper-nouns';
import { readingsFor } from '../../utils/analysis/tokenizer/readings';
import { testEntity, testBundle } from './support/test-entity';
import { isCompound, pieces, type Token, type Tokenizer } from '../../utils/analysis/tokenizer/tokenizer';

const entity = testEntity;

// A small KB for the tests: what is in it is "known", everything else is a candidate.
const bundle = testBundle({
  entities: [
    entity('alibaba', 'company', ['アリババグループ', 'アリババ'], { names: { ja: ['アリババグループ', 'アリババ'], en: ['Alibaba'] } }),
    entity('eddie-wu', 'person', ['呉泳銘'], { reading: 'ゴ・エイメイ', aliases: [{ text: 'エディ・ウー', kind: 'name' }] }),
    entity('yanai', 'person', ['柳井正']),
    entity('qwen', 'model', ['通義千問'], { names: { ja: ['通義千問'], en: ['Qwen'] } }),
  ],
});
const kb = new PreparedKb(bundle);

let tok: Tokenizer;
beforeAll(async () => {
  tok = await nodeTokenizer();
}, 60_000);

const surfaces = (text: string, known: Array<{ start: number; end: number }> = []) =>
  properNounCandidates(tok.tokenize(text), text, kb, known).map((p) => p.surface);

describe('tokenize', () => {
  it('gives UTF-16 offsets that point at each surface, across lines, long lines and surrogate pairs', () => {
    const long = 'アリババは投資を続ける。'.repeat(400); // one line of 4,800 chars: split internally
    const text = `𠮷野家の株価は\n\n  上昇した。\r\n${long}\nQwen3は 1兆パラメータ`;
    const tokens = tok.tokenize(text);
    expect(tokens.length).toBeGreaterThan(1000);
    let last = -1;
    for (const t of tokens) {
      expect(text.slice(t.start, t.start + t.surface.length)).toBe(t.surface);
      expect(t.start).toBeGreaterThan(last); // in order, no overlaps
      last = t.start;
    }
    expect(tokens.map((t) => t.surface).join('')).toBe(text.replace(/\n/g, '')); // only line breaks are dropped
  });

  it('splits アリババ into アリ|ババ (so KB names are never matched by token equality)', () => {
    const s = tok.tokenize('アリババの決算').map((t) => t.surface);
    expect(s.slice(0, 2)).toEqual(['アリ', 'ババ']);
  });

  it('keeps unknown katakana words unknown, but treats compounds of common words as vocabulary', () => {
    const [name] = tok.tokenize('ザルトリクス');
    expect(name!.unknown).toBe(true);
    const [vocab] = tok.tokenize('コンピューティングパワー');
    expect(vocab!.unknown).toBeUndefined();
    expect(vocab!.pos1).toBe('一般');
  });

  it('pieces() covers every non-blank line and caps long lines', () => {
    const text = 'a\n\n' + 'あ'.repeat(5000) + '\nb';
    const p = pieces(text);
    expect(p[0]).toEqual([0, 1]);
    expect(p.every(([f, t]) => t - f <= 2000)).toBe(true);
    expect(p.map(([f, t]) => text.slice(f, t)).join('')).toBe(text.replace(/\n/g, ''));
  });
});

describe('properNounCandidates', () => {
  it('finds a made-up katakana company and real people the KB does not know', () => {
    const text = '新興企業ザルトリクスは、アリババ傘下の事業責任者である蒋凡氏と、石破茂首相が会談したと発表した。';
    const found = surfaces(text);
    expect(found).toContain('ザルトリクス');
    expect(found).toContain('蒋凡'); // IPADIC: 蒋|凡 unknown; found through 氏
    expect(found).toContain('石破茂'); // IPADIC surname + given name
    expect(found).not.toContain('アリババ');
  });

  it('does not report KB entities, even when IPADIC splits them (アリ|ババ) and nothing marked them', () => {
    const text = 'アリババとアリババグループ、呉泳銘CEO、エディ・ウー氏、通義千問について。';
    expect(surfaces(text)).toEqual([]);
  });

  it('drops candidates overlapping mentions the analysis already found', () => {
    const text = 'ザルトリクスの発表';
    expect(surfaces(text)).toEqual(['ザルトリクス']);
    expect(surfaces(text, [{ start: 0, end: 6 }])).toEqual([]);
  });

  it('finds Latin names but not model-name tails or acronyms', () => {
    const text = 'DeepSeekとMoonshot AIは、Qwen2.5-MaxやGPUについて語った。';
    const found = surfaces(text);
    expect(found).toContain('DeepSeek');
    expect(found).toContain('Moonshot AI');
    expect(found).not.toContain('Max');
    expect(found).not.toContain('GPU');
    // In running English text a lone capitalised word may be a sentence start: not enough.
    const en = 'The company said Zartrix and VeltexAI joined ZarTrix Labs, while Gemini 2.5 Pro grew.';
    expect(surfaces(en)).toEqual(['VeltexAI', 'ZarTrix Labs']);
  });

  it('skips loanword vocabulary and common-noun false friends', () => {
    const text = 'クラウドコンピューティングとオープンソースモデルのエコシステムで、テクノロジーの巨人である自社が勝つ。';
    expect(surfaces(text)).toEqual([]);
  });

  it('deduplicates by normalised form, most frequent first, with offsets into the text', () => {
    const text = 'ザルトリクス社とヴェルテクス社。ヴェルテクスは、ヴェルテクスと組む。';
    const pn = properNounCandidates(tok.tokenize(text), text, kb, []);
    expect(pn.map((p) => p.surface)).toEqual(['ヴェルテクス', 'ザルトリクス']);
    for (const p of pn) expect(text.slice(p.start, p.end)).toBe(p.surface);
  });

  it('gives readings of kanji names only when IPADIC knows every piece', () => {
    const text = '石破茂首相と蒋凡氏が会談した。';
    const pn = properNounCandidates(tok.tokenize(text), text, kb, []);
    expect(pn.find((p) => p.surface === '石破茂')?.reading).toBe('イシバ・シゲル');
    expect(pn.find((p) => p.surface === '蒋凡')?.reading).toBeUndefined();
  });
});

describe('readingsFor / enrichFromTokens', () => {
  const text = 'ファーストリテイリングの柳井正会長と、アリババの呉泳銘CEOが登壇した。';
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, surface: s });
  const result: AnalysisResult = {
    relevant: true,
    score: 1,
    reasons: [],
    entities: [
      { id: 'yanai', name: '柳井正', type: 'person', mentions: [at('柳井正')] },
      { id: 'eddie-wu', name: '呉泳銘', type: 'person', mentions: [at('呉泳銘')] },
      { id: 'alibaba', name: 'アリババ', type: 'company', mentions: [at('アリババ')] },
    ],
    figures: [],
  };

  it('reads a kanji person name that the tokens cover exactly', () => {
    const r = readingsFor(result.entities, tok.tokenize(text));
    expect(r).toEqual({ yanai: 'ヤナイ・タダシ' }); // 呉泳銘: 泳 is not in IPADIC, so no guess
  });

  it('needs exact token alignment', () => {
    const shifted = [{ ...result.entities[0]!, mentions: [{ ...at('柳井正'), start: at('柳井正').start + 1, surface: '井正' }] }];
    expect(readingsFor(shifted, tok.tokenize(text))).toEqual({});
  });

  it('enriches with unknown names and readings, and keeps the KB reading (not overwritten)', () => {
    const e = enrichFromTokens(tok.tokenize(text), text, result, kb);
    expect(e.readings).toEqual({ yanai: 'ヤナイ・タダシ' });
    expect(e.unknownProperNouns!.map((p) => p.surface)).toEqual(['ファーストリテイリング']);
  });

  it('gives the same enrichment after the compact wire format (offscreen → background)', () => {
    const tokens = tok.tokenize(text);
    const wire = JSON.parse(JSON.stringify(packTokens(tokens)));
    const back: Token[] = unpackTokens(wire, text);
    expect(back).toEqual(tokens.filter(keepToken));
    expect(enrichFromTokens(back, text, result, kb)).toEqual(enrichFromTokens(tokens, text, result, kb));
    expect(unpackTokens([[text.length, 3, '名詞', '一般', '', '', '', 0]], text)).toEqual([]); // out of range: dropped
  });
});

describe('isCompound', () => {
  const dict = new Set(['パワー', 'サービス', 'シーク']);
  const inDict = (w: string) => dict.has(w);
  it('accepts words made of loanwords and 3+ char dictionary words only', () => {
    expect(isCompound('コンピューティングパワー', inDict)).toBe(true);
    expect(isCompound('クラウド・サービス', inDict)).toBe(true);
    expect(isCompound('ディープシーク', inDict)).toBe(false);
    expect(isCompound('ザルトリクス', inDict)).toBe(false);
  });
});

// The background's enrich() without the offscreen API (the Firefox path): the dictionary is
// fetched from the extension's /dict/ (served here from node_modules) and inflated with
// DecompressionStream, exactly as in the browser.
describe('background enrich (in-process host)', () => {
  const text = '新興企業ザルトリクスは、アリババと提携した。';
  const result: AnalysisResult = {
    relevant: true,
    score: 1,
    reasons: [],
    entities: [{ id: 'alibaba', name: 'アリババ', type: 'company', mentions: [{ start: 12, end: 16, surface: 'アリババ' }] }],
    figures: [],
  };
  const offscreen = browser.offscreen;
  beforeEach(() => {
    (browser as { offscreen?: unknown }).offscreen = undefined; // as on Firefox
  });
  afterEach(async () => {
    (browser as { offscreen?: unknown }).offscreen = offscreen;
    vi.unstubAllGlobals();
    await release();
    configureTokenizer({ timeoutMs: 20_000, idleMs: 180_000 });
  });

  it('loads kuromoji through fetch + DecompressionStream and finds unknown names', async () => {
    const asked: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      asked.push(url);
      const name = String(url).split('/dict/')[1]!;
      return new Response(await readFile(join(dictDir(), name)));
    });
    const out = await enrich(text, result, kb);
    expect(out.notes).toBeUndefined();
    expect(out.unknownProperNouns!.map((p) => p.surface)).toEqual(['ザルトリクス']);
    expect(asked.every((u) => /\/dict\/[a-z_]+\.dat\.gz$/.test(u))).toBe(true);
  }, 60_000);

  it('resolves with a note (never rejects) when the dictionary cannot be loaded', async () => {
    vi.stubGlobal('fetch', async () => new Response('missing', { status: 404 }));
    const out = await enrich(text, result, kb);
    expect(out).toEqual({ notes: [{ code: 'tokenizerUnavailable', values: { reason: expect.stringMatching(/^dictionary .*HTTP 404/) } }] });
  });

  it('resolves with a note when loading never finishes (timeout)', async () => {
    configureTokenizer({ timeoutMs: 300 });
    vi.stubGlobal('fetch', () => new Promise<Response>(() => {}));
    const out = await enrich(text, result, kb);
    expect(out).toEqual({ notes: [{ code: 'tokenizerUnavailable', values: { reason: expect.stringMatching(/^no answer within/) } }] });
  });
});

// The Chrome path with the offscreen API emulated: one document is created on demand, the
// request goes over the typed channel, the reply is validated, and the document is closed
// after the (configurable) idle time.
describe('background enrich (offscreen host)', () => {
  const text = '新興企業ザルトリクスは、アリババと提携した。';
  const result: AnalysisResult = { relevant: true, score: 1, reasons: [], entities: [], figures: [] };
  afterEach(async () => {
    vi.restoreAllMocks();
    await release();
    configureTokenizer({ timeoutMs: 20_000, idleMs: 180_000 });
  });

  function emulate(reply: (msg: { channel: string; text: string; idleMs: number }) => unknown) {
    let open = false;
    const created: unknown[] = [];
    let closed = 0;
    let notReadyOnce = true;
    // The document is found with runtime.getContexts (Chrome 116+).
    vi.spyOn(browser.runtime, 'getContexts').mockImplementation((async () => (open ? [{ contextType: 'OFFSCREEN_DOCUMENT' }] : [])) as never);
    vi.spyOn(browser.offscreen, 'createDocument').mockImplementation(async (p: unknown) => {
      created.push(p);
      open = true;
    });
    vi.spyOn(browser.offscreen, 'closeDocument').mockImplementation(async () => {
      open = false;
      closed++;
    });
    vi.spyOn(browser.runtime, 'sendMessage').mockImplementation((async (msg: never) => {
      if (notReadyOnce) {
        notReadyOnce = false; // the document's script has not registered its listener yet
        throw new Error('Could not establish connection. Receiving end does not exist.');
      }
      return reply(msg);
    }) as never);
    return { created, closed: () => closed, isOpen: () => open };
  }

  it('creates the document once (reason WORKERS), tokenizes there, closes it after idle', async () => {
    const host = emulate((msg) => ({ ok: true, tokens: packTokens(tok.tokenize(msg.text)) }));
    configureTokenizer({ idleMs: 50 });
    const [a, b] = await Promise.all([enrich(text, result, kb), enrich(text, result, kb)]);
    expect(a.unknownProperNouns!.map((p) => p.surface)).toEqual(['ザルトリクス']);
    expect(b).toEqual(a);
    expect(host.created).toEqual([expect.objectContaining({ url: 'offscreen.html', reasons: ['WORKERS'] })]);
    await vi.waitFor(() => expect(host.closed()).toBe(1), { timeout: 5000 });
    expect(host.isOpen()).toBe(false);
  });

  it('turns a failed or malformed reply into a note', async () => {
    emulate(() => ({ ok: false, error: 'dictionary base.dat.gz: HTTP 404' }));
    expect(await enrich(text, result, kb)).toEqual({ notes: [{ code: 'tokenizerUnavailable', values: { reason: 'dictionary base.dat.gz: HTTP 404' } }] });
    vi.restoreAllMocks();
    emulate(() => ({ tokens: 'nope' }));
    expect(await enrich(text, result, kb)).toEqual({ notes: [{ code: 'tokenizerUnavailable', values: { reason: 'bad reply from the tokenizer host' } }] });
  });
});
