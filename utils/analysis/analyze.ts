// The analysis pipeline: normalise → entities → figures → context → conversion → checks → relevance.
// Pure: no DOM, no browser API. Used by the background, the CLI and the tests.
import { normalize } from './text/normalize';
import { findEntities } from './entities/find';
import { extractFigures } from './figures/extract';
import { attachContext } from './figures/attach';
import { convertFigures } from './figures/convert';
import { checkFigures } from './checks/checks';
import { scoreRelevance } from './relevance';
import { ROOT_ID } from './entities/roles';
import { datelineDate } from './text/dateline';
import type { KbIndex } from './kb/kb-index';
import type { AnalysisResult, AnalyzeInput } from './types';

export interface AnalyzeOptions {
  /** Own aliases the reader added: text → entity id. */
  extraAliases?: Array<{ text: string; entityId: string }>;
  /** Date the article was published (ISO), when known; helps resolve 今年 / 今期. */
  articleDate?: string;
}

export function analyze(input: AnalyzeInput, kb: KbIndex, opts: AnalyzeOptions = {}): AnalysisResult {
  const text = input.text;
  const norm = normalize(text);
  const ents = findEntities(norm, text, kb, { extraAliases: opts.extraAliases, title: input.title });
  const raw = extractFigures(norm, text);
  const articleDate = opts.articleDate ?? input.date ?? datelineDate(text);
  const figures = attachContext(raw, { text, norm, mentions: ents.mentions, kb, articleDate });
  convertFigures(figures, kb);
  checkFigures(figures, { text, kb });
  const rel = scoreRelevance({ ...input, text }, ents.entities, figures, kb, norm);
  // On a page that uses the name in another sense (the fairy tale, a restaurant), it is not the company.
  const otherSense = !rel.relevant && rel.reasons.some((r) => r.startsWith('fairy-tale context') || r.startsWith('venue context'));
  return {
    relevant: rel.relevant,
    score: rel.score,
    reasons: rel.reasons,
    lang: input.lang ?? detectLang(text),
    entities: otherSense ? ents.entities.filter((e) => e.id !== ROOT_ID) : ents.entities,
    figures: otherSense ? figures.map((f) => (f.subject === ROOT_ID ? { ...f, subject: undefined, check: undefined } : f)) : figures,
  };
}

/** Rough script-based language guess: kana → ja, Han without kana → zh, else en. */
export function detectLang(text: string): 'ja' | 'zh' | 'en' {
  let kana = 0;
  let han = 0;
  let latin = 0;
  const n = Math.min(text.length, 20000);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x3040 && c <= 0x30ff) kana++;
    else if (c >= 0x4e00 && c <= 0x9fff) han++;
    else if ((c | 32) >= 97 && (c | 32) <= 122) latin++;
  }
  if (kana > 10 || (kana > 0 && kana * 20 > han)) return 'ja';
  if (han > latin / 4) return 'zh';
  return 'en';
}
