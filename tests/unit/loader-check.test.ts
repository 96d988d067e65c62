// The first content script's decision (utils/dom/loader-check.ts): load the rest only on a page
// that passes the pre-check; one more look when the page grew; again after an SPA navigation.
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { loaderCheck } from '../../utils/dom/loader-check';
import { precheck } from '../../utils/analysis/precheck/precheck';

function page(body: string, url = 'https://news.example/a') {
  const { document } = parseHTML(`<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`);
  Object.defineProperty(document, 'contentType', { value: 'text/html' });
  Object.defineProperty(document, 'location', { value: { href: url }, configurable: true });
  // linkedom has no getElementsByTagName('*') (the browser's live count of elements): stand in.
  const byTag = document.getElementsByTagName.bind(document);
  Object.defineProperty(document, 'getElementsByTagName', { value: (t: string) => (t === '*' ? document.querySelectorAll('*') : byTag(t)) });
  return document as unknown as Document;
}

function harness(doc: Document, load: () => Promise<boolean> = async () => true) {
  const timers: Array<() => void> = [];
  let navigate = () => {};
  let loads = 0;
  loaderCheck({
    doc,
    passes: (title, t) => precheck(`${title}\n${t}`).pass,
    load: () => (loads++, load()),
    setTimeout: (fn) => void timers.push(fn),
    onUrlChange: (fn) => void (navigate = fn),
  });
  return { timers, navigate: () => navigate(), loads: () => loads };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('the first content script', () => {
  it('loads the rest on a page that passes, once', () => {
    const h = harness(page('<p>アリババグループは決算を発表した。</p>'));
    expect(h.loads()).toBe(1);
    expect(h.timers).toHaveLength(0);
  });

  it('leaves an unrelated page alone; looks once more only when the page grew', () => {
    const doc = page('<p>週末は全国的に晴れる見込み。</p>');
    const h = harness(doc);
    expect(h.loads()).toBe(0);
    expect(h.timers).toHaveLength(1);
    h.timers.shift()!(); // nothing changed: the text is not read again
    expect(h.loads()).toBe(0);
    const h2 = harness(doc);
    for (let i = 0; i < 20; i++) doc.body.insertAdjacentHTML('beforeend', '<p>アリババグループは3,800億元を投資すると発表した。</p>');
    h2.timers.shift()!();
    expect(h2.loads()).toBe(1);
  });

  it('after an SPA navigation to a relevant article it loads the rest', () => {
    const doc = page('<p>週末は晴れ。</p>');
    const h = harness(doc);
    h.timers.length = 0;
    doc.body.innerHTML = '<p>アリババは通義千問の新版を公開した。</p>';
    Object.defineProperty(doc, 'location', { value: { href: 'https://news.example/b' } });
    h.navigate();
    h.timers.shift()!();
    expect(h.loads()).toBe(1);
  });

  it('retries once when the background could not load the rest', async () => {
    const h = harness(page('<p>アリババグループ</p>'), async () => false);
    await flush();
    expect(h.timers).toHaveLength(1);
    h.timers.shift()!();
    expect(h.loads()).toBe(2);
    await flush();
    expect(h.timers).toHaveLength(0); // no second retry
  });
});
