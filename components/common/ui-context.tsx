// Shared state of the extension pages: the reader's settings (kept live by the background's
// settingsChanged broadcasts), the UI language (the setting, else the browser's) and the theme.
import { createContext, type ComponentChildren } from 'preact';
import { useCallback, useContext, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { servePages, toBackground } from '@/utils/messaging/protocol';
import { DEFAULT_SETTINGS, mergeSettings, type Settings, type SettingsPatch } from '@/utils/settings';
import { resolveUiLang, translator, type MessageKey, type Translate, type UiLang } from '@/utils/i18n';

export interface Ui {
  t: Translate;
  lang: UiLang;
  settings: Settings;
  /** False when the background did not answer; the defaults are shown then. */
  settingsLoaded: boolean;
  /** Date.now() of the last successful save from this page (0: none yet). */
  savedAt: number;
  update(patch: SettingsPatch): Promise<void>;
  /** Takes settings the background returned from another call (toggleSite). */
  replace(next: Settings): void;
}

const UiContext = createContext<Ui | null>(null);

export function useUi(): Ui {
  const ui = useContext(UiContext);
  if (!ui) throw new Error('useUi outside UiProvider');
  return ui;
}

/** `title`: message key of the page title. */
export function UiProvider(props: { children: ComponentChildren; title?: MessageKey }) {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [settingsLoaded, setLoaded] = useState(false);
  const [ready, setReady] = useState(false);
  const [savedAt, setSavedAt] = useState(0);

  const refresh = useCallback(async () => {
    try {
      setSettings(await toBackground('getSettings', undefined));
      setLoaded(true);
    } catch {
      // The background did not answer (not started yet): keep what we have.
    }
  }, []);

  useEffect(() => {
    void refresh().finally(() => setReady(true));
    const stop = servePages({
      settingsChanged: {
        run: (s) => {
          setSettings(s);
          setLoaded(true);
        },
      },
    });
    const onVisible = () => {
      if (document.visibilityState === 'visible') void refresh();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      stop();
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [refresh]);

  const lang = resolveUiLang(settings.uiLang, browser.i18n.getUILanguage());
  const t = translator(lang);
  useEffect(() => {
    const root = document.documentElement;
    root.dataset.theme = settings.theme; // CSS follows prefers-color-scheme for 'auto'
    root.lang = lang;
  }, [settings.theme, lang]);
  useEffect(() => {
    const tr = translator(lang);
    document.title = (props.title ? tr(props.title) + ' — ' : '') + tr('app.name');
  }, [lang, props.title]);

  const update = useCallback(async (patch: SettingsPatch) => {
    setSettings((s) => mergeSettings(s, patch)); // shown at once
    // The background tells the other open pages and the tabs (settingsChanged).
    setSettings(await toBackground('setSettings', patch));
    setSavedAt(Date.now());
  }, []);

  const replace = useCallback((next: Settings) => setSettings(next), []);

  if (!ready) return null;
  const value: Ui = { t, lang, settings, settingsLoaded, savedAt, update, replace };
  return <UiContext.Provider value={value}>{props.children}</UiContext.Provider>;
}
