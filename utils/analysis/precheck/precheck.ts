// The cheap relevance pre-check run by the content script on EVERY page's visible text: one pass
// over the char codes with an Aho-Corasick automaton of a small constant term list, folding on the
// fly (case, full-width Latin, half-width katakana, voiced kana, middle dots, zero-width chars,
// whitespace runs). The names come from the KB; the shipped automaton is compiled at build time
// (automaton.generated.ts, by npm run kb:build) so a page builds nothing. It passes on a core name,
// on a race or chip maker's name with an investment term, or on a chip maker's name with a results
// term; the full analysis decides the rest.
import { compileAutomaton, type PrecheckLists } from './automaton-build';
import { loadAutomaton, scan, type Automaton } from './automaton';
import { precheckShipped } from './shipped';
import { CHIP_TERMS, CORE_TERMS, RACE_TERMS } from './kb-terms.generated';

export { CHIP_TERMS, CORE_TERMS, RACE_TERMS };
export { INVEST_TERMS } from './invest-terms';
export type { PrecheckLists };

const compiled = new WeakMap<PrecheckLists, Automaton>();

/** Passes when a core name occurs, or a race name together with an investment term. Without
 *  lists: the shipped ones (the KB's names, compiled at build time, and the invest terms). */
export function precheck(text: string, lists?: PrecheckLists): { pass: boolean; hits: string[] } {
  if (!lists) return precheckShipped(text);
  let a = compiled.get(lists);
  if (!a) compiled.set(lists, (a = loadAutomaton(compileAutomaton(lists))));
  return scan(a, text);
}
