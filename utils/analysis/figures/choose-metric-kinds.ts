// Line items a figure's own shape decides: a share's price (収报138.5港元, per share) and the metric of a
// count (users, downloads, derivative models) from its unit and the keyword next to it.
import type { Metric } from '../kb/types';
import type { Figure } from '../types';
import type { Hit } from './choose-metric';
import { isCountUnit } from '../vocabulary/units';
import { clauseBefore } from './clauses';
import { COUNT_METRIC } from '../vocabulary/metrics';

const PRICE_BEFORE =
  /(?:股价|股價|株価|終値|始値|収盤|收报|收報|报收|報收|收于|收於|收市报|每股|港股|美股|1株|一株|株は|株が|closed at|traded at|trading at|shares? (?:rose|fell|jumped|climbed|dropped|slid|gained|lost|closed|ended|traded)\b[^,.;]{0,24}?\bto|per share)\s?(?:は|为|為|at|of|to|で)?\s?(?:約|约|about|around)?\s?[^、，,。]{0,8}$/i;
const PRICE_AFTER = /^\s?(?:\/股|\/株|每股|per share|a share|apiece|per ads|an ads)/i;
const TARGET = /目標|目标|目標價|target/i;
/** Earnings per share (每股收益 2.55元, 1株当たり利益): an amount per share that is no price. */
const EARNINGS = /每股(?:美[国國]存[托託]股|ads)?(?:基本|攤薄|摊薄)?(?:收益|盈利|盈餘|盈余)|[1一]株(?:当たり)?(?:純)?利益|earnings per|\beps\b/i;

/** A share's price (収报138.5港元, HK$138.5 per share, 株価は138.5香港ドル): never a turnover or revenue. */
export function sharePrice(f: Figure, text: string): boolean {
  if (f.value >= 1e4 || f.valueMax !== undefined) return false;
  const before = clauseBefore(text, f.start);
  if (TARGET.test(before) || EARNINGS.test(before)) return false;
  return PRICE_AFTER.test(text.slice(f.end, f.end + 10)) || PRICE_BEFORE.test(before) || /^\s?(?:报|報)\s?$/.test(before);
}

export function countMetric(f: Figure, hits: Hit[], end: number, text: string): Metric | undefined {
  const s = f.surface.toLowerCase();
  if (f.unit === 'models') return /派生|衍生|derivative/.test(s) || near(hits, f, end, 'derivative_models', text) ? 'derivative_models' : undefined;
  if (f.unit === 'users')
    return /ユーザー|利用者|会員|用户|用戶|user|member/.test(s) || near(hits, f, end, 'users', text) || f.value >= 1e6 ? 'users' : undefined;
  if (f.unit === 'count') return /ダウンロード|download|下载|下載/.test(s) || near(hits, f, end, 'downloads', text) ? 'downloads' : undefined;
  const u = String(f.unit);
  return isCountUnit(u) ? COUNT_METRIC[u] : undefined;
}

/** The keyword right before (ダウンロード数は4億回; not across a 、 to the next item) or right after. */
function near(hits: Hit[], f: Figure, end: number, m: Metric, text: string): boolean {
  return hits.some(
    (h) => h.metric === m && ((h.b <= f.start && f.start - h.b <= 12 && !/[、,，;；]/.test(text.slice(h.b, f.start))) || (h.a >= end && h.a - end <= 8)),
  );
}
