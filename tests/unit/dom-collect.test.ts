// DOM text collection (utils/dom) and the pure parts of the in-page UI, on linkedom.
import type { PageNote } from '../../utils/analysis/notes';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { collectText, rangeFor, spansFor, segmentAt, insideSkipped, UI_HOST_ATTR } from '../../utils/dom/collect';
import { findArticleRoot } from '../../utils/dom/article-root';
import { HitIndex } from '../../entrypoints/content/hit-index';
import { itemsFor, figureKind } from '../../entrypoints/content/items';
import { acceptLate } from '../../entrypoints/content/late-filter';
import { LateContent } from '../../entrypoints/content/late';
import { flagKey } from '../../utils/ui/flags';
import type { EntityCard } from '../../utils/messaging/protocol';
import { DEFAULT_SETTINGS } from '../../utils/settings';
import type { AnalysisResult, Figure } from '../../utils/analysis/types';
import { h, render, type ComponentChild } from 'preact';
import { EntityCardView } from '../../components/card/EntityCardView';
import { FigureCardView } from '../../components/card/FigureCardView';
import { rankFacts, rankRelations } from '../../components/card/rank';
import type { Fact } from '../../utils/analysis/kb/types';
import { loadKbIndex } from '../../scripts/lib/kb-files';
const doc = (body: string) => parseHTML(`<!doctype html><html><head></head><body>${body}</body></html>`).document as unknown as Document;

const NEWS = `
<header class="site"><nav><a href="/">トップ</a><a href="/biz">経済</a></nav><p>アリババ特集はこちら</p></header>
<div id="wrap">
  <article>
    <header><h1>アリババ、AI投資を拡大</h1><time>2025年2月24日</time></header>
    <p>中国の<b>アリババ</b>グループは24日、今後3年間で3,800億元以上を投じると発表した。</p>
    <p>呉泳銘CEOは決算説明会で<a href="#">クラウド</a>事業の成長を強調した。</p>
    <pre>curl https://example.com/BABA</pre><p>コード <code>BABA.close()</code> は無視される。</p>
    <figure><figcaption>杭州の本社</figcaption></figure><div contenteditable="true">アリババの編集欄</div>
    <input value="アリババ"><textarea>アリババ</textarea><div aria-hidden="true">アリババ(隠し)</div><div hidden>アリババ(hidden)</div>
    <div role="toolbar">共有 アリババ</div><script>var s = "アリババ";</script><style>p { color: red }</style>
    <footer><p>(記者 山田)</p></footer>
  </article><aside><h2>ランキング</h2><p>テンセント、新作ゲーム</p></aside>
</div><footer class="site"><p>© 新聞社</p></footer><div ${UI_HOST_ATTR}>カード アリババ</div>`;

describe('collectText', () => {
  it('keeps article text, drops chrome, code, fields and hidden subtrees', () => {
    const d = doc(NEWS);
    const { text } = collectText(d);
    // <header>/<footer> inside <article> are the article's own.
    for (const kept of ['中国のアリババグループは24日、今後3年間で3,800億元以上を投じると発表した。', 'アリババ、AI投資を拡大', '杭州の本社', '(記者 山田)']) {
      expect(text).toContain(kept);
    }
    for (const gone of [
      'トップ',
      'アリババ特集',
      'BABA',
      '編集欄',
      '隠し',
      'hidden',
      '共有',
      'var s',
      'color: red',
      'ランキング',
      'テンセント',
      '© 新聞社',
      'カード',
    ]) {
      expect(text, gone).not.toContain(gone);
    }
  });

  it('turns block boundaries into single newlines and keeps inline runs together', () => {
    const { text } = collectText(doc('<div><p>一段落目<b>太字</b>続き</p><p>二段落目</p><ul><li>項目1</li><li>項目2<br>改行後</li></ul></div>'));
    expect(text).toBe('一段落目太字続き\n二段落目\n項目1\n項目2\n改行後\n');
  });

  it('segments map every collected character back to its text node', () => {
    const { text, segments } = collectText(doc(NEWS));
    expect(segments.length).toBeGreaterThan(5);
    segments.forEach((s, i) => {
      expect(text.slice(s.start, s.end)).toBe(s.node.data);
      expect(s.start).toBeGreaterThanOrEqual(i ? segments[i - 1]!.end : 0);
    });
  });

  it('honours isVisible, skip and maxChars', () => {
    const d = doc('<p class="x">見えない</p><p>見える</p><p>もう一つ</p>');
    const { text } = collectText(d, { isVisible: (el) => el.getAttribute('class') !== 'x', maxChars: 4 });
    expect(text).toBe('見える\n'); // hidden one skipped; stops at a node boundary after 4 chars
    expect(collectText(d, { skip: (el) => el.localName === 'p' }).text.trim()).toBe('');
  });

  it('starts from an element root without leaking its ancestors', () => {
    const d = doc(NEWS);
    expect(collectText(d.querySelector('article')!).text.startsWith('アリババ、AI投資を拡大')).toBe(true);
    expect(insideSkipped(d.querySelector('pre')!)).toBe(true);
    expect(insideSkipped(d.querySelector('article p')!)).toBe(false);
  });

  it('handles 50,000 tiny text nodes (linear walk, no recursion limit)', () => {
    const parts: string[] = [];
    for (let i = 0; i < 10_000; i++) parts.push(`<p>a<b>b</b>c<i>d</i>e</p>`);
    const d = doc(`<div>${parts.join('')}</div>`);
    const { text, segments } = collectText(d);
    expect(segments.length).toBe(50_000);
    expect(text.length).toBe(60_000); // 5 chars + '\n' per paragraph
    // deep nesting must not overflow the stack either
    const deep = doc(`${'<span>'.repeat(5000)}深い${'</span>'.repeat(5000)}`);
    expect(collectText(deep).text).toBe('深い');
  });
});

