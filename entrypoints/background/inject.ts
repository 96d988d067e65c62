// The second stage of the content script: injected into the frame whose first script's pre-check
// passed (entrypoints/precheck.ts asks with loadReader). Only a content script in a tab may
// ask, and only for its own frame (the sender's document when the browser names it).
import { browser } from 'wxt/browser';
import type { Sender } from '../../utils/messaging/channel';

const READER_FILE = '/content-scripts/content.js';

export async function injectReader(sender: Sender): Promise<boolean> {
  const tabId = sender.tab?.id;
  if (tabId === undefined || tabId < 0 || !sender.url || !/^https?:/.test(sender.url)) return false;
  const documentId = (sender as { documentId?: string }).documentId;
  const target = documentId ? { tabId, documentIds: [documentId] } : { tabId, frameIds: [sender.frameId ?? 0] };
  await browser.scripting.executeScript({ target, files: [READER_FILE] });
  return true;
}
