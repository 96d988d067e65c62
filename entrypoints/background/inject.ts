// The second stage of the content script: injected into the frame whose first script's pre-check
// passed (entrypoints/precheck.ts asks with loadReader). Only a content script in a tab may
// ask, and only for its own frame (the sender's document when the browser names it).
import { browser } from 'wxt/browser';
import type { Sender } from '../../utils/messaging/channel';
import { getKbIndex } from './kb';
import { cachedSettings } from './user-cache';

const READER_FILE = '/content-scripts/content.js';

export async function injectReader(sender: Sender): Promise<boolean> {
  const tabId = sender.tab?.id;
  if (tabId === undefined || tabId < 0 || !sender.url || !/^https?:/.test(sender.url)) return false;
  const documentId = (sender as { documentId?: string }).documentId;
  const target = documentId ? { tabId, documentIds: [documentId] } : { tabId, frameIds: [sender.frameId ?? 0] };
  // The page will ask for its settings and an analysis next: a worker that just woke up loads the
  // KB index and the settings meanwhile, while the rest of the script starts and collects the text.
  void getKbIndex().catch(() => undefined);
  void cachedSettings().catch(() => undefined);
  await browser.scripting.executeScript({ target, files: [READER_FILE] });
  return true;
}
