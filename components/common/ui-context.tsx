// Shared state of the extension pages: the reader's settings, the UI language (with the
// setting's override of the browser language) and the theme.
import { createContext, type ComponentChildren } from 'preact';
import { useCallback, useContext, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { bg, panel, DEFAULT_SETTINGS, type Settings } from '@/utils/messaging/protocol';
import { makeTranslate, type ChromeMessages, type Subs, type Translate } from '@/utils/ui/i18n';
import type { UiLang } from '@/utils/ui/format';

export interface Ui {
  t: Translate;
  lang: UiLang;
  settings: Settings;
  /** False when the background did not answer; the defaults are shown then. */
  settingsLoaded: boolean;
  /** Date.now() of the last successful save from this page (0: none yet). */
  savedAt: number;
  update(patch: Partial<Settings>): Promise<void>;
  /** Takes settings the background returned from another call (toggleSite). */
  replace(next: Settings): void;
}

const UiContext = createContext<Ui | null>(null);

export function useUi(): Ui {
  const ui = useContext(UiContext);
  if (!ui) throw new Error('useUi outside UiProvider');
  return ui;
}

/** Browser-chosen locale through @wxt-dev/i18n; a missing key shows the key itself. */
const browserT: Translate = (key, subs) => {
  const t = i18n.t as unknown as (k: string, s?: Subs) => string;
  const msg = subs ? t(key, subs) : t(key);
  return msg || key;
};

async function loadMessages(lang: UiLang): Promise<ChromeMessages | null> {
  try {
    const url = browser.runtime.getURL(`/_locales/${lang}/messages.json` as '/');
    const res = await fetch(url);
    return res.ok ? ((await res.json()) as ChromeMessages) : null;
  } catch {
    return null;
  }
}

/** Applies the theme setting to <html data-theme>; CSS follows prefers-color-scheme for 'auto'. */
function applyTheme(theme: Settings['theme'], lang: UiLang) {
  const root = document.documentElement;
  root.dataset.theme = theme;
  root.lang = lang;
}

/** `title`: message key of the page title. */
export function UiProvider(props: { children: ComponentChildren; title?: string }) {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [settingsLoaded, setLoaded] = useState(false);
  const [ready, setReady] = useState(false);
  const [savedAt, setSavedAt] = useState(0);
  const [tr, setTr] = useState<{ t: Translate; lang: UiLang }>({ t: browserT, lang: browserT('lang') === 'ja' ? 'ja' : 'en' });

  const refresh = useCallback(async () => {
    try {
      const s = await bg.sendMessage('getSettings', undefined);
      if (s) {
        setSettings(s);
        setLoaded(true);
      }
    } catch {
      // The background did not answer (not started yet): keep what we have.
    }
  }, []);

  useEffect(() => {
    void refresh().finally(() => setReady(true));
    const offBroadcast = panel.onMessage('settingsChanged', ({ data }) => {
      setSettings(data);
      setLoaded(true);
    });
    const onVisible = () => {
      if (document.visibilityState === 'visible') void refresh();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      offBroadcast();
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [refresh]);

  // The UI language: the setting overrides the browser's choice.
  useEffect(() => {
    let cancelled = false;
    const setting = settings.uiLang;
    if (setting === 'auto') {
      setTr({ t: browserT, lang: browserT('lang') === 'ja' ? 'ja' : 'en' });
      return;
    }
    void Promise.all([loadMessages(setting), loadMessages(setting === 'ja' ? 'en' : 'ja')]).then(([m, other]) => {
      if (!cancelled && m) setTr({ t: makeTranslate(m, other), lang: setting });
    });
    return () => {
      cancelled = true;
    };
  }, [settings.uiLang]);

  useEffect(() => applyTheme(settings.theme, tr.lang), [settings.theme, tr.lang]);
  useEffect(() => {
    document.title = (props.title ? tr.t(props.title) + ' — ' : '') + tr.t('app.name');
  }, [tr, props.title]);

  const update = useCallback(async (patch: Partial<Settings>) => {
    setSettings((s) => ({ ...s, ...patch }));
    const saved = await bg.sendMessage('setSettings', patch);
    // The background tells the other open pages and the tabs (settingsChanged).
    if (saved) {
      setSettings(saved);
      setSavedAt(Date.now());
    }
  }, []);

  const replace = useCallback((next: Settings) => setSettings(next), []);

  if (!ready) return null;
  const value: Ui = { t: tr.t, lang: tr.lang, settings, settingsLoaded, savedAt, update, replace };
  return <UiContext.Provider value={value}>{props.children}</UiContext.Provider>;
}
