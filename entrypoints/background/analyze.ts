// The analyze message: run the core on a chunk of page text, keep the tab's state, then let the
// tokenizer add readings and proper nouns in the background (never delaying the first answer).
import type { Browser } from 'wxt/browser';
import { analyze } from '../../utils/analysis/analyze';
import { isEnabledFor } from '../../utils/db/sites';
import type { PreparedKb } from '../../utils/analysis/prepared-kb';
import type { AnalyzeRequest, TabState } from '../../utils/messaging/protocol';
import type { AnalysisResult } from '../../utils/analysis/types';
import { getKbIndex, kbNotes } from './kb';
import { storageNotes } from './storage';
import { mergeResult } from './merge';
import { MAX_ITEMS, replyFor } from './reply';
import { generation, loadTab, newGeneration, saveTab } from './tabs';
import { enrich } from './tokenizer';
import { cachedOwnAliases, cachedSettings } from './user-cache';

type Sender = Browser.runtime.MessageSender;

const EMPTY: AnalysisResult = { relevant: false, score: 0, reasons: ['switched off for this page'], entities: [], figures: [] };

/** 'ja-JP' → 'ja'; other tags → undefined (the core detects the language). */
function langHint(tag: string | undefined): string | undefined {
  const t = tag?.toLowerCase() ?? '';
  return ['ja', 'zh', 'en'].find((l) => t === l || t.startsWith(l + '-'));
}

export async function handleAnalyze(req: AnalyzeRequest, sender: Sender): Promise<AnalysisResult> {
  const tabId = sender.tab?.id;
  // Only the top frame's page is the tab's page; frames get their answer but no tab state.
  const tracked = tabId !== undefined && tabId >= 0 && (sender.frameId ?? 0) === 0;
  const offset = req.chunk ?? 0;
  const settings = await cachedSettings();
  if (!isEnabledFor(settings, req.url)) {
    if (tracked) saveTab({ tabId, url: req.url, title: req.title, status: 'disabled', updatedAt: Date.now() });
    return EMPTY;
  }
  let gen = tracked ? generation(tabId) : 0;
  if (tracked && offset === 0) {
    gen = newGeneration(tabId);
    saveTab({ tabId, url: req.url, title: req.title, status: 'analyzing', updatedAt: Date.now() });
  }
  const [kb, extraAliases] = await Promise.all([getKbIndex(), cachedOwnAliases()]);
  let result: AnalysisResult;
  try {
    result = analyze({ text: req.text, title: req.title, url: req.url, lang: langHint(req.lang), date: req.date }, kb, { extraAliases });
  } catch (e) {
    if (tracked && offset === 0) saveTab({ tabId, url: req.url, title: req.title, status: 'error', note: String(e), updatedAt: Date.now() });
    throw e;
  }
  // Degraded modes (KB update refused, KB from memory, no storage) reach the reader with the result.
  const notes = [...(req.note ? [req.note] : []), ...kbNotes(), ...storageNotes()];
  // The content script gets what it paints (at most req.max items); the tab state keeps it all.
  const { reply, note } = replyFor(result, req.near, req.max ?? MAX_ITEMS);
  if (note) notes.push(note);
  if (notes.length) result.notes = reply.notes = [...(result.notes ?? []), ...notes];
  if (tracked) {
    const state = await record(tabId, gen, req, result, offset);
    // After the reply is on its way: the first highlights never wait for the tokenizer.
    if (state?.status === 'done') setTimeout(() => void enrichLater(tabId, gen, req.text, result, offset, kb), 0);
  }
  return reply;
}

/** Puts a chunk's result into the tab's state; null when the tab moved on meanwhile. */
async function record(tabId: number, gen: number, req: AnalyzeRequest, result: AnalysisResult, offset: number): Promise<TabState | null> {
  const prev = offset === 0 ? null : await loadTab(tabId);
  if (generation(tabId) !== gen) return null;
  if (offset > 0 && !prev?.result) return null; // a late chunk of a page we have no start of
  const page = prev?.result ? mergeResult(prev.result, result, offset) : result;
  const state: TabState = {
    tabId,
    url: req.url,
    title: req.title ?? prev?.title,
    result: page,
    status: page.relevant ? 'done' : 'irrelevant',
    updatedAt: Date.now(),
  };
  saveTab(state);
  return state;
}

/** Tokenizer additions (readings, unknown proper nouns), merged in when they arrive. */
async function enrichLater(tabId: number, gen: number, text: string, result: AnalysisResult, offset: number, kb: PreparedKb): Promise<void> {
  try {
    const extra = await enrich(text, result, kb);
    const cur = await loadTab(tabId);
    if (!cur?.result || generation(tabId) !== gen) return;
    saveTab({ ...cur, result: mergeResult(cur.result, extra, offset), updatedAt: Date.now() });
  } catch (e) {
    console.debug('[reader-companion] enrich failed', e);
  }
}
