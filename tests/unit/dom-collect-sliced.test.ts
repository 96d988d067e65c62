// collectTextSliced (the content script's walk, yielding to the page) against collectText, on linkedom.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { collectText, collectTextSliced, type Collected, type CollectOptions } from '../../utils/dom/collect';
import { findArticleRoot } from '../../utils/dom/article-root';
import { LateContent } from '../../entrypoints/content/late';

const PAGES = join(__dirname, '../fixtures/pages');
const parse = (html: string) => parseHTML(html).document as unknown as Document;

/** Text plus each segment as [start, end, node data]: equal means the same nodes in the same places. */
function shape(c: Collected) {
  return { text: c.text, truncated: !!c.truncated, segs: c.segments.map((s) => [s.start, s.end, s.node.data]) };
}

/** A big page: nested sections, inline markup, skipped and hidden parts, ~50,000 nodes. */
function bigPage(): string {
  const out: string[] = ['<!doctype html><html><head><title>t</title></head><body><nav>メニュー</nav><main>'];
  for (let i = 0; i < 2000; i++) {
    out.push(`<section><h2>見出し${i}</h2><p>アリババは<b>${i}</b>億元を<a href="#">投資</a>した。 <span>前年同期比${i % 90}%増</span></p>`);
    out.push(`<div class="x"><p>  </p><ul><li>項目${i}</li><li><i>注</i> ${i}</li></ul><script>var a=${i}</script>`);
    if (i % 7 === 0) out.push('<div hidden>隠し</div><aside>広告</aside>');
    out.push('</div>\n</section>');
  }
  out.push('</main><footer>© 新聞社</footer></body></html>');
  return out.join('');
}

function countNodes(n: Node): number {
  let k = 1;
  for (let c = n.firstChild; c; c = c.nextSibling) k += countNodes(c);
  return k;
}

describe('collectTextSliced', () => {
  const files = readdirSync(PAGES).filter((f) => f.endsWith('.html'));

  it.each(files)('gives the same output as collectText on %s', async (f) => {
    const d = parse(readFileSync(join(PAGES, f), 'utf8'));
    for (const root of [d, findArticleRoot(d)] as Array<Element | Document>) {
      const sync = collectText(root);
      const sliced = await collectTextSliced(root, {}, { budgetMs: 0 });
      expect(shape(sliced)).toEqual(shape(sync));
    }
  });

  it('gives the same output on a generated 50,000-node page, with and without a limit', async () => {
    const d = parse(bigPage());
    expect(countNodes(d.body)).toBeGreaterThan(50_000);
    const opts: CollectOptions[] = [{}, { maxChars: 30_000 }, { skip: (el) => el.localName === 'ul' }];
    for (const o of opts) {
      const sync = collectText(d, o);
      expect(sync.text.length).toBeGreaterThan(10_000);
      for (const budgetMs of [0, 1, 8]) expect(shape(await collectTextSliced(d, o, { budgetMs }))).toEqual(shape(sync));
    }
    expect(collectText(d, { maxChars: 30_000 }).truncated).toBe(true);
  });

  it('keeps every paragraph that stays on the page, once, when the page removes the one being read', async () => {
    const body = Array.from({ length: 3000 }, (_, i) => `<p>段落${i}。<b>太字${i}</b>と<i>斜体${i}</i></p>`).join('');
    const d = parse(`<!doctype html><html><body><article>${body}</article></body></html>`);
    const paras = Array.from(d.querySelectorAll('p'));
    let cur: Element | null = null; // the last element the walk looked at
    const opts: CollectOptions = { skip: (el) => ((cur = el), false) };
    let round = 0;
    const timer = setInterval(() => {
      const p = cur?.closest('p');
      if (!p) return;
      // Alternate: remove the paragraph being read, or it and the next one.
      const next = p.nextElementSibling;
      p.remove();
      if (round++ % 2 && next) next.remove();
    }, 0);
    const got = await collectTextSliced(d, opts, { budgetMs: 0 });
    clearInterval(timer);
    const left = paras.filter((p) => p.isConnected);
    for (const p of left) expect(got.text.split(`段落${p.textContent!.slice(2)}`).length - 1).toBe(1);
    for (const s of got.segments) expect(got.text.slice(s.start, s.end)).toBe(s.node.data);
    expect(left.length).toBeLessThan(paras.length - 20);
  });

  it('stops early when cancelled', async () => {
    const d = parse(bigPage());
    let pauses = 0;
    const got = await collectTextSliced(d, {}, { budgetMs: 0, cancelled: () => ++pauses > 2 });
    expect(got.text.length).toBeLessThan(collectText(d).text.length);
  });

  it('hands text added while collecting to the late path, without the nodes the first pass read', async () => {
    const d = parse(bigPage());
    const known = new WeakSet<Text>();
    const got: string[] = [];
    const late = new LateContent({ doc: d, opts: {}, known: (t) => known.has(t), accept: () => true, emit: (t) => got.push(t) });
    late.hold();
    const main = d.querySelector('main')!;
    const early = main.firstElementChild!; // read before the page adds the next two
    setTimeout(() => {
      early.appendChild(Object.assign(d.createElement('p'), { textContent: '先頭に追加された段落です、新しいモデルの発表について' }));
      main.appendChild(Object.assign(d.createElement('p'), { textContent: '末尾に追加された段落です、決算説明会の内容について' }));
    }, 0);
    const first = await collectTextSliced(d, {}, { budgetMs: 0 });
    for (const s of first.segments) known.add(s.node);
    await new Promise((r) => setTimeout(r, 450));
    expect(got).toEqual([]); // held: nothing sent before release
    late.release();
    await new Promise((r) => setTimeout(r, 450)); // past the debounce; nothing timed is asserted
    late.stop();
    const all = [first.text, ...got].join('\n');
    for (const t of ['先頭に追加された段落です、新しいモデルの発表について', '末尾に追加された段落です、決算説明会の内容について'])
      expect([t, all.split(t).length - 1]).toEqual([t, 1]);
    expect(got).toHaveLength(1);
    expect(got.join('\n')).toContain('先頭に追加された段落です、新しいモデルの発表について');
  });
});
