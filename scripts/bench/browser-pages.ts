// Pages for the in-browser benchmark, written to a temporary folder and served on 127.0.0.1, and the
// probe that watches a page from its own (main) world: when the load event fired, when the first
// highlight became visible (CSS.highlights is shared by the page and the content script's world),
// long tasks, and how late the page's own timers and frames ran while the extension worked.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveStatic, type StaticServer } from '../serve';
import { relevantJapanese, unrelatedJapanese } from './texts';

const escape = (s: string) => s.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));

/** Paragraphs of about `per` characters (cut at sentence ends where there is one). */
function paragraphs(text: string, per = 400): string[] {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    let rest = line.trim();
    while (rest.length > per) {
      const cut = rest.indexOf('。', per);
      const at = cut < 0 || cut > per * 2 ? per : cut + 1;
      out.push(rest.slice(0, at));
      rest = rest.slice(at);
    }
    if (rest) out.push(rest);
  }
  return out;
}

/** A news-article shell: header, navigation, the article's paragraphs, a footer. */
export function articleHtml(title: string, text: string): string {
  const body = paragraphs(text)
    .map((p) => `<p>${escape(p)}</p>`)
    .join('\n');
  return `<!doctype html>
<html lang="ja"><head><meta charset="utf-8"><title>${escape(title)}</title>
<style>body{font:16px/1.8 sans-serif;max-width:46em;margin:0 auto;padding:1em}header,footer{color:#555}</style></head>
<body><header><a href="/">ニュース</a> | <a href="/">経済</a> | <a href="/">テクノロジー</a></header>
<main><article><h1>${escape(title)}</h1><p class="byline">2025年11月21日</p>
${body}
</article></main><footer>© ベンチマーク用のページ</footer></body></html>`;
}

export interface BenchPages {
  server: StaticServer;
  url(name: string, query?: string): string;
  close(): Promise<void>;
}

export const PAGES = {
  irrelevant100k: 'irrelevant-100k.html',
  relevant12k: 'relevant-12k.html',
  relevant1m: 'relevant-1m.html',
  blank: 'blank.html',
} as const;

export async function servePages(): Promise<BenchPages> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-pages-'));
  writeFileSync(join(dir, PAGES.irrelevant100k), articleHtml('地域のニュース', unrelatedJapanese(100_000)));
  writeFileSync(join(dir, PAGES.relevant12k), articleHtml('アリババ、7-9月期決算を発表', relevantJapanese(12_000)));
  writeFileSync(join(dir, PAGES.relevant1m), articleHtml('中国テック企業のAI投資', relevantJapanese(1_000_000)));
  writeFileSync(join(dir, PAGES.blank), '<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>-</title></head><body></body></html>');
  writeFileSync(join(dir, 'favicon.ico'), '');
  const server = await serveStatic({ '/': dir });
  return {
    server,
    url: (name, query) => `${server.url}/${name}${query ? `?${query}` : ''}`,
    close: async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface ProbeState {
  load: number; // performance.now() at the load event, -1 before
  first: number; // first animation frame with a highlight registered, -1 before
  highlights: number;
  /** Largest lateness of a 10 ms interval timer from load until 1.5 s after the first highlight. */
  lag: number;
  lagAt: number;
  /** Largest gap between two animation frames in that window. */
  rafGap: number;
  longtasks: Array<{ start: number; dur: number }>;
  done: boolean;
}

/**
 * Installed with page.addInitScript (a string: functions from this file would be rewritten by the
 * TypeScript loader). Lives in the page's world; reads window.__bench.
 */
export const PROBE = `(() => {
  const P = (window.__bench = { load: -1, first: -1, highlights: 0, lag: 0, lagAt: -1, rafGap: 0, longtasks: [], done: false });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) P.longtasks.push({ start: e.startTime, dur: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) {}
  addEventListener('load', () => {
    P.load = performance.now();
    let last = P.load;
    function count() {
      let n = 0;
      if (CSS.highlights) CSS.highlights.forEach((h) => { n += h.size; });
      return n;
    }
    function frame() {
      const now = performance.now();
      P.rafGap = Math.max(P.rafGap, now - last);
      last = now;
      if (P.first < 0) {
        const n = count();
        if (n > 0) { P.first = now; P.highlights = n; }
      }
      if (P.first < 0 || now - P.first < 1500) requestAnimationFrame(frame);
      else P.done = true;
    }
    requestAnimationFrame(frame);
    let prev = P.load;
    const timer = setInterval(() => {
      const now = performance.now();
      if (now - prev - 10 > P.lag) { P.lag = now - prev - 10; P.lagAt = now; }
      prev = now;
      if (P.done) clearInterval(timer);
    }, 10);
  });
})();`;
