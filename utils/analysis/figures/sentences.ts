// Sentences and paragraphs of the ORIGINAL text: sentences end at 。！？!? and newlines and at
// '. ' (a full stop before a space); paragraphs end at newlines.

/** Does text[k] end a sentence? */
export function endsSentence(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  if (c !== c) return true; // NaN: outside the text
  // 。！？!? \n \r
  if (c === 10 || c === 13) return !wrapped(text, k);
  if (c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 33 || c === 63) return true;
  return (
    c === 46 &&
    (k + 1 >= text.length || /\s/.test(text[k + 1]!)) &&
    !/^(?:u\.s|no|vs|mr|dr|inc|co|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/i.test(wordBefore(text, k))
  );
}

/** A line break inside an English sentence hard-wrapped with a space before it (a press release's
 *  "for the third \n      quarter of 2025"): the line goes on, unless a blank line follows. */
function wrapped(text: string, k: number): boolean {
  if (text[k - 1] !== ' ' || !/[A-Za-z0-9,]/.test(text[k - 2] ?? '')) return false;
  const rest = /^[ \t]*(\S)/.exec(text.slice(k + 1, k + 40));
  return (
    (!!rest && /[a-z0-9(]/.test(rest[1]!)) ||
    (!!rest && /[A-Z$]/.test(rest[1]!) && /\b(?:to|of|for|from|the|and|was|were|by|in|at|with|compared)\s$/i.test(text.slice(k - 14, k)))
  );
}

function wordBefore(text: string, k: number): string {
  let a = k;
  while (a > 0 && /[A-Za-z.]/.test(text[a - 1]!)) a--;
  return text.slice(a, k);
}

/** Longest sentence: longer runs without a terminator (tables, lists, hostile pages) are cut, so
 *  the per-sentence work of attach and checks stays linear in the article. */
export const MAX_SENTENCE = 1000;

/** Where to cut a too-long sentence [a, k): after the last space or comma of its last 100 chars,
 *  else at k (never between the two halves of a surrogate pair). */
function cutAt(text: string, a: number, k: number): number {
  for (let p = k - 1; p > a && p >= k - 100; p--) if (/[\s、，,]/.test(text[p]!)) return p + 1;
  const c = text.charCodeAt(k);
  return c >= 0xdc00 && c <= 0xdfff ? k + 1 : k;
}

export type Sentences = ReadonlyArray<readonly [number, number]>;

/** Start and end (exclusive, before the terminator) of every sentence, in order. The pipeline
 *  computes them once per text (AnalysisContext.sentences). */
export function sentences(text: string): Sentences {
  const out: Array<[number, number]> = [];
  let a = 0;
  for (let k = 0; k < text.length; k++) {
    if (!endsSentence(text, k)) {
      if (k - a >= MAX_SENTENCE) {
        const cut = cutAt(text, a, k);
        out.push([a, cut]);
        a = cut;
      }
      continue;
    }
    if (k > a) out.push([a, k]);
    a = k + 1;
  }
  if (a < text.length) out.push([a, text.length]);
  return out;
}

/** Index of the sentence holding offset x (binary search over `sentences(text)`). */
export function sentenceIndex(list: Sentences, x: number): number {
  let lo = 0;
  let hi = list.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (list[mid]![0] <= x) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Paragraph number of offset x: newlines before it. */
export function paragraphOf(text: string, x: number, cache: number[]): number {
  if (!cache.length) {
    for (let k = 0; k < text.length; k++) if (text[k] === '\n') cache.push(k);
    cache.push(Infinity);
  }
  let lo = 0;
  let hi = cache.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cache[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
