// The rest of the content script, injected by the background (scripting.executeScript) into a frame
// whose page passed the pre-check of the first, tiny script (entrypoints/precheck.ts): on a
// relevant article, analyse its text in the background, paint highlights, and install hover cards,
// keyboard stepping and late-content watching. From then on it watches the page itself (SPA
// navigations, late content).
// The background owns the settings and the reader's layer: it pushes every change here (only what
// this page needs), and each message is checked (from this extension, valid) before it is used.
import '../../utils/zod-setup';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { precheck } from '../../utils/analysis/precheck/precheck';
import { collectTextSliced, type CollectOptions } from '../../utils/dom/collect';
import { findArticleRootSliced } from '../../utils/dom/article-root';
import { pageLang } from '../../utils/dom/page-lang';
import { publishedDate } from '../../utils/dom/published';
import { pageKey } from '../../utils/db/sites';
import { serveContent, toBackground } from '../../utils/messaging/protocol';
import type { PageSettings } from '../../utils/settings';
import { Session } from './session';
import { PageUi } from './ui';
import { LateContent } from './late';
import { acceptLate } from './late-filter';
import { Lifetime } from './lifetime';
import { pieces } from './pieces';
import type { PageNote } from '../../utils/analysis/notes';

export default defineContentScript({
  // Not in the manifest: injected on pages that passed the pre-check (background/inject.ts). WXT
  // turns these matches into the host permissions executeScript needs; they add no install
  // warning, as the first script already matches every page (tests/e2e/privacy.test.ts).
  registration: 'runtime',
  matches: ['http://*/*', 'https://*/*'],
  // WXT would also announce the script's start with window.postMessage, telling every page this
  // extension's id; the DOM event it dispatches as well is enough.
  noScriptStartedPostMessage: true,
  main(ctx) {
    new Controller(new Lifetime(ctx)).boot();
  },
});

const RECHECK_MS = 3000;
const NAV_SETTLE_MS = 500;
/** More URL changes than this within NAV_WINDOW_MS: the page navigates in a loop; back off. */
const NAV_LOOP = 3;
const NAV_WINDOW_MS = 10_000;
const NAV_MAX_MS = 30_000;
const NAV_LOOP_NOTE: PageNote = { code: 'navLoop' };

class Controller {
  private session: Session | null = null;
  private ui: PageUi | null = null;
  private late: LateContent | null = null;
  /** The reader switched this page off (settingsChanged may switch it on again). */
  private off = false;
  private runId = 0;
  private rechecked = false;
  private retried = false;
  /** This script was injected because the page passed the pre-check (until the first run). */
  private passed = true;
  private lastKey = pageKey(location.href);
  /** The first pass's text of the page shown now (an SPA navigation that keeps it is not analysed again). */
  private shownText: string | null = null;
  private navTimes: number[] = [];
  private navDelay = NAV_SETTLE_MS;
  private navTimer = 0;

  constructor(private ctx: Lifetime) {}

  boot(): void {
    const stop = serveContent({
      scrollToMention: { run: ({ start, end }) => this.ui?.scrollToMention(start, end) ?? false },
      stepHighlight: { run: ({ dir }) => this.ui?.step(dir) ?? false },
      settingsChanged: { run: () => void this.settingsChanged() },
      pageChanged: {
        run: (view) => {
          this.session?.applyView(view);
          this.ui?.redraw();
        },
      },
      rescan: {
        run: () => {
          if (!this.session) return;
          this.teardown();
          void this.run();
        },
      },
    });
    this.watchUrl();
    this.ctx.onInvalidated(() => {
      this.teardown();
      stop();
    });
    void this.run();
  }

  private async run(): Promise<void> {
    const id = ++this.runId;
    const doc = document;
    if (!doc.body || !/html/i.test(doc.contentType)) return;
    // The first run follows the first script's pre-check, which passed: not run twice.
    if (!this.passed) {
      const bodyText = doc.body.textContent ?? '';
      if (!precheck(`${doc.title}\n${bodyText}`).pass) return this.recheckLater(id, bodyText.length);
    }
    this.passed = false;
    try {
      const settings = await toBackground('startPage', { url: location.href, title: doc.title.slice(0, 2000) });
      if (id !== this.runId) return;
      this.off = !settings.on;
      if (this.off) return;
      // Measured in slices: on a long page one pass over every paragraph is a long task.
      const root = await findArticleRootSliced(doc, 8, () => id !== this.runId);
      if (id !== this.runId) return;
      const opts = collectOptions();
      const page = { url: location.href, title: doc.title, lang: pageLang(doc), date: publishedDate(doc) };
      const session = new Session(doc, settings, page);
      this.session = session;
      // Watch before collecting (collection yields to the page): nodes added meanwhile reach the
      // late path, which drops the ones the first pass already read (session.isKnown).
      const late = new LateContent({
        doc,
        opts,
        known: session.isKnown,
        accept: (n) => acceptLate(n, root),
        emit: (t, s, note) => void session.send(t, s, note).catch(() => undefined),
      });
      this.late = late;
      late.hold();
      const { text, segments, truncated } = await collectTextSliced(root, opts, { budgetMs: 8, cancelled: () => id !== this.runId });
      await new Promise((r) => setTimeout(r, 0)); // sending a piece of text costs a task of its own
      if (id !== this.runId) return;
      // A long page goes in pieces: the first decides relevance (and gets painted at once), the
      // rest follow one message at a time, each painted as its answer arrives.
      this.shownText = text;
      const [head, ...rest] = pieces(text, segments);
      const result = await session.send(head!.text, head!.segments, truncated ? tooLargeNote(text.length) : undefined);
      if (id !== this.runId || session.stopped) return;
      if (!result?.relevant) {
        late.stop();
        this.late = null;
        session.stop();
        this.session = null;
        return;
      }
      this.ui = new PageUi(session, () => {
        this.off = true; // switched off from the card: settingsChanged may bring it back
        this.teardown();
      });
      this.ui.start();
      for (const p of rest) {
        await new Promise((r) => setTimeout(r, 0));
        if (id !== this.runId || session.stopped) return;
        await session.send(p.text, p.segments);
      }
      if (id !== this.runId || session.stopped) return;
      late.release();
    } catch (err) {
      // The background may be starting up: one retry, then stay quiet.
      if (id === this.runId && !this.retried) {
        this.retried = true;
        this.teardown();
        this.ctx.setTimeout(() => void this.run(), 1500);
      } else console.debug('[reader-companion]', err);
    }
  }

