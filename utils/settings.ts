// The reader's settings: one zod schema, the Settings type inferred from it, one patch shape and one
// merge. The content script gets only PageSettings (what one page needs, no site lists). Pure.
// zod/mini keeps the content script's bundle small, and the schemas are built on first use: a
// content script on an unrelated page never needs them.
import * as z from 'zod/mini';
import { isEnabledFor } from './db/sites';
import { resolveUiLang } from './i18n';
import { READER_CURRENCIES } from './analysis/vocabulary/currencies';

function build() {
  const Categories = z.object({
    entities: z.boolean(),
    money: z.boolean(),
    percent: z.boolean(),
    count: z.boolean(),
    date: z.boolean(),
  });
  const currency = z.enum(READER_CURRENCIES);
  const highlightStyle = z.enum(['underline', 'background', 'outline']);
  const hoverDelayMs = z.int().check(z.minimum(0), z.maximum(5000));
  const theme = z.enum(['auto', 'light', 'dark']);
  const Settings = z.object({
    enabled: z.boolean(),
    disabledSites: z.array(z.string().check(z.maxLength(253))).check(z.maxLength(5000)),
    disabledPages: z.array(z.string().check(z.maxLength(2048))).check(z.maxLength(5000)),
    /** What to highlight: entity types and figure kinds. */
    categories: Categories,
    currency,
    uiLang: z.enum(['auto', 'ja', 'en']),
    highlightStyle,
    hoverDelayMs,
    theme,
  });
  return {
    Settings,
    /** A change to some settings; `categories` may name only the categories that change. */
    SettingsPatch: z.partial(z.extend(Settings, { categories: z.partial(Categories) })),
    /** What a content script needs: whether it runs on its page, and how to show what it finds. */
    PageSettings: z.object({
      on: z.boolean(),
      categories: Categories,
      currency,
      /** Resolved: the setting, or the browser's UI language for 'auto'. */
      uiLang: z.enum(['ja', 'en']),
      highlightStyle,
      hoverDelayMs,
      theme,
    }),
  };
}

let built: ReturnType<typeof build> | undefined;
/** The settings schemas (built once, on first use). */
export const settingsSchemas = () => (built ??= build());

type Schemas = ReturnType<typeof build>;
export type Settings = z.infer<Schemas['Settings']>;
export type SettingsPatch = z.infer<Schemas['SettingsPatch']>;
export type PageSettings = z.infer<Schemas['PageSettings']>;
export type Category = keyof Settings['categories'];

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  disabledSites: [],
  disabledPages: [],
  categories: { entities: true, money: true, percent: true, count: true, date: true },
  currency: 'JPY',
  uiLang: 'auto',
  highlightStyle: 'underline',
  hoverDelayMs: 300,
  theme: 'auto',
};

/** The one merge of settings: a patch, or a stored row from an older version, over `base`. */
export function mergeSettings(base: Settings, patch: SettingsPatch): Settings {
  return { ...base, ...patch, categories: { ...base.categories, ...patch.categories } };
}

/**
 * Settings read from storage or an import file: unknown fields dropped, fields added in later
 * versions get their default; null when what is there is invalid.
 */
export function storedSettings(raw: unknown): Settings | null {
  const { Settings, SettingsPatch } = settingsSchemas();
  const patch = z.safeParse(SettingsPatch, raw);
  if (!patch.success) return null;
  const merged = z.safeParse(Settings, mergeSettings(DEFAULT_SETTINGS, patch.data));
  return merged.success ? merged.data : null;
}

/** The page settings of `url` (the UI language resolved against the browser's). */
export function pageSettings(s: Settings, url: string, browserLocale: string | undefined): PageSettings {
  const { categories, currency, highlightStyle, hoverDelayMs, theme } = s;
  return { on: isEnabledFor(s, url), categories, currency, uiLang: resolveUiLang(s.uiLang, browserLocale), highlightStyle, hoverDelayMs, theme };
}
