// Entity finding: KB aliases matched on the normalised text, resolved (leftmost-longest, context
// rules for ambiguous aliases, surnames, tickers), reported with ORIGINAL offsets and a salience.
import type { AliasKind, Lang } from '../kb/types';
import type { PreparedKb } from '../prepared-kb';
import type { EntityResult } from '../types';
import { normalize, type Normalized } from '../text/normalize';
import { getExtraMatcher, type ExtraAlias, type Matcher } from '../match/matcher';
import { collectCandidates, type Candidate } from './candidates';
import { firstMentions, resolve } from './resolve';
import { textLang } from './lang';
import { extendSuffixes } from './suffix';
import { modelCandidates } from './model-mentions';
import { joinGlossedCloud, joinMakers } from './compound';
import { glossedCandidates } from './glossed';
import { wireCandidates } from './wire';
import { pageGlossAliases } from './page-gloss';
import { looseKatakanaAliases } from './katakana-loose';
import { appSense } from './app-sense';
import { marketSense } from './market-sense';
import { givenNames, middleInitials } from './given-name';
import { dropArticles } from './article';
import type { ModelParts } from './model-name';

export interface EntitySpan {
  entityId: string;
  start: number; // original text, UTF-16, end exclusive
  end: number;
  surface: string;
  alias: string; // the KB alias that matched, as written in the KB
  kind: AliasKind;
  model?: ModelParts;
}

export interface FindOptions {
  extraAliases?: ExtraAlias[];
  title?: string;
  /** The text's language, when the caller knows it (the analysis context does). */
  lang?: Lang;
}

function matchers(kb: PreparedKb, extra?: ExtraAlias[]): Matcher[] {
  const m = [kb.matcher];
  const x = getExtraMatcher(kb, extra);
  if (x) m.push(x);
  return m;
}

function detect(norm: Normalized, text: string, kb: PreparedKb, ms: Matcher[], outside?: Map<string, number>): Candidate[] {
  const cands = collectCandidates(norm, text, ms);
  const models = modelCandidates(norm, text, kb, cands);
  cands.push(...glossedCandidates(norm, text, kb), ...wireCandidates(norm, text, kb));
  const sel = dropArticles(
    joinGlossedCloud(joinMakers(extendSuffixes(resolve([...cands, ...models], norm.text, text, kb, outside), norm, text, kb), norm.text, kb), norm, kb),
    norm,
    text,
    kb,
  );
  // A KB name that the grammar also reads (Qwen3-30B-A3B) keeps its parts.
  if (!models.length) return sel;
  const parts = new Map(models.map((m) => [`${m.ns}:${m.ne}:${m.rec.entityId}`, m.model]));
  return sel.map((c) => (c.model || !parts.has(`${c.ns}:${c.ne}:${c.rec.entityId}`) ? c : { ...c, model: parts.get(`${c.ns}:${c.ne}:${c.rec.entityId}`) }));
}

/** Display name of an entity for the article's language. */
function displayName(kb: PreparedKb, id: string, lang: Lang): string {
  if (lang === 'zh-Hant') {
    const n = kb.entities.get(id)?.names['zh-Hant'];
    if (n?.length) return n[0];
  }
  return kb.name(id, lang === 'ja' ? 'ja' : lang === 'en' ? 'en' : 'zh');
}

/** Entity ids named in a title (body ids support its ambiguous aliases). */
export function findTitleEntities(title: string, kb: PreparedKb, bodyIds: Iterable<string> = [], extra?: ExtraAlias[]): string[] {
  if (!title) return [];
  const outside = new Map<string, number>();
  for (const id of bodyIds) outside.set(id, -1);
  const sel = detect(normalize(title), title, kb, matchers(kb, extra), outside);
  return [...new Set(sel.map((c) => c.rec.entityId))];
}

/** Salience 0..1 from the mention count, the first position and presence in the title. */
function salience(count: number, firstPos: number, length: number, inTitle: boolean): number {
  const freq = 1 - Math.exp(-count / 4);
  const pos = length > 0 ? 1 - Math.min(1, firstPos / length) : 1;
  const s = 0.55 * freq + 0.25 * pos + (inTitle ? 0.2 : 0);
  return Math.round(Math.min(1, Math.max(0, s)) * 1000) / 1000;
}

export function findEntities(norm: Normalized, text: string, kb: PreparedKb, opts: FindOptions = {}): { entities: EntityResult[]; mentions: EntitySpan[] } {
  let sel = detect(norm, text, kb, matchers(kb, opts.extraAliases));
  // Katakana names glossed on the page by a known name count wherever the page writes them.
  // So do katakana words that fold to a KB katakana name (コヒア for コーヒア).
  const glossed = [...pageGlossAliases(norm.text, text, sel, kb), ...looseKatakanaAliases(norm.text, sel, kb)];
  if (glossed.length) sel = detect(norm, text, kb, matchers(kb, [...(opts.extraAliases ?? []), ...glossed]));
  sel = marketSense(appSense(sel, norm, text, kb), norm.text, text, kb);
  sel = middleInitials(givenNames(sel, norm, text, kb), norm, text, kb);
  const mentions: EntitySpan[] = sel.map((c) => ({
    entityId: c.rec.entityId,
    start: c.start,
    end: c.end,
    surface: text.slice(c.start, c.end),
    alias: c.rec.text,
    kind: c.rec.kind,
    ...(c.model ? { model: c.model } : {}),
  }));
  const named = firstMentions(sel);
  const inTitle = new Set(opts.title ? findTitleEntities(opts.title, kb, named.keys(), opts.extraAliases) : []);
  const lang = opts.lang ?? textLang(text);
  const byId = new Map<string, EntitySpan[]>();
  for (const m of mentions) {
    const list = byId.get(m.entityId);
    if (list) list.push(m);
    else byId.set(m.entityId, [m]);
  }
  const entities: EntityResult[] = [];
  for (const [id, list] of byId) {
    const e = kb.entities.get(id);
    if (!e) continue;
    entities.push({
      id,
      name: displayName(kb, id, lang),
      type: e.type,
      mentions: list.map((m) => ({ start: m.start, end: m.end, surface: m.surface, ...(m.model ? { model: m.model } : {}) })),
      salience: salience(list.length, list[0].start, text.length, inTitle.has(id)),
    });
  }
  entities.sort((a, b) => (b.salience ?? 0) - (a.salience ?? 0) || a.mentions[0].start - b.mentions[0].start);
  return { entities, mentions };
}
