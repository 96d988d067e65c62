// Which tab the side panel shows and that tab's analysis, kept live: tabStateChanged
// broadcasts, tab switches (tabs.onActivated) and reloads (tabs.onUpdated) refetch it.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { servePages, toBackground, type TabState } from '@/utils/messaging/protocol';

/** The tab id pinned by `sidepanel.html?tab=<id>`, if any (tests, or a panel opened for one tab). */
export function pinnedTabFromUrl(search: string): number | undefined {
  const v = new URLSearchParams(search).get('tab');
  const n = v == null ? NaN : Number(v);
  return Number.isInteger(n) && n >= 0 ? n : undefined;
}

/** The active tab of this window (or the pinned one). No 'tabs' permission needed for ids. */
export function useTabId(pinned: number | undefined): number | null | undefined {
  const [tabId, setTabId] = useState<number | null | undefined>(pinned);
  useEffect(() => {
    if (pinned != null) return;
    let windowId: number | undefined;
    const query = async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      windowId = tab?.windowId;
      setTabId(tab?.id ?? null);
    };
    void query();
    const onActivated = (info: { tabId: number; windowId: number }) => {
      if (windowId == null || info.windowId === windowId) setTabId(info.tabId);
    };
    browser.tabs.onActivated.addListener(onActivated);
    return () => browser.tabs.onActivated.removeListener(onActivated);
  }, [pinned]);
  return tabId;
}

export interface TabView {
  state: TabState | null;
  loading: boolean;
  /** Set when the background did not answer. */
  error?: string;
  refetch(): void;
}

export function useTabState(tabId: number | null | undefined): TabView {
  const [state, setState] = useState<TabState | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string>();

  const refetch = useCallback(() => {
    if (tabId == null) {
      setState(null);
      setLoading(false);
      return;
    }
    setLoading(true);
    toBackground('getTabState', { tabId })
      .then((s) => {
        setState(s);
        setError(undefined);
      })
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)))
      .finally(() => setLoading(false));
  }, [tabId]);

  useEffect(() => {
    refetch();
    if (tabId == null) return;
    const offState = servePages({
      tabStateChanged: {
        run: (s) => {
          if (s.tabId === tabId) setState(s);
        },
      },
    });
    const onUpdated = (id: number, info: { status?: string; url?: string }) => {
      if (id === tabId && (info.status === 'complete' || info.url)) refetch();
    };
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      offState();
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [tabId, refetch]);

  return { state, loading, error, refetch };
}
