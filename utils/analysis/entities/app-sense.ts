// A model family's name that a page introduces as an app (AIアプリ「Qwen」, 应用「千问」): that mention is
// the app the KB lists under the name plus "アプリ"/"App" (Qwenアプリ → qwen-app). A page that says so,
// or names the app itself (千問アプリ), and never speaks of models (no モデル, 模型, model, LLM anywhere)
// uses the bare name for the app throughout. The name glossed in parentheses right after the app's
// mention (千問（Qwen）) is the app too. So is a name in quotes right after a chatbot or assistant
// (対話型AI「通義千問」, AI助手「千问」) or right before the word app (「千问」应用程式, "Qwen" app), and a
// name whose sentence counts the app's users (QwenのDAU, 千问的月活) without speaking of models.
import type { PreparedKb } from '../prepared-kb';
import { normalizeKey, type Normalized } from '../text/normalize';
import type { Candidate } from './candidates';

const APP_NAME = /^(.+?)\s?(?:アプリ|app|App|APP)$/;
// The category word and an opening quote right before the name.
const APP_BEFORE = /(?:アプリ|App|APP|app|应用|應用)\s?[「『“"]$/;
// A chatbot or assistant word and an opening quote: the app, unless its sentence calls it a model
// (対話型AI「通義千問」は…オープンソースのモデル).
const BOT_BEFORE = /(?:対話型AI|アシスタント|チャットボット|助手|聊天机器人|聊天機器人|chatbot)\s?[「『“"]$/;
// Enough characters before a name for the longest cue word and its quote (AIアシスタント「).
const CUE_WINDOW = 12;
// A closing quote, then the word app: 「千问」应用程式, 「千問」アプリ, "Qwen" app.
const APP_AFTER = /^[」』”"]\s?(?:アプリ|App|APP|app|应用|應用)/;
// Counts of an app's users: daily or monthly actives, users, downloads.
const USER_WORDS =
  /DAU|MAU|日活|月活|アクティブユーザー|利用者|ユーザー数|用户数|用戶數|用户量|用戶量|下载量|下載量|ダウンロード数|\bdaily active users\b|\bmonthly active users\b/;
const SENTENCE_END = /[。！？!?\n]|\.\s/g;
const MODEL_WORDS = /モデル|模型|\bmodels?\b|LLM/i;
const appsOf = new WeakMap<PreparedKb, Map<string, string>>();
/** Normalised base name → the app's id (Qwen → qwen-app), from the KB's product names. */
function apps(kb: PreparedKb): Map<string, string> {
  let m = appsOf.get(kb);
  if (m) return m;
  m = new Map();
  for (const e of kb.entities.values()) {
    if (e.type !== 'product') continue;
    for (const list of Object.values(e.names))
      for (const n of list ?? []) {
        const base = APP_NAME.exec(n)?.[1];
        if (base) m.set(normalizeKey(base), e.id);
      }
  }
  appsOf.set(kb, m);
  return m;
}

/** Selected mentions with a model name read as its app where the page introduces it as one. */
/** Is base (normalised) one of the model's names or aliases? */
function modelNamed(kb: PreparedKb, id: string, base: string): boolean {
  const e = kb.entities.get(id);
  if (!e) return false;
  for (const list of Object.values(e.names)) for (const n of list ?? []) if (normalizeKey(n) === base) return true;
  for (const a of e.aliases ?? []) if (normalizeKey(a.text) === base) return true;
  return false;
}

/** The sentence around [start, end) of text. */
function sentenceAt(text: string, start: number, end: number): string {
  let s = 0;
  let e = text.length;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    if (m.index < start) s = m.index + m[0].length;
    else if (m.index >= end) {
      e = m.index;
      break;
    }
  }
  return text.slice(s, e);
}

export function appSense(sel: Candidate[], norm: Normalized, text: string, kb: PreparedKb): Candidate[] {
  const table = apps(kb);
  const appIds = new Set(table.values());
  // A model's other names lead to its app too (通義千問 once Qwen → qwen-app).
  const byModel = new Map<string, string>();
  for (const c of sel) {
    const app = kb.entities.get(c.rec.entityId)?.type === 'model' ? table.get(norm.text.slice(c.ns, c.ne)) : undefined;
    if (app) byModel.set(c.rec.entityId, app);
  }
  for (const [base, app] of table)
    for (const c of sel)
      if (!byModel.has(c.rec.entityId) && kb.entities.get(c.rec.entityId)?.type === 'model' && modelNamed(kb, c.rec.entityId, base))
        byModel.set(c.rec.entityId, app);
  const appFor = (c: Candidate) =>
    kb.entities.get(c.rec.entityId)?.type === 'model' ? (table.get(norm.text.slice(c.ns, c.ne)) ?? byModel.get(c.rec.entityId)) : undefined;
  // The mention itself says app: a chatbot or app word before its quotes, or the word app after them.
  const saysApp = (c: Candidate) => {
    const before = text.slice(Math.max(0, c.start - CUE_WINDOW), c.start);
    if (APP_BEFORE.test(before) || APP_AFTER.test(text.slice(c.end, c.end + 4))) return true;
    return BOT_BEFORE.test(before) && !MODEL_WORDS.test(sentenceAt(text, c.start, c.end));
  };
  // Its sentence counts the app's users and speaks of no model.
  const usersOf = (c: Candidate) => {
    const s = sentenceAt(text, c.start, c.end);
    return USER_WORDS.test(s) && !MODEL_WORDS.test(s);
  };
  const introduced = new Map<string, string>();
  // Apps the page introduces, under any name of their model.
  const introducedApps = new Set<string>();
  for (const c of sel) {
    // The app's own name on the page (千問アプリ, Qwen App) introduces the bare name as it.
    if (appIds.has(c.rec.entityId)) {
      const base = APP_NAME.exec(norm.text.slice(c.ns, c.ne))?.[1];
      if (base && table.get(base) === c.rec.entityId) introduced.set(base, c.rec.entityId);
      if (base && table.get(base) === c.rec.entityId) introducedApps.add(c.rec.entityId);
      continue;
    }
    const app = appFor(c);
    if (!app) continue;
    if (saysApp(c)) {
      introduced.set(norm.text.slice(c.ns, c.ne), app);
      introducedApps.add(app);
    }
  }
  const throughout = !MODEL_WORDS.test(text);
  const out: Candidate[] = [];
  for (const c of sel) {
    const app = appFor(c);
    const prev = out[out.length - 1];
    // The name glossed in parentheses right after the app's mention (千問（Qwen）) is the app too.
    const glossed = !!app && prev?.rec.entityId === app && /^\s?[(（]$/.test(text.slice(prev.end, c.start));
    const introducedHere = !!app && (introduced.get(norm.text.slice(c.ns, c.ne)) === app || introducedApps.has(app)) && (throughout || saysApp(c));
    out.push(app && (glossed || introducedHere || saysApp(c) || usersOf(c)) ? { ...c, rec: { ...c.rec, entityId: app } } : c);
  }
  return out;
}
