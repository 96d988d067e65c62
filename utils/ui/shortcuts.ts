// The keyboard shortcuts the reader can use, in one place: the keys the page itself answers
// (entrypoints/content/ui.ts) and the browser commands (wxt.config.ts "commands", rebindable, so
// their current keys are read from the browser when it can tell). Pure.
import type { MessageKey } from '../i18n';

export interface Shortcut {
  /** Keys as shown: 'Alt+Shift+J'. Browser commands: the manifest's default until the browser says. */
  keys: string;
  what: MessageKey;
  /** The manifest command it is, when it is one (its keys can be changed in the browser). */
  command?: 'next-highlight' | 'prev-highlight';
}

/** Keys handled on the page while a card or highlight is in use. */
const PAGE_SHORTCUTS: Shortcut[] = [
  { keys: 'Alt+Shift+J', what: 'keys.next' },
  { keys: 'Alt+Shift+K', what: 'keys.prev' },
  { keys: 'Esc', what: 'keys.close' },
];

/** Browser commands with their manifest defaults. */
const COMMAND_SHORTCUTS: Shortcut[] = [
  { keys: 'Alt+Shift+.', what: 'keys.cmdNext', command: 'next-highlight' },
  { keys: 'Alt+Shift+,', what: 'keys.cmdPrev', command: 'prev-highlight' },
];

/** A key as the browser names it, as printed on the keyboard: Period → '.', Comma → ','. */
export function keyLabel(keys: string): string {
  return keys.replace(/\bPeriod\b/g, '.').replace(/\bComma\b/g, ',');
}

/** The shortcuts with the browser's current keys for its commands ('' when the reader unset one). */
export function withBound(bound: ReadonlyMap<string, string> | null): Shortcut[] {
  return [
    ...PAGE_SHORTCUTS,
    ...COMMAND_SHORTCUTS.map((s) => (bound && s.command && bound.has(s.command) ? { ...s, keys: keyLabel(bound.get(s.command)!) } : s)),
  ];
}
