// The scan that finds metric keywords (from the vocabulary) in normalised text. 'other' keywords
// block a generic one (売上総利益 is not 売上, 投資家 is not 投資).
import { METRICS, METRIC_DEFS, MONEY_METRICS, type Metric } from '../vocabulary/metrics';

export interface MetricHit {
  a: number; // normalised offsets
  b: number;
  metric: Metric;
  kw: string;
}

const KW = new Map<string, Metric>();
for (const m of METRICS) for (const w of METRIC_DEFS[m].words ?? []) if (!KW.has(w)) KW.set(w, m);

// Keywords by first character, longest first; English ones need a word edge on both sides.
const BY_FIRST = new Map<number, string[]>();
const FIRST = new Uint8Array(65536);
for (const w of [...KW.keys()].sort((a, b) => b.length - a.length)) {
  const c = w.charCodeAt(0);
  FIRST[c] = 1;
  (BY_FIRST.get(c) ?? BY_FIRST.set(c, []).get(c)!).push(w);
}
const isLower = (c: number) => c >= 97 && c <= 122;

/** Every metric keyword in normalised text s, in order: at each place the longest keyword that
 *  fits, then on after it (the leftmost-longest, non-overlapping hits). */
export function metricHits(s: string): MetricHit[] {
  const out: MetricHit[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!FIRST[c]) continue;
    if (isLower(c) && isLower(s.charCodeAt(i - 1))) continue; // inside an English word
    for (const w of BY_FIRST.get(c)!) {
      if (!s.startsWith(w, i) || (isLower(c) && isLower(s.charCodeAt(i + w.length)))) continue;
      out.push({ a: i, b: i + w.length, metric: KW.get(w)!, kw: w });
      i += w.length - 1;
      break;
    }
  }
  return out;
}

/** Words of money talk, for a bare 380億 (no currency) to count as an amount. */
export function isMoneyMetric(m: Metric): boolean {
  return MONEY_METRICS.has(m) && m !== 'other' && m !== 'share_price';
}

/** Several years of spending named in a sentence (3年間, 3カ年, three years, 三年): plan talk. */
export const MULTI_YEAR =
  /(?:[2-9２-９二三四五十]|10)\s?(?:年間|カ年|ヶ年|か年|年で|年に)|三年|(?:two|three|four|five|ten)[-\s]year|(?:two|three|four|five|ten)\syears|[2-9]\syears/;
