// The analyze message: run the core on a chunk of page text, keep the tab's state, then let the
// tokenizer add readings and proper nouns in the background (never delaying the first answer); what
// it adds reaches the tab's content script (pageChanged) and the extension pages (tabStateChanged).
import { analyze } from '../../utils/analysis/analyze';
import { convertMoney } from '../../utils/analysis/figures/convert';
import { datelineDate } from '../../utils/analysis/text/dateline';
import { readerFigures } from '../../utils/ui/reader-view';
import { cleanUnknownNames } from '../../utils/ui/unknown-names';
import { isEnabledFor } from '../../utils/db/sites';
import type { PreparedKb } from '../../utils/analysis/prepared-kb';
import type { Sender } from '../../utils/messaging/channel';
import type { AnalyzeReply, AnalyzeRequest, TabState } from '../../utils/messaging/protocol';
import type { AnalysisResult } from '../../utils/analysis/types';
import { note, uniqueNotes, type Note } from '../../utils/analysis/notes';
import { getKbIndex, kbNotes } from './kb';
import { storageNotes } from './storage';
import { mergeResult } from './merge';
import { addToScope } from './page-scope';
import { pushPageView } from './push';
import { replyFor } from './reply';
import { generation, loadTab, newGeneration, saveTab, topFrameTab } from './tabs';
import { enrich } from './tokenizer';
import { ResultCache } from './result-cache';
import { cachedLayer, cachedOwnAliases, cachedSettings } from './user-cache';

/** Text analysed a moment ago is not analysed again (SPA URL loops, pieces sent again). */
const recent = new ResultCache();

const EMPTY: AnalyzeReply = { relevant: false, score: 0, reasons: ['switched off for this page'], entities: [], figures: [], watched: [], dismissed: [] };

export async function handleAnalyze(req: AnalyzeRequest, sender: Sender): Promise<AnalyzeReply> {
  const tabId = topFrameTab(sender);
  const tracked = tabId !== undefined;
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
  const [kb, extraAliases, layer] = await Promise.all([getKbIndex(), cachedOwnAliases(), cachedLayer()]);
  let result: AnalysisResult;
  try {
    const key = ResultCache.key(req, `${kb.version}:${JSON.stringify(extraAliases)}`);
    const hit = recent.get(key);
    result = hit ?? analyze({ text: req.text, title: req.title, url: req.url, lang: req.lang, date: req.date }, kb, { extraAliases });
    if (!hit) recent.set(key, result);
  } catch (e) {
    if (tracked && offset === 0)
      saveTab({ tabId, url: req.url, title: req.title, status: 'error', note: note('analysisFailed', { reason: String(e) }), updatedAt: Date.now() });
    throw e;
  }
  // One rate for the page (the article's month) and year-less dates placed by the article's date.
  const articleDate = req.date ?? (offset === 0 ? datelineDate(req.text) : tracked ? (await loadTab(tabId))?.date : undefined);
  const convert = (v: number, unit: string) => convertMoney(v, unit, kb, articleDate, articleDate ? 'article' : 'latest');
  result.figures = readerFigures(result.figures, { articleDate, convert });
  // Degraded modes (KB update refused, KB from memory, no storage) reach the reader with the result.
  const notes: Note[] = [...(req.note ? [req.note] : []), ...kbNotes(), ...storageNotes()];
  // The content script gets what it paints (at most req.max items); the tab state keeps it all.
  const { reply, note: capped } = replyFor(result, layer, req.near, req.max);
  if (capped) notes.push(capped);
  // What the sender's page shows it may act on (watch, dismiss), from any of its frames.
  if (sender.tab?.id !== undefined) addToScope(sender.tab.id, reply);
  if (notes.length) result.notes = reply.notes = uniqueNotes([...(result.notes ?? []), ...notes]);
  if (articleDate) reply.date = articleDate;
  if (tracked) {
    const state = await record(tabId, gen, req, result, offset, articleDate);
    // After the reply is on its way: the first highlights never wait for the tokenizer.
    if (state?.status === 'done') setTimeout(() => void enrichLater(tabId, gen, req.text, result, offset, kb), 0);
  }
  return reply;
}

/** Puts a chunk's result into the tab's state; null when the tab moved on meanwhile. */
async function record(tabId: number, gen: number, req: AnalyzeRequest, result: AnalysisResult, offset: number, date?: string): Promise<TabState | null> {
  const prev = offset === 0 ? null : await loadTab(tabId);
  if (generation(tabId) !== gen) return null;
  if (offset > 0 && !prev?.result) return null; // a late chunk of a page we have no start of
  const page = prev?.result ? mergeResult(prev.result, result, offset) : result;
  const state: TabState = {
    tabId,
    url: req.url,
    title: req.title ?? prev?.title,
    ...((date ?? prev?.date) ? { date: date ?? prev?.date } : {}),
    result: page,
    status: page.relevant ? 'done' : 'irrelevant',
    updatedAt: Date.now(),
  };
  saveTab(state);
  return state;
}

/** Tokenizer additions (readings, unknown proper nouns), merged in when they arrive and passed on. */
async function enrichLater(tabId: number, gen: number, text: string, result: AnalysisResult, offset: number, kb: PreparedKb): Promise<void> {
  try {
    const extra = await enrich(text, result, kb);
    if (extra.unknownProperNouns) extra.unknownProperNouns = cleanUnknownNames(extra.unknownProperNouns, text);
    const cur = await loadTab(tabId);
    if (!cur?.result || generation(tabId) !== gen) return;
    saveTab({ ...cur, result: mergeResult(cur.result, extra, offset), updatedAt: Date.now() });
    if (extra.readings) void pushPageView(tabId);
  } catch (e) {
    console.debug('[reader-companion] enrich failed', e);
  }
}
