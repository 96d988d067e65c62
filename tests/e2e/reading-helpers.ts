// Helpers for tests/e2e/reading.test.ts: test pages built at test time from the real-page corpus
// (read in place from ../shared/real-pages, never copied), probing the card inside its closed shadow
// root through CDP, and finding English sentences in text meant to be Japanese.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';

export const REAL_PAGES = resolve(import.meta.dirname, '../../../shared/real-pages');

interface RealPage {
  lang: string;
  date: string | null;
  title: string | null;
  text: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** An article page from a corpus file (title, date, paragraphs), or null when the corpus is absent. */
export function corpusHtml(name: string): string | null {
  const file = join(REAL_PAGES, `${name}.json`);
  if (!existsSync(file)) return null;
  const d = JSON.parse(readFileSync(file, 'utf8')) as RealPage;
  const paras = d.text
    .split(/\n+/)
    .filter((x) => x.trim())
    .map((x) => `<p>${esc(x)}</p>`)
    .join('\n');
  const lang = d.lang === 'zh' ? 'zh' : d.lang;
  const date = d.date ? `<meta property="article:published_time" content="${d.date}">` : '';
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">${date}<title>${esc(d.title ?? name)}</title></head>
<body><article><h1>${esc(d.title ?? '')}</h1>${paras}</article></body></html>`;
}

export function corpusDate(name: string): string | null {
  const file = join(REAL_PAGES, `${name}.json`);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as RealPage).date : null;
}

interface CdpNode {
  nodeId: number;
  backendNodeId: number;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

/**
 * Runs `fn` with the open card element as `this` (inside the closed shadow root, reached through
 * CDP) and returns its JSON result; null when no card is open.
 */
export async function probeCard<T>(p: Page, fn: string): Promise<T | null> {
  const cdp = await p.context().newCDPSession(p);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    let card: CdpNode | undefined;
    const walk = (n: CdpNode, inHost: boolean) => {
      const attrs = n.attributes ?? [];
      const here = inHost || attrs.some((a, i) => i % 2 === 0 && a === 'data-rc-host');
      const cls = attrs[attrs.indexOf('class') + 1] ?? '';
      if (here && !card && attrs.indexOf('class') % 2 === 0 && /\brc-card\b/.test(cls)) card = n;
      for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) walk(c, here);
    };
    walk(root, false);
    if (!card) return null;
    const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId: card.backendNodeId })) as { object: { objectId: string } };
    const r = (await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId, functionDeclaration: fn, returnByValue: true })) as {
      result: { value?: T };
      exceptionDetails?: { text: string };
    };
    if (r.exceptionDetails) throw new Error(r.exceptionDetails.text);
    return r.result.value ?? null;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** The card's geometry: its box, its buttons' boxes, whether its body scrolls and shows the cue. */
export const CARD_GEOMETRY = `function () {
  const box = (el) => { const r = el.getBoundingClientRect(); return { top: r.top, bottom: r.bottom, left: r.left, right: r.right }; };
  const body = this.querySelector('.rc-body');
  return {
    kind: this.dataset.kind,
    card: box(this),
    buttons: [...this.querySelectorAll('.rc-actions button')].map((b) => ({ ...box(b), text: b.textContent })),
    contentHeight: this.querySelector('.rc-content').getBoundingClientRect().height,
    scrolls: body.scrollHeight > body.clientHeight + 1,
    cue: !!this.querySelector('.rc-more'),
    viewport: { width: innerWidth, height: innerHeight },
  };
}`;

/** The card's chart: its points (period end, x) and the article's mark. */
export const CARD_CHART = `function () {
  const fig = this.querySelector('.rc-chart');
  if (!fig) return null;
  const pts = [...fig.querySelectorAll('circle.ch-pt')].map((c) => ({ end: c.dataset.end, x: Number(c.getAttribute('cx')) }));
  const m = fig.querySelector('.ch-mark');
  return { points: pts, mark: m ? { end: m.dataset.end, x: Number(m.dataset.x), clamped: m.dataset.clamped, status: m.getAttribute('class') } : null };
}`;

/**
 * The card's text a reader reads as prose, without what is a name or a citation by nature: source
 * lines and links, the names in other languages, the model name's parts.
 */
export const CARD_PROSE = `function () {
  const skip = '.rc-source, a, [lang="en"], [lang="zh-Hans"], [lang="zh-Hant"], .rc-alt, .rc-model dd, .ch-caption, svg';
  const out = [];
  const walker = document.createTreeWalker(this, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (!n.parentElement.closest(skip)) out.push(n.nodeValue);
  return out.join(' ');
}`;

/** Runs of two or more Latin words: an English phrase or sentence (after the allowed names are taken out). */
export function englishPhrases(text: string, allowed: string[]): string[] {
  let t = text;
  for (const a of allowed) if (a.length > 1) t = t.split(a).join(' · ');
  return [...t.matchAll(/[A-Za-z][A-Za-z'’]*(?:[ ,]+[A-Za-z][A-Za-z'’]*)+/g)].map((m) => m[0]).filter((m) => m.split(/[ ,]+/).length >= 2);
}
