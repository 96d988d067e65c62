// Popup: this page's status (relevant? entities, flags), page/site switches, open the side panel,
// link to the settings. `popup.html?tab=<id>` pins a tab (tests).
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { toBackground } from '@/utils/messaging/protocol';
import { siteKey } from '@/utils/db/sites';
import { activeFlags, disabledScopes, flagKey } from '@/utils/ui/flags';
import { useUi } from '@/components/common/ui-context';
import { Shortcuts } from '@/components/common/Shortcuts';
import { useLayer } from '@/components/panel/use-layer';
import { pinnedTabFromUrl, useTabState } from '@/components/panel/use-tab';

interface Target {
  tabId: number;
  windowId?: number;
}

async function findTarget(): Promise<Target | null> {
  const pinned = pinnedTabFromUrl(location.search);
  if (pinned != null) {
    const tab = await browser.tabs.get(pinned).catch(() => undefined);
    return { tabId: pinned, windowId: tab?.windowId };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id != null ? { tabId: tab.id, windowId: tab.windowId } : null;
}

/** Opens the side panel (Chrome) or the sidebar (Firefox); must run inside the click handler. */
function openPanel(windowId: number | undefined): Promise<void> {
  if (browser.sidePanel && windowId != null) return browser.sidePanel.open({ windowId });
  const firefox = (browser as { sidebarAction?: { open(): Promise<void> } }).sidebarAction; // not in Chrome's typings
  return firefox ? firefox.open() : Promise.resolve();
}

export function PopupApp() {
  const { t, settings, replace } = useUi();
  const [target, setTarget] = useState<Target | null | undefined>(undefined);
  useEffect(() => void findTarget().then(setTarget), []);
  // Live: the background broadcasts the tab's state and the reader's layer.
  const { state, loading } = useTabState(target?.tabId ?? null);
  const { dismissed } = useLayer();

  const r = state?.result;
  const url = state?.url ?? '';
  const site = siteKey(url);
  const scopes = disabledScopes(url, settings);
  const flags = r ? activeFlags(r.figures, (f) => dismissed.has(flagKey(f))).length : 0;
  const canToggle = !!state && /^https?:/.test(url);

  const toggle = async (scope: 'page' | 'site', enabled: boolean) => replace(await toBackground('toggleSite', { scope, url, enabled }));

  const off = !settings.enabled || scopes.page || scopes.site || state?.status === 'disabled';
  return (
    <main class="popup">
      <h1>{t('app.name')}</h1>
      <div class="status" data-status={state?.status ?? 'none'}>
        {target === undefined || (loading && !state) ? (
          <p class="muted">{t('common.loading')}</p>
        ) : !state ? (
          <p class="muted">{t('popup.noPage')}</p>
        ) : (
          <>
            <p class="title" title={url}>
              {state.title || url}
            </p>
            <p class="row wrap">
              {off ? (
                <span class="badge" data-state="disabled">
                  {t('status.disabled')}
                </span>
              ) : r ? (
                <span class={r.relevant ? 'badge ok' : 'badge'}>{r.relevant ? t('panel.relevant') : t('panel.notRelevant')}</span>
              ) : (
                <span class="badge">{t(`status.${state.status}`)}</span>
              )}
              {r && !off && (
                <span class="small" data-counts>
                  {t('popup.counts', { entities: r.entities.length, flags })}
                </span>
              )}
            </p>
          </>
        )}
      </div>
      <label class="switch">
        <span>{t('popup.thisPage')}</span>
        <input
          type="checkbox"
          name="page"
          role="switch"
          disabled={!canToggle}
          checked={!scopes.page}
          onChange={(e) => void toggle('page', e.currentTarget.checked)}
        />
      </label>
      <label class="switch">
        <span>{t('popup.thisSite', { site: site || '—' })}</span>
        <input
          type="checkbox"
          name="site"
          role="switch"
          disabled={!canToggle}
          checked={!scopes.site}
          onChange={(e) => void toggle('site', e.currentTarget.checked)}
        />
      </label>
      <div class="actions">
        <button
          type="button"
          class="primary"
          onClick={() => {
            openPanel(target?.windowId).then(
              () => window.close(),
              () => {},
            );
          }}
        >
          {t('popup.openPanel')}
        </button>
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popup.openOptions')}
        </button>
      </div>
      <details class="keys small">
        <summary>{t('panel.shortcuts')}</summary>
        <Shortcuts compact />
      </details>
    </main>
  );
}
