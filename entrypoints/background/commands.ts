// Keyboard commands (manifest "commands"): step through the highlights of the active tab.
import { browser } from 'wxt/browser';
import { toContent } from '../../utils/messaging/protocol';

const STEPS: Record<string, 1 | -1> = { 'next-highlight': 1, 'prev-highlight': -1 };

export function watchCommands(): void {
  browser.commands.onCommand.addListener(async (command, tab) => {
    const dir = STEPS[command];
    if (!dir) return;
    const id = tab?.id ?? (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id;
    if (id === undefined) return;
    toContent({ tabId: id, frameId: 0 }, 'stepHighlight', { dir }).catch(() => undefined); // no script there
  });
}
