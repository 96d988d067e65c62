// When the first content script asks for the rest: the pre-check passes on the page's title and
// text (textContent: no layout). A page that does not pass gets one more look 3 s later when its
// text grew (an app shell filling in), and a fresh look after each SPA navigation; once the rest is
// loaded, it watches the page itself (entrypoints/content/index.ts) and this stops.
export interface LoaderDeps {
  /** The page's title and text, in turn. */
  passes(title: string, text: string): boolean;
  /** Loads the rest; resolves false (or rejects) when it could not. */
  load(): Promise<boolean>;
  setTimeout(fn: () => void, ms: number): void;
  onUrlChange(fn: () => void): void;
  doc?: Document;
}

const RECHECK_MS = 3000;
const NAV_SETTLE_MS = 500;
const RETRY_MS = 1500;

export function loaderCheck(d: LoaderDeps): void {
  const doc = d.doc ?? document;
  let loaded = false;
  let rechecked = false;
  let retried = false;
  const page = () => doc.location?.href.split('#')[0];
  let url = page();
  const textNow = (): string | null => (doc.body && /html/i.test(doc.contentType) ? (doc.body.textContent ?? '') : null);

  const check = (): void => {
    if (loaded) return;
    const body = textNow();
    if (body === null) return;
    if (d.passes(doc.title, body)) return load();
    if (rechecked) return;
    rechecked = true;
    const len = body.length;
    const elements = doc.getElementsByTagName('*').length;
    d.setTimeout(() => {
      // The element count first: on a page that did not change, the text is not read again.
      if (doc.getElementsByTagName('*').length === elements) return;
      const now = textNow()?.length ?? 0;
      if (Math.abs(now - len) > len * 0.2 + 200) check();
    }, RECHECK_MS);
  };

  const load = (): void => {
    loaded = true;
    d.load().then(
      (ok) => {
        if (!ok) fail();
      },
      () => fail(),
    );
  };
  // The background may be starting up: one retry, then stay quiet.
  const fail = (): void => {
    if (retried) return;
    retried = true;
    d.setTimeout(() => {
      loaded = false;
      check();
    }, RETRY_MS);
  };

  d.onUrlChange(() => {
    const now = page();
    if (loaded || now === url) return;
    url = now;
    rechecked = false;
    d.setTimeout(check, NAV_SETTLE_MS);
  });
  check();
}