describe('spansFor / rangeFor', () => {
  const d = doc('<p>中国の<b>アリ</b>ババは</p><p>3,800億元</p>');
  const col = collectText(d);

  it('maps offsets to spans across several nodes', () => {
    const cut = (a: number, b: number) => spansFor(col.segments, a, b).map((s) => s.node.data.slice(s.start, s.end));
    const start = col.text.indexOf('アリババ');
    expect(cut(start, start + 4)).toEqual(['アリ', 'ババ']);
    const fig = col.text.indexOf('3,800億元');
    expect(cut(fig, fig + 7)).toEqual(['3,800億元']);
    expect(spansFor(col.segments, fig, fig)).toEqual([]);
    expect(segmentAt(col.segments, col.text.length + 5)).toBe(col.segments.length);
  });

  it('creates one DOM Range per node touched', () => {
    const calls: string[] = [];
    const rec = (k: string) => (n: Text, o: number) => calls.push(`${k}:${n.data}:${o}`);
    const fakeDoc = { createRange: () => ({ setStart: rec('s'), setEnd: rec('e') }) } as unknown as Document;
    const start = col.text.indexOf('国の');
    const ranges = rangeFor(col.segments, start, start + 4, fakeDoc); // 国の + アリ
    expect(ranges).toHaveLength(2);
    expect(calls).toEqual(['s:中国の:1', 'e:中国の:3', 's:アリ:0', 'e:アリ:2']);
  });
});

describe('findArticleRoot', () => {
  const long = (s: string) => `<p>${s.repeat(50)}</p>`;
  it('prefers [itemprop=articleBody], then the <article> holding the text', () => {
    const body = `<div itemprop="articleBody">${long('本体。').repeat(3)}</div>`;
    const teaser = '<article class="teaser"><p>短い</p></article>';
    expect(findArticleRoot(doc(`${teaser}<article id="main">${long('本文。')}${long('続き。')}${body}</article>`)).getAttribute('itemprop')).toBe(
      'articleBody',
    );
    expect(findArticleRoot(doc(`${teaser}<article id="main">${long('本文。')}${long('続き。')}</article>`)).getAttribute('id')).toBe('main');
  });

  it('falls back to main, then the container with most paragraph text, then body', () => {
    expect(findArticleRoot(doc(`<main id="m">${long('本文。')}</main>`)).getAttribute('id')).toBe('m');
    const d = doc(
      `<div id="side">${long('横')}</div><div id="story"><div>${long('本文。')}</div><div>${long('続き。')}</div><div>${long('結び。')}</div></div>`,
    );
    expect(findArticleRoot(d).getAttribute('id')).toBe('story');
    expect(findArticleRoot(doc('<div>短いページ</div>')).localName).toBe('body');
  });

  it('ignores paragraphs inside navigation and asides', () => {
    expect(findArticleRoot(doc(`<aside>${long('広告').repeat(3)}</aside><article id="a">${long('本文。')}</article>`)).getAttribute('id')).toBe('a');
  });
});

describe('HitIndex', () => {
  it('finds the items covering a caret offset, shortest first', () => {
    const d = doc('<p>アリババグループの3,800億元</p>');
    const t = d.querySelector('p')!.firstChild as Text;
    const idx = new HitIndex();
    [
      [9, 16, 2],
      [0, 8, 0],
      [0, 4, 1],
    ].forEach(([start, end, id]) => idx.add([{ node: t, start: start!, end: end! }], id!));
    expect([2, 6, 12].map((o) => idx.find(t, o))).toEqual([[1, 0], [0], [2]]);
    expect(idx.find(d.body, 0)).toEqual([]);
    idx.clear();
    expect(idx.has(t)).toBe(false);
  });
});

