// UI-language lookup. The browser picks the locale for browser.i18n (@wxt-dev/i18n's i18n.t);
// the reader's setting can override it, so the pages load the chosen locale's messages.json and
// look keys up here. Pure: the loading (fetch) lives in components/common/ui-context.tsx.
import type { UiLang } from './format';

/** Chrome's _locales/<lang>/messages.json shape. */
export type ChromeMessages = Record<string, { message: string; description?: string }>;

export type Subs = Record<string, string | number>;

export type Translate = (key: string, subs?: Subs) => string;

/** The UI language to use: the setting when it is 'ja'/'en', else the browser's UI locale. */
export function resolveUiLang(setting: 'auto' | 'ja' | 'en', browserLocale: string | undefined): UiLang {
  if (setting === 'ja' || setting === 'en') return setting;
  return (browserLocale ?? '').toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

/** Replaces {name} placeholders; unknown names stay as they are (as @wxt-dev/i18n does). */
export function fillNamed(message: string, subs?: Subs): string {
  if (!subs) return message;
  return message.replace(/\{([A-Za-z0-9_]+)\}/g, (m, k: string) =>
    Object.prototype.hasOwnProperty.call(subs, k) ? String(subs[k]) : m,
  );
}

/**
 * Looks a dotted key ('panel.flags') up in a messages.json (keys joined with '_'), falling back
 * to `fallback` (the other locale), then to the key itself so a missing string is visible.
 */
export function lookup(messages: ChromeMessages | null, key: string, subs?: Subs, fallback?: ChromeMessages | null): string {
  const k = key.replaceAll('.', '_');
  const hit = messages?.[k]?.message ?? fallback?.[k]?.message;
  if (hit == null) return key;
  return fillNamed(hit.replace(/\$\$/g, '$'), subs);
}

/** A translate function over a loaded messages file. */
export function makeTranslate(messages: ChromeMessages | null, fallback?: ChromeMessages | null): Translate {
  return (key, subs) => lookup(messages, key, subs, fallback);
}
