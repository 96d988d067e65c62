// DOM text collection (utils/dom) and the pure parts of the in-page UI, on linkedom.
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { collectText, rangeFor, spansFor, segmentAt, insideSkipped, UI_HOST_ATTR } from '../../utils/dom/collect';
import { findArticleRoot } from '../../utils/dom/article-root';
import { HitIndex } from '../../entrypoints/content/hit-index';
import { itemsFor, figureKind } from '../../entrypoints/content/items';
import { isDisabled, pageKey, looksLikeSettings } from '../../entrypoints/content/page-rules';
import { acceptLate } from '../../entrypoints/content/late-filter';
import { flagKey } from '../../components/card/flag-key';
import { DEFAULT_SETTINGS } from '../../utils/messages';
import type { AnalysisResult, Figure } from '../../utils/types';

const doc = (body: string, head = '') => parseHTML(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`).document as unknown as Document;

const NEWS = `
<header class="site"><nav><a href="/">トップ</a><a href="/biz">経済</a></nav><p>アリババ特集はこちら</p></header>
<div id="wrap">
  <article>
    <header><h1>アリババ、AI投資を拡大</h1><time>2025年2月24日</time></header>
    <p>中国の<b>アリババ</b>グループは24日、今後3年間で3,800億元以上を投じると発表した。</p>
    <p>呉泳銘CEOは決算説明会で<a href="#">クラウド</a>事業の成長を強調した。</p>
    <pre>curl https://example.com/BABA</pre>
    <p>コード <code>BABA.close()</code> は無視される。</p>
    <figure><figcaption>杭州の本社</figcaption></figure>
    <div contenteditable="true">アリババの編集欄</div>
    <input value="アリババ">
    <textarea>アリババ</textarea>
    <div aria-hidden="true">アリババ(隠し)</div>
    <div hidden>アリババ(hidden)</div>
    <div role="toolbar">共有 アリババ</div>
    <script>var s = "アリババ";</script><style>p { color: red }</style>
    <footer><p>(記者 山田)</p></footer>
  </article>
  <aside><h2>ランキング</h2><p>テンセント、新作ゲーム</p></aside>
</div>
<footer class="site"><p>© 新聞社</p></footer>
<div ${UI_HOST_ATTR}>カード アリババ</div>`;

describe('collectText', () => {
  it('keeps article text, drops chrome, code, fields and hidden subtrees', () => {
    const d = doc(NEWS);
    const { text } = collectText(d);
    expect(text).toContain('中国のアリババグループは24日、今後3年間で3,800億元以上を投じると発表した。');
    expect(text).toContain('アリババ、AI投資を拡大'); // header inside <article> is the article's own
    expect(text).toContain('杭州の本社');
    expect(text).toContain('(記者 山田)'); // footer inside <article>
    for (const gone of ['トップ', 'アリババ特集', 'BABA', '編集欄', '隠し', 'hidden', '共有', 'var s', 'color: red', 'ランキング', 'テンセント', '© 新聞社', 'カード']) {
      expect(text, gone).not.toContain(gone);
    }
  });

  it('turns block boundaries into single newlines and keeps inline runs together', () => {
    const { text } = collectText(doc('<div><p>一段落目<b>太字</b>続き</p><p>二段落目</p><ul><li>項目1</li><li>項目2<br>改行後</li></ul></div>'));
    expect(text).toBe('一段落目太字続き\n二段落目\n項目1\n項目2\n改行後\n');
  });

  it('segments map every collected character back to its text node', () => {
    const d = doc(NEWS);
    const { text, segments } = collectText(d);
    expect(segments.length).toBeGreaterThan(5);
    let prevEnd = 0;
    for (const s of segments) {
      expect(text.slice(s.start, s.end)).toBe(s.node.data);
      expect(s.start).toBeGreaterThanOrEqual(prevEnd);
      prevEnd = s.end;
    }
  });

  it('honours isVisible, skip and maxChars', () => {
    const d = doc('<p class="x">見えない</p><p>見える</p><p>もう一つ</p>');
    const { text } = collectText(d, { isVisible: (el) => el.getAttribute('class') !== 'x', maxChars: 4 });
    expect(text).not.toContain('見えない');
    expect(text.startsWith('見える')).toBe(true);
    expect(text).not.toContain('もう一つ');
    const skipped = collectText(d, { skip: (el) => el.localName === 'p' });
    expect(skipped.text.trim()).toBe('');
  });

  it('starts from an element root without leaking its ancestors', () => {
    const d = doc(NEWS);
    const art = d.querySelector('article')!;
    const { text } = collectText(art);
    expect(text.startsWith('アリババ、AI投資を拡大')).toBe(true);
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
    const start = col.text.indexOf('アリババ');
    const spans = spansFor(col.segments, start, start + 4);
    expect(spans.map((s) => s.node.data.slice(s.start, s.end))).toEqual(['アリ', 'ババ']);
    const fig = col.text.indexOf('3,800億元');
    const one = spansFor(col.segments, fig, fig + 7);
    expect(one).toHaveLength(1);
    expect(one[0]!.node.data.slice(one[0]!.start, one[0]!.end)).toBe('3,800億元');
    expect(spansFor(col.segments, fig, fig)).toEqual([]);
    expect(segmentAt(col.segments, col.text.length + 5)).toBe(col.segments.length);
  });

  it('creates one DOM Range per node touched', () => {
    const calls: string[] = [];
    const fakeDoc = {
      createRange: () => ({
        setStart: (n: Text, o: number) => calls.push(`s:${n.data}:${o}`),
        setEnd: (n: Text, o: number) => calls.push(`e:${n.data}:${o}`),
      }),
    } as unknown as Document;
    const start = col.text.indexOf('国の');
    const ranges = rangeFor(col.segments, start, start + 4, fakeDoc); // 国の + アリ
    expect(ranges).toHaveLength(2);
    expect(calls).toEqual(['s:中国の:1', 'e:中国の:3', 's:アリ:0', 'e:アリ:2']);
  });
});

describe('findArticleRoot', () => {
  const long = (s: string) => `<p>${s.repeat(50)}</p>`;
  it('prefers [itemprop=articleBody], then the <article> holding the text', () => {
    const d = doc(`<article class="teaser"><p>短い</p></article><article id="main">${long('本文。')}${long('続き。')}<div itemprop="articleBody">${long('本体。')}${long('本体。')}${long('本体。')}</div></article>`);
    expect(findArticleRoot(d).getAttribute('itemprop')).toBe('articleBody');
    const d2 = doc(`<article class="teaser"><p>短い</p></article><article id="main">${long('本文。')}${long('続き。')}</article>`);
    expect(findArticleRoot(d2).getAttribute('id')).toBe('main');
  });

  it('falls back to main, then the container with most paragraph text, then body', () => {
    expect(findArticleRoot(doc(`<main id="m">${long('本文。')}</main>`)).getAttribute('id')).toBe('m');
    const d = doc(`<div id="side">${long('横')}</div><div id="story"><div>${long('本文。')}</div><div>${long('続き。')}</div><div>${long('結び。')}</div></div>`);
    expect(findArticleRoot(d).getAttribute('id')).toBe('story');
    expect(findArticleRoot(doc('<div>短いページ</div>')).localName).toBe('body');
  });

  it('ignores paragraphs inside navigation and asides', () => {
    const d = doc(`<aside>${long('広告')}${long('広告')}${long('広告')}</aside><article id="a">${long('本文。')}</article>`);
    expect(findArticleRoot(d).getAttribute('id')).toBe('a');
  });
});

describe('HitIndex', () => {
  it('finds the items covering a caret offset, shortest first', () => {
    const d = doc('<p>アリババグループの3,800億元</p>');
    const t = d.querySelector('p')!.firstChild as Text;
    const idx = new HitIndex();
    idx.add([{ node: t, start: 9, end: 16 }], 2);
    idx.add([{ node: t, start: 0, end: 8 }], 0);
    idx.add([{ node: t, start: 0, end: 4 }], 1);
    expect(idx.find(t, 2)).toEqual([1, 0]);
    expect(idx.find(t, 6)).toEqual([0]);
    expect(idx.find(t, 12)).toEqual([2]);
    expect(idx.find(d.body, 0)).toEqual([]);
    expect(idx.has(t)).toBe(true);
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
      { id: 'alibaba', name: 'アリババグループ', type: 'company', mentions: [{ start: 0, end: 4, surface: 'アリババ' }, { start: 90, end: 200, surface: 'bad' }] },
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

describe('page rules', () => {
  const base = { enabled: true, disabledSites: [] as string[], disabledPages: [] as string[] };
  it('matches sites by host (and subdomains) and pages without the fragment', () => {
    expect(isDisabled(base, 'https://news.example.jp/a')).toBe(false);
    expect(isDisabled({ ...base, enabled: false }, 'https://news.example.jp/a')).toBe(true);
    expect(isDisabled({ ...base, disabledSites: ['example.jp'] }, 'https://news.example.jp/a')).toBe(true);
    expect(isDisabled({ ...base, disabledSites: ['https://news.example.jp/'] }, 'https://news.example.jp/a')).toBe(true);
    expect(isDisabled({ ...base, disabledSites: ['ample.jp'] }, 'https://news.example.jp/a')).toBe(false);
    expect(isDisabled({ ...base, disabledPages: ['https://news.example.jp/a'] }, 'https://news.example.jp/a#top')).toBe(true);
    expect(isDisabled({ ...base, disabledPages: ['https://news.example.jp/a'] }, 'https://news.example.jp/b')).toBe(false);
    expect(pageKey('https://x.jp/p?q=1#h')).toBe('https://x.jp/p?q=1');
  });

  it('validates pushed settings', () => {
    expect(looksLikeSettings(DEFAULT_SETTINGS)).toBe(true);
    expect(looksLikeSettings({ enabled: 'yes' })).toBe(false);
    expect(looksLikeSettings(null)).toBe(false);
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
