// The language a page declares (<html lang>), as the analysis takes it: 'ja', 'zh' or 'en'; other
// or no tags give undefined and the core detects the language from the text. One rule for the
// content script and the CLI. Pure apart from reading the attribute.

/** 'ja-JP' → 'ja', 'zh-Hant-TW' → 'zh', 'EN' → 'en'; anything else → undefined. */
export function langOfTag(tag: string | null | undefined): 'ja' | 'zh' | 'en' | undefined {
  const t = (tag ?? '').trim().toLowerCase();
  return (['ja', 'zh', 'en'] as const).find((l) => t === l || t.startsWith(l + '-'));
}

export function pageLang(doc: Document): 'ja' | 'zh' | 'en' | undefined {
  return langOfTag(doc.documentElement?.getAttribute('lang'));
}
