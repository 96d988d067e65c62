// One analysis context per text: the input, the prepared KB and what every stage reads (the
// normalised text, the sentences, the language, the publication date), computed once.
import type { PreparedKb } from './prepared-kb';
import type { Lang } from './kb/types';
import type { AnalyzeInput } from './types';
import type { ExtraAlias } from './match/matcher';
import { normalize, type Normalized } from './text/normalize';
import { sentences, type Sentences } from './figures/sentences';
import { articleDate } from './text/dateline';
import { textLang } from './entities/lang';

export interface AnalysisContext {
  input: AnalyzeInput;
  kb: PreparedKb;
  text: string;
  norm: Normalized;
  sentences: Sentences;
  /** The text's language, by script (zh split into simplified and traditional). */
  lang: Lang;
  /** Publication date: the input's (page metadata, CLI `date`), else the text's prefix or dateline, else the URL's. */
  articleDate?: string;
  /** The reader's own aliases. */
  extraAliases?: ExtraAlias[];
}

export function analysisContext(input: AnalyzeInput, kb: PreparedKb, extraAliases?: ExtraAlias[]): AnalysisContext {
  const text = input.text;
  return {
    input,
    kb,
    text,
    norm: normalize(text),
    sentences: sentences(text),
    lang: textLang(text),
    articleDate: articleDate(input),
    extraAliases,
  };
}

/** The coarse language of a result: ja, zh or en. */
export const coarseLang = (l: Lang): 'ja' | 'zh' | 'en' => (l === 'zh-Hans' || l === 'zh-Hant' ? 'zh' : l);