  /** Pages whose article arrives after load (app shells): one more look when the text grew. */
  private recheckLater(id: number, len: number): void {
    if (this.rechecked) return;
    this.rechecked = true;
    this.ctx.setTimeout(() => {
      if (id !== this.runId) return;
      const now = document.body?.textContent?.length ?? 0;
      if (Math.abs(now - len) > len * 0.2 + 200) void this.run();
    }, RECHECK_MS);
  }

  /** Settings changed: a running page (or one switched off) asks for its own and applies them. */
  private async settingsChanged(): Promise<void> {
    if (!this.session && !this.off) return; // nothing shown here: irrelevant page, or not started
    const s: PageSettings = await toBackground('getPageSettings', { url: location.href });
    this.off = !s.on;
    if (this.off) return this.teardown();
    if (!this.session) return void this.run();
    this.session.applySettings(s);
    this.ui?.applyTheme();
    this.ui?.redraw();
  }

  /**
   * SPA navigation (pushState / popstate / URL change): look again once the page settled. When the
   * article's text did not change (a page that only rewrites its address), the highlights stay and
   * the background gets the same text again (answered from its cache, not analysed again); else
   * clear and run again. A page that navigates in a loop is looked at less and less often.
   */
  private watchUrl(): void {
    const onChange = () => {
      const key = pageKey(location.href);
      if (key === this.lastKey) return;
      this.lastKey = key;
      const now = Date.now();
      this.navTimes = [...this.navTimes.filter((t) => now - t < NAV_WINDOW_MS), now];
      const looping = this.navTimes.length > NAV_LOOP;
      // New nodes now belong to whatever page this becomes: held until it is decided.
      this.late?.hold();
      // One look pending at a time (a page pushing faster than the delay must not starve it).
      if (this.navTimer) return;
      this.navDelay = looping ? Math.min(this.navDelay * 2, NAV_MAX_MS) : NAV_SETTLE_MS;
      this.navTimer = this.ctx.setTimeout(() => {
        this.navTimer = 0;
        void this.renavigate(looping);
      }, this.navDelay);
    };
    const nav = (window as { navigation?: EventTarget }).navigation;
    if (nav?.addEventListener) {
      nav.addEventListener('currententrychange', onChange);
      this.ctx.onInvalidated(() => nav.removeEventListener('currententrychange', onChange));
    } else {
      this.ctx.addEventListener(window, 'wxt:locationchange', onChange);
    }
  }

  private async renavigate(looping: boolean): Promise<void> {
    const session = this.session;
    if (session && this.shownText !== null) {
      const id = this.runId;
      const root = await findArticleRootSliced(document, 8, () => id !== this.runId);
      const { text } = await collectTextSliced(root, collectOptions(), { budgetMs: 8, cancelled: () => id !== this.runId });
      if (id !== this.runId || session.stopped) return;
      if (text === this.shownText) {
        this.late?.release();
        await session.resend(location.href, document.title, looping ? NAV_LOOP_NOTE : undefined).catch(() => undefined);
        return;
      }
    }
    this.teardown();
    this.rechecked = false;
    void this.run();
  }

  private teardown(): void {
    this.runId++;
    this.shownText = null;
    this.late?.stop();
    this.ui?.stop();
    this.session?.stop();
    this.late = null;
    this.ui = null;
    this.session = null;
  }
}

/** Page text read per page; the rest of a longer page is left out, and the side panel says so. */
const MAX_PAGE_CHARS = 2_000_000;

function collectOptions(): CollectOptions {
  return {
    isVisible: (el) => getComputedStyle(el).display !== 'none',
    maxChars: MAX_PAGE_CHARS,
  };
}

function tooLargeNote(chars: number): PageNote {
  return { code: 'pageTooLarge', values: { chars } };
}
