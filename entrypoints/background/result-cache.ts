// Analyses of text seen a moment ago, by a hash of the text and everything else the analysis reads
// (title, language, date, the reader's own aliases, the KB). A page that rewrites its URL in a loop
// (pushState every second on a long article) or sends the same piece again gets the same result
// without analysing the text again, so it no longer slows every other tab. Pure: no browser API.
import type { AnalysisResult } from '../../utils/analysis/types';

const MAX_ENTRIES = 16;

/** Two 32-bit FNV-1a hashes (different seeds) and the length: collisions are not a practical concern. */
export function textHash(s: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 13);
  }
  return `${s.length.toString(36)}.${(a >>> 0).toString(36)}.${(b >>> 0).toString(36)}`;
}

export class ResultCache {
  private entries = new Map<string, AnalysisResult>();

  static key(parts: { text: string; title?: string; lang?: string; date?: string; url: string }, extra: string): string {
    // The URL's host decides site-specific rules; its path does not (a pushState loop changes it).
    let host = '';
    try {
      host = new URL(parts.url).host;
    } catch {
      // not a URL: no host
    }
    return [textHash(parts.text), parts.title ?? '', parts.lang ?? '', parts.date ?? '', host, extra].join('|');
  }

  /** A copy of the cached result (callers add notes to what they get). */
  get(key: string): AnalysisResult | undefined {
    const hit = this.entries.get(key);
    if (!hit) return undefined;
    this.entries.delete(key); // most recently used last
    this.entries.set(key, hit);
    return structuredClone(hit);
  }

  set(key: string, result: AnalysisResult): void {
    this.entries.delete(key);
    this.entries.set(key, structuredClone(result));
    while (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
  }

  clear(): void {
    this.entries.clear();
  }
}
