// The analysis pipeline: context → entities → figures → subjects, metrics and periods → conversion
// → checks → relevance. Pure: no DOM, no browser API. Used by the background, the CLI and the tests.
import { analysisContext, coarseLang } from './context';
import { findEntities } from './entities/find';
import { extractFigures } from './figures/extract';
import { attachContext, periodOfTitle } from './figures/attach';
import { convertFigures } from './figures/convert';
import { checkFigures } from './checks/checks';
import { relevanceReasons, scoreRelevance } from './relevance';
import { ROOT_ID } from './entities/roles';
import type { PreparedKb } from './prepared-kb';
import type { ExtraAlias } from './match/matcher';
import type { AnalysisResult, AnalyzeInput } from './types';

export interface AnalyzeOptions {
  /** Own aliases the reader added: text → entity id. */
  extraAliases?: ExtraAlias[];
}

export function analyze(input: AnalyzeInput, kb: PreparedKb, opts: AnalyzeOptions = {}): AnalysisResult {
  const ctx = analysisContext(input, kb, opts.extraAliases);
  const { text, norm } = ctx;
  const ents = findEntities(norm, text, kb, { extraAliases: ctx.extraAliases, title: input.title, lang: ctx.lang });
  const raw = extractFigures(norm, text, ctx.sentences, ctx.lang);
  const titlePeriod = input.title ? periodOfTitle(input.title, ctx.articleDate) : undefined;
  const figures = attachContext(raw, { text, norm, mentions: ents.mentions, kb, articleDate: ctx.articleDate, sentences: ctx.sentences, titlePeriod });
  convertFigures(figures, kb, ctx.articleDate);
  checkFigures(figures, { text, kb, sentences: ctx.sentences, articleDate: ctx.articleDate });
  const rel = scoreRelevance(input, ents.entities, figures, kb, norm);
  // On a page that uses the name in another sense (the fairy tale, a restaurant), it is not the company.
  const otherSense = !rel.relevant && !!rel.signals.otherSense;
  return {
    relevant: rel.relevant,
    score: rel.score,
    reasons: relevanceReasons(rel.signals, kb),
    signals: rel.signals,
    lang: input.lang ?? coarseLang(ctx.lang),
    entities: otherSense ? ents.entities.filter((e) => e.id !== ROOT_ID) : ents.entities,
    figures: otherSense ? figures.map((f) => (f.subject === ROOT_ID ? { ...f, subject: undefined, check: undefined } : f)) : figures,
  };
}
