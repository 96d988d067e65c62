// A model family's name that a page introduces as an app (AIアプリ「Qwen」, 应用「千问」): that mention is
// the app the KB lists under the name plus "アプリ"/"App" (Qwenアプリ → qwen-app). A page that says so,
// or names the app itself (千問アプリ), and never speaks of models (no モデル, 模型, model, LLM anywhere)
// uses the bare name for the app throughout. The name glossed in parentheses right after the app's
// mention (千問（Qwen）) is the app too.
import type { PreparedKb } from '../prepared-kb';
import { normalizeKey, type Normalized } from '../text/normalize';
import type { Candidate } from './candidates';

const APP_NAME = /^(.+?)\s?(?:アプリ|app|App|APP)$/;
// The category word and an opening quote right before the name.
const APP_BEFORE = /(?:アプリ|App|APP|app|应用|應用)\s?[「『“"]$/;
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
export function appSense(sel: Candidate[], norm: Normalized, text: string, kb: PreparedKb): Candidate[] {
  const table = apps(kb);
  const appIds = new Set(table.values());
  const appFor = (c: Candidate) => (kb.entities.get(c.rec.entityId)?.type === 'model' ? table.get(norm.text.slice(c.ns, c.ne)) : undefined);
  const introduced = new Map<string, string>();
  for (const c of sel) {
    // The app's own name on the page (千問アプリ, Qwen App) introduces the bare name as it.
    if (appIds.has(c.rec.entityId)) {
      const base = APP_NAME.exec(norm.text.slice(c.ns, c.ne))?.[1];
      if (base && table.get(base) === c.rec.entityId) introduced.set(base, c.rec.entityId);
      continue;
    }
    const app = appFor(c);
    if (!app) continue;
    if (APP_BEFORE.test(text.slice(Math.max(0, c.start - 6), c.start))) introduced.set(norm.text.slice(c.ns, c.ne), app);
  }
  const throughout = !MODEL_WORDS.test(text);
  const out: Candidate[] = [];
  for (const c of sel) {
    const app = appFor(c);
    const prev = out[out.length - 1];
    // The name glossed in parentheses right after the app's mention (千問（Qwen）) is the app too.
    const glossed = !!app && prev?.rec.entityId === app && /^\s?[(（]$/.test(text.slice(prev.end, c.start));
    const introducedHere =
      !!app && introduced.get(norm.text.slice(c.ns, c.ne)) === app && (throughout || APP_BEFORE.test(text.slice(Math.max(0, c.start - 6), c.start)));
    out.push(app && (glossed || introducedHere) ? { ...c, rec: { ...c.rec, entityId: app } } : c);
  }
  return out;
}