const fig = (over: Partial<Figure>): Figure => ({ start: 0, end: 1, surface: 'x', kind: 'money', value: 1, unit: 'CNY', ...over });

describe('itemsFor', () => {
  const result: AnalysisResult = {
    relevant: true,
    score: 1,
    reasons: [],
    entities: [
      {
        id: 'alibaba',
        name: 'アリババグループ',
        type: 'company',
        mentions: [
          { start: 0, end: 4, surface: 'アリババ' },
          { start: 90, end: 200, surface: 'bad' },
        ],
      },
      { id: 'qwen', name: '通義千問', type: 'model', mentions: [{ start: 20, end: 24, surface: '通義千問' }] },
    ],
    figures: [
      fig({ start: 10, end: 17, surface: '3,800億元', check: { status: 'inconsistent', factId: 'f1', cause: 'scale' } }),
      fig({ start: 30, end: 33, surface: '63%', kind: 'percent', unit: 'percent' }),
      fig({ start: 40, end: 48, surface: '2025年2月', kind: 'period', unit: 'period' }),
    ],
  };

  it('assigns kinds, drops offsets outside the text, sorts by position', () => {
    const items = itemsFor(result, DEFAULT_SETTINGS, new Set(['qwen']), new Set(), 100);
    expect(items.map((i) => i.kind)).toEqual(['entity', 'bad', 'watched', 'percent', 'date']);
  });

  it('follows the category switches and dismissed flags', () => {
    const s = { categories: { ...DEFAULT_SETTINGS.categories, entities: false, percent: false } };
    const dismissed = new Set([flagKey(result.figures[0]!)]);
    const items = itemsFor(result, s, new Set(), dismissed, 100);
    expect(items.map((i) => i.kind)).toEqual(['money', 'date']);
    expect(figureKind(result.figures[0]!, new Set())).toBe('bad');
  });
});

describe('LateContent (MutationObserver on linkedom)', () => {
  const settle = () => new Promise((r) => setTimeout(r, 450)); // past the 300 ms debounce; nothing timed is asserted
  const setup = () => {
    const d = doc('<nav id="n"></nav><article id="a"><p>本文</p></article>');
    const [got, known] = [[] as Array<{ text: string; note?: PageNote; segs: number }>, new Set<Node>()];
    const late = new LateContent({
      doc: d,
      opts: {},
      known: (t) => known.has(t),
      accept: () => true,
      emit: (text, segs, note) => got.push({ text, note, segs: segs.length }),
    });
    late.start();
    const add = (where: string, text: string) => d.getElementById(where)!.appendChild(Object.assign(d.createElement('p'), { textContent: text }));
    return { d, got, known, late, add };
  };

  it('sends only added article text, one batch per quiet period', async () => {
    const { got, known, late, add } = setup();
    add('a', 'クラウド事業の売上高は前年同期比34%増となった。');
    add('a', '呉泳銘CEOは投資を続けると述べた。');
    add('n', 'アリババ特集へのリンク');
    add('a', '18:40'); // short and names nothing
    known.add(add('a', 'アリババ既出の段落です、再送しない。').firstChild!);
    await settle();
    expect(got).toEqual([{ text: 'クラウド事業の売上高は前年同期比34%増となった。\n呉泳銘CEOは投資を続けると述べた。', note: undefined, segs: 2 }]);
    late.stop();
  });

  it('backs off with a note on pages that never stop adding text, then stops', async () => {
    const { got, late, add } = setup();
    add('a', '増'.repeat(160_000));
    await settle();
    expect(got[0]!.note).toEqual({ code: 'lateSlower' });
    add('a', '減'.repeat(2_000_000));
    await new Promise((r) => setTimeout(r, 1000));
    expect(got.at(-1)!.note).toEqual({ code: 'lateStopped' });
    expect(late.stopped).toBe(true);
  });
});

describe('acceptLate', () => {
  it('accepts nodes inside the article root and new articles elsewhere only', () => {
    const d = doc(`<article id="a"><p>本文</p></article><div id="rank"></div>`);
    const root = d.getElementById('a')!;
    const p = d.createElement('p');
    root.appendChild(p);
    expect(acceptLate(p, root)).toBe(true);
    const widget = d.createElement('div');
    widget.textContent = 'アリババ 株価 +3%';
    d.getElementById('rank')!.appendChild(widget);
    expect(acceptLate(widget, root)).toBe(false);
    const next = d.createElement('section');
    next.appendChild(d.createElement('article'));
    d.body.appendChild(next);
    expect(acceptLate(next, root)).toBe(true);
  });
});

