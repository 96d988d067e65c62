// The languages the reader's UI speaks. Every label of the vocabulary has one text per language.
const UI_LANGS = ['ja', 'en'] as const;
export type UiLang = (typeof UI_LANGS)[number];
export type Label = Readonly<Record<UiLang, string>>;
