// Why a page was judged relevant (or not), worded in the reader's language from the relevance
// signals (the core's `reasons` are short English for the CLI). Pure.
import type { RelevanceSignals } from '../analysis/relevance';
import { translator, type UiLang } from '../i18n';

export function reasonLines(s: RelevanceSignals | undefined, nameOf: (id: string) => string, lang: UiLang): string[] {
  if (!s) return [];
  const t = translator(lang);
  const out = s.entities.map((e) => t('why.entity', { name: nameOf(e.id), n: e.mentions }));
  if (s.title) out.push(t('why.title', { name: nameOf(s.title.id) }));
  for (const x of s.topics) out.push(t('why.topic', { term: x.term, n: x.count }));
  if (s.moneyFigures) out.push(t('why.money', { n: s.moneyFigures }));
  if (s.otherSense) out.push(t(s.otherSense.kind === 'fairy-tale' ? 'why.fairyTale' : 'why.venue', { term: s.otherSense.term }));
  if (s.passingMention) out.push(t('why.passing'));
  return out;
}
