// Content script: cheap pre-check on every page; on a relevant article, analyse its text in the
// background, paint highlights, and install hover cards, keyboard stepping and late-content watching.
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { Settings } from '../../utils/messaging/protocol';
import { precheck } from '../../utils/analysis/precheck/precheck';
import { collectTextSliced, type CollectOptions } from '../../utils/dom/collect';
import { findArticleRoot } from '../../utils/dom/article-root';
import { publishedDate } from '../../utils/dom/published';
import { Session } from './session';
import { PageUi } from './ui';
import { LateContent } from './late';
import { toBg, fromBg } from './messaging';
import { looksLikeSettings, pageLang } from './page-rules';
import { isEnabledFor, pageKey } from '../../utils/db/sites';
import { acceptLate } from './late-filter';
import { Lifetime } from './lifetime';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_idle',
  // WXT would also announce the script's start with window.postMessage, telling every page this
  // extension's id; the DOM event it dispatches as well is enough.
  noScriptStartedPostMessage: true,
  main(ctx) {
    new Controller(new Lifetime(ctx)).boot();
  },
});

const RECHECK_MS = 3000;
const NAV_SETTLE_MS = 500;

class Controller {
  private session: Session | null = null;
  private ui: PageUi | null = null;
  private late: LateContent | null = null;
  private settings: Settings | null = null;
  private runId = 0;
  private rechecked = false;
  private retried = false;
  private lastKey = pageKey(location.href);

  constructor(private ctx: Lifetime) {}

  boot(): void {
    const own = (sender: { id?: string } | undefined) => !!sender && sender.id === browser.runtime.id;
    fromBg.onMessage('scrollToMention', ({ data, sender }) =>
      own(sender) && this.ui && Number.isInteger(data?.start) && Number.isInteger(data?.end) ? this.ui.scrollToMention(data.start, data.end) : false,
    );
    fromBg.onMessage('settingsChanged', ({ data, sender }) => {
      if (own(sender) && looksLikeSettings(data)) this.apply(data);
    });
    fromBg.onMessage('rescan', ({ sender }) => {
      if (!own(sender)) return;
      this.teardown();
      void this.run();
    });
    fromBg.onMessage('stepHighlight', ({ data, sender }) => (own(sender) && this.ui ? this.ui.step(data?.dir === -1 ? -1 : 1) : false));
    this.watchUrl();
    this.ctx.onInvalidated(() => {
      this.teardown();
      fromBg.removeAllListeners();
    });
    void this.run();
  }

  private async run(): Promise<void> {
    const id = ++this.runId;
    const doc = document;
    if (!doc.body || !/html/i.test(doc.contentType)) return;
    const bodyText = doc.body.textContent ?? '';
    if (!precheck(`${doc.title}\n${bodyText}`).pass) return this.recheckLater(id, bodyText.length);
    try {
      const settings = await toBg.sendMessage('getSettings');
      if (id !== this.runId) return;
      this.settings = settings;
      if (!isEnabledFor(settings, location.href)) return;
      const [watched, dismissed] = await Promise.all([
        toBg.sendMessage('listWatched').catch(() => [] as string[]),
        toBg.sendMessage('listDismissed').catch(() => [] as string[]),
      ]);
      if (id !== this.runId) return;
      const root = findArticleRoot(doc);
      const opts = collectOptions();
      const page = { url: location.href, title: doc.title, lang: pageLang(doc), date: publishedDate(doc) };
      const session = new Session(doc, settings, new Set(watched), new Set(dismissed), page);
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
      session.onPainted = () => late.discard(); // the fallback painter's own <mark>s
      late.hold();
      await new Promise((r) => setTimeout(r, 0)); // findArticleRoot ran in this task: let the page in
      if (id !== this.runId) return;
      const { text, segments, truncated } = await collectTextSliced(root, opts, { budgetMs: 8, cancelled: () => id !== this.runId });
      await new Promise((r) => setTimeout(r, 0)); // sending 1 MB of text costs a task of its own
      if (id !== this.runId) return;
      const result = await session.send(text, segments, truncated ? tooLargeNote(text.length) : undefined);
      if (id !== this.runId || session.stopped) return;
      if (!result?.relevant) {
        late.stop();
        this.late = null;
        session.stop();
        this.session = null;
        return;
      }
      this.ui = new PageUi(session, () => this.teardown());
      this.ui.start();
      late.discard(); // the UI's own nodes (nothing else ran since)
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

  private apply(s: Settings): void {
    this.settings = s;
    if (!isEnabledFor(s, location.href)) return this.teardown();
    if (!this.session) {
      void this.run();
      return;
    }
    this.session.applySettings(s);
    this.ui?.applyTheme();
  }

  /** SPA navigation (pushState / popstate / URL change): clear and run again. */
  private watchUrl(): void {
    const onChange = () => {
      const key = pageKey(location.href);
      if (key === this.lastKey) return;
      this.lastKey = key;
      this.teardown();
      this.rechecked = false;
      this.ctx.setTimeout(() => void this.run(), NAV_SETTLE_MS);
    };
    const nav = (window as { navigation?: EventTarget }).navigation;
    if (nav?.addEventListener) {
      nav.addEventListener('currententrychange', onChange);
      this.ctx.onInvalidated(() => nav.removeEventListener('currententrychange', onChange));
    } else {
      this.ctx.addEventListener(window, 'wxt:locationchange', onChange);
    }
  }

  private teardown(): void {
    this.runId++;
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

function tooLargeNote(chars: number): string {
  return `Page too large: analysed the first ${chars.toLocaleString('en-US')} characters only.`;
}