describe('card views (Preact on linkedom)', () => {
  const kb = loadKbIndex();
  const cardOf = (id: string): EntityCard => {
    const entity = kb.entities.get(id)!;
    const relations = (kb.relationsByEntity.get(id) ?? []).map((r) => {
      const dir = r.from === id ? ('out' as const) : ('in' as const);
      const other = dir === 'out' ? r.to : r.from;
      return { type: r.type, dir, other: { id: other, name: kb.name(other, 'en'), type: 'x' }, since: r.since, until: r.until };
    });
    const facts = (kb.factsBySubject.get(id) ?? []).map((f) => ({ ...f, sourceInfo: kb.sources.get(f.source) }));
    return { entity, relations, facts, watched: false, ownAliases: [] };
  };
  const mount = (vnode: ComponentChild) => {
    const d = doc('<div id="root"></div>');
    (globalThis as { document?: Document }).document = d;
    render(vnode, d.getElementById('root')!);
    return d.getElementById('root')!;
  };

  it('entity card: names, reading of the kanji name, current relations first, sourced facts, buttons', () => {
    let watched = 0;
    const card = cardOf('eddie-wu');
    const el = mount(h(EntityCardView, { card, lang: 'en', currency: 'JPY', onToggleWatch: () => watched++ }));
    expect(el.textContent).toContain('Eddie Wu');
    expect(el.querySelector('ruby')?.textContent).toContain(card.entity.names.ja![0]);
    expect(el.querySelector('rt')?.textContent).toBe(card.entity.reading);
    const rels = Array.from(el.querySelector('section.rc-rel')!.querySelectorAll('li')).map((li) => li.textContent ?? '');
    expect(rels[0]).toMatch(/^CEO of/); // current relations first
    const past = rels.findIndex((r) => /〜\d/.test(r));
    if (past >= 0) expect(rels.slice(past).every((r) => /〜\d/.test(r))).toBe(true);
    for (const a of Array.from(el.querySelectorAll('a'))) expect(a.getAttribute('href')).toMatch(/^https?:/);
    click(el.querySelector('button')!);
    expect(watched).toBe(1);
  });

  it('ranks current relations first, and facts on the article metric and exact period first', () => {
    expect(rankRelations([{ type: 'founder_of' }, { type: 'ceo_of', until: '2023' }, { type: 'ceo_of' }]).map((r) => r.until ?? r.type)).toEqual([
      'ceo_of',
      'founder_of',
      '2023',
    ]);
    const p = (start: string, end: string) => ({ start, end });
    const facts = [
      { id: 'fy', metric: 'revenue', period: p('2024-04-01', '2025-03-31') },
      { id: 'q', metric: 'revenue', period: p('2024-10-01', '2024-12-31') },
      { id: 'c', metric: 'capex', period: p('2025-01-01', '2025-03-31') },
    ] as Fact[];
    expect(rankFacts(facts, [fig({ metric: 'revenue', period: p('2024-10-01', '2024-12-31') })]).map((f) => f.id)).toEqual(['q', 'fy', 'c']);
  });

  it('figure card: normalised value, conversions (reader currency first), check with cause and dismiss', () => {
    const f = fig({
      surface: '3,800億元',
      value: 380e9,
      subject: 'alibaba',
      metric: 'investment_plan',
      converted: { CNY: 380e9, USD: 52.4e9, JPY: 7.98e12, rateDate: '2025-02', rateBasis: 'article' },
      check: { status: 'inconsistent', cause: 'scale', expected: 38e9, expectedUnit: 'CNY' },
    });
    let dismissed = 0;
    const el = mount(h(FigureCardView, { figure: f, kbName: (id: string) => kb.name(id, 'ja'), lang: 'ja', currency: 'USD', onDismiss: () => dismissed++ }));
    // The rate's month (Converted.rateDate is a month) and why that month, in the reader's language.
    for (const part of ['380,000,000,000 CNY', kb.name('alibaba', 'ja'), '2025年2月', '記事の月のレート', '桁']) expect(el.textContent).toContain(part);
    const conv = Array.from(el.querySelectorAll('.rc-conv li')).map((li) => li.textContent ?? '');
    expect(conv).toHaveLength(3);
    expect(conv[0]).toMatch(/ドル/); // the reader's currency first
    expect(el.querySelector('[data-status="inconsistent"]')).not.toBeNull();
    click(el.querySelector('.rc-actions button')!);
    expect(dismissed).toBe(1);
    const ok = mount(
      h(FigureCardView, {
        figure: { ...f, check: { status: 'consistent' } },
        kbName: (x: string) => x,
        lang: 'en',
        currency: 'JPY',
        onDismiss: () => dismissed++,
      }),
    );
    expect(ok.querySelector('.rc-actions button')).toBeNull();
  });
});

const click = (el: Element) =>
  el.dispatchEvent(new ((globalThis as unknown as { document: Document }).document.defaultView as unknown as typeof globalThis).Event('click'));
