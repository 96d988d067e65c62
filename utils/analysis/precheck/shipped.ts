// The pre-check with the shipped automaton (compiled at build time): all the first content script
// imports of the pre-check.
import { loadAutomaton, scan, type Automaton } from './automaton';
import { SHIPPED_AUTOMATON } from './automaton.generated';

let shipped: Automaton | undefined;

/** The texts are scanned in turn as if joined by line breaks (a page's title, then its text). */
export function precheckShipped(...texts: string[]): { pass: boolean; hits: string[] } {
  return scan((shipped ??= loadAutomaton(SHIPPED_AUTOMATON)), ...texts);
}
