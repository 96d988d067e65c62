// The one i18n system: a typed catalog (en.ts is the key source, ja.ts must match it), one UiLang,
// one t(). Used by the extension pages, the popup, the options page and the in-page card; the
// manifest's _locales are generated from the same catalog (chromeMessages, wxt.config.ts). Pure.
import { en } from './en';
import { ja } from './ja';

export type { UiLang } from '../analysis/vocabulary/lang';
import type { UiLang } from '../analysis/vocabulary/lang';
export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;
export type Subs = Record<string, string | number>;
export type Translate = (key: MessageKey, subs?: Subs) => string;

const CATALOG: Record<UiLang, Messages> = { en, ja };

/** The message for `key` in `lang`, with {name} placeholders filled (unknown names stay as written). */
export function t(lang: UiLang, key: MessageKey, subs?: Subs): string {
  const message = CATALOG[lang][key];
  if (!subs) return message;
  return message.replace(/\{([A-Za-z0-9_]+)\}/g, (m, k: string) => (Object.hasOwn(subs, k) ? String(subs[k]) : m));
}

/** t() bound to one language. */
export function translator(lang: UiLang): Translate {
  return (key, subs) => t(lang, key, subs);
}

/** The UI language: the reader's setting when it names one, else the browser's UI locale. */
export function resolveUiLang(setting: 'auto' | UiLang, browserLocale: string | undefined): UiLang {
  if (setting !== 'auto') return setting;
  return (browserLocale ?? '').toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

/** Catalog keys the manifest names as __MSG_<key with _>__ (name, description, commands). */
export const MANIFEST_KEYS = ['app.name', 'app.description', 'cmd.next', 'cmd.prev'] as const satisfies readonly MessageKey[];

/** The manifest key of a catalog key: 'app.name' → '__MSG_app_name__'. */
export function manifestMessage(key: (typeof MANIFEST_KEYS)[number]): string {
  return `__MSG_${key.replaceAll('.', '_')}__`;
}

/** _locales/<lang>/messages.json for the manifest's strings (build time). */
export function chromeMessages(lang: UiLang): Record<string, { message: string }> {
  return Object.fromEntries(MANIFEST_KEYS.map((k) => [k.replaceAll('.', '_'), { message: CATALOG[lang][k] }]));
}
