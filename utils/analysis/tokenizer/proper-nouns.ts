// Proper-noun candidates the KB does not know: names of people, companies and products that a
// reader may want to look up or add. Built from kuromoji tokens with a few patterns, because
// IPADIC misses most Chinese and new names (蒋凡 → 蒋|凡 unknown, ディープシーク unknown). Pure.
import type { PreparedKb } from '../prepared-kb';
import type { ProperNoun } from '../types';
import type { Token } from './tokenizer';
import { insideKbName, knownToKb, namesContaining } from './kb-names';
import { allLoanwords } from './loanwords';
import { allKanji, allKatakana, hasKanji, isLatinName, nameKey } from './script';

export interface Span {
  start: number;
  end: number;
}

/** Words after a person's name (besides IPADIC's 名詞,接尾,人名 such as 氏 / さん). */
export const TITLES = new Set([
  '会長',
  '社長',
  '董事長',
  '総裁',
  '総経理',
  'CEO',
  'CFO',
  'CTO',
  'COO',
  '創業者',
  '首相',
  '主席',
  '大統領',
  '副会長',
  '副社長',
  '最高経営責任者',
]);
/** Words that end a Chinese company name (宇樹科技). */
export const ORG_TAILS = new Set(['科技', '集団', '集团', '集團', '控股']);
/** Katakana endings of common loanwords rather than names (ファインチューニング, イノベーション). */
const LOANWORD_ENDS = ['ング', 'ション', 'ズム', 'ティブ'];
/** Words IPADIC tags as proper nouns that news uses as common nouns (巨人 = "giant"). */
const PROPER_STOP = new Set(['自社', '巨人', '同社', '当社', '弊社', '各社', '両社', '他社', '本社']);
const MAX_RESULTS = 100;

interface Cand {
  from: number; // token index, inclusive
  to: number; // token index, exclusive
  person?: boolean;
  skip?: boolean; // consumed, but not a candidate
}

export function properNounCandidates(tokens: Token[], text: string, kb: PreparedKb, knownSpans: Span[]): ProperNoun[] {
  const keys = kb.nameKeys;
  const names = kb.rawNames;
  const longer = new Map<string, string[]>(); // surface → longer KB names containing it
  const found = new Map<string, { pn: ProperNoun; count: number }>();
  const spans = [...knownSpans].sort((a, b) => a.start - b.start);
  const maxLen = spans.reduce((m, s) => Math.max(m, s.end - s.start), 0);
  for (const c of findCandidates(tokens, text)) {
    if (c.skip) continue;
    const start = tokens[c.from]!.start;
    const last = tokens[c.to - 1]!;
    const end = last.start + last.surface.length;
    const surface = text.slice(start, end);
    if (surface.length < 2 || overlaps(start, end, spans, maxLen) || knownToKb(surface, keys)) continue;
    let within = longer.get(surface);
    if (!within) longer.set(surface, (within = namesContaining(surface, names)));
    if (within.length && insideKbName(text, start, end, within)) continue;
    const key = nameKey(surface);
    const seen = found.get(key);
    if (seen) {
      seen.count++;
      continue;
    }
    const pn: ProperNoun = { surface, start, end };
    const reading = hasKanji(surface) ? readingOf(tokens.slice(c.from, c.to), c.person) : undefined;
    if (reading) pn.reading = reading;
    found.set(key, { pn, count: 1 });
  }
  // Most frequent first, then in text order.
  return [...found.values()]
    .sort((a, b) => b.count - a.count || a.pn.start - b.pn.start)
    .slice(0, MAX_RESULTS)
    .map((f) => f.pn);
}

/**
 * Katakana reading of a token run, only when IPADIC knows every piece as a proper noun.
 * Person names need a surname of 2+ characters and a given name: for Chinese-style names
 * (張勇) IPADIC gives Japanese given-name readings (イサム, not ユウ), so they get none.
 */
export function readingOf(run: Token[], person?: boolean): string | undefined {
  // Person and organisation names only: IPADIC's readings of other proper nouns (Chinese
  // places such as 浦江) are often the Japanese kun reading.
  if (!run.length || !run.every((t) => t.reading && t.pos1 === '固有名詞' && (t.pos2 === '人名' || t.pos2 === '組織'))) return undefined;
  const parts = run.map((t) => t.reading!);
  if (person || run.some((t) => t.pos2 === '人名')) {
    const first = run[0]!;
    // Surname + given name: a lone surname-like word (浦江) is as often a place or a thing.
    if (first.pos3 !== '姓' || first.surface.length < 2 || run.length < 2 || !run.every((t) => t.pos2 === '人名')) return undefined;
    return parts[0] + '・' + parts.slice(1).join('');
  }
  return parts.join('');
}

function findCandidates(tokens: Token[], text: string): Cand[] {
  const out: Cand[] = [];
  let i = 0;
  while (i < tokens.length) {
    const c = kanjiPerson(tokens, i) ?? chineseOrg(tokens, i) ?? katakanaRun(tokens, i) ?? properRun(tokens, i) ?? latinRun(tokens, i, text);
    if (c) {
      out.push(c);
      i = c.to;
    } else i++;
  }
  return out;
}

const adjacent = (a: Token, b: Token) => a.start + a.surface.length === b.start;
const isNoun = (t: Token) => t.pos === '名詞';
const isProper = (t: Token) => isNoun(t) && t.pos1 === '固有名詞' && t.pos2 !== '地域';
/** A kanji piece that can be part of a name IPADIC does not know: unknown, or one character. */
const nameKanji = (t: Token, allowSuffix = false) =>
  isNoun(t) &&
  allKanji(t.surface) &&
  (t.unknown || t.pos1 === '一般' || t.pos1 === '固有名詞' || (allowSuffix && t.pos1 === '接尾' && t.pos2 === '一般')) &&
  (t.unknown || t.surface.length === 1 || (isProper(t) && t.surface.length <= 2));
const personAfter = (t: Token | undefined) => !!t && ((t.pos1 === '接尾' && t.pos2 === '人名') || TITLES.has(t.surface));

/** 張勇 / 梁文鋒 (IPADIC surname + pieces), or 2–4 kanji pieces followed by 氏 / CEO / 会長. */
function kanjiPerson(tokens: Token[], i: number): Cand | undefined {
  if (!nameKanji(tokens[i]!)) return undefined;
  let j = i;
  let len = 0;
  while (j < tokens.length && nameKanji(tokens[j]!) && len + tokens[j]!.surface.length <= 4 && (j === i || adjacent(tokens[j - 1]!, tokens[j]!))) {
    len += tokens[j]!.surface.length;
    j++;
  }
  if (len < 2) return undefined;
  const next = tokens[j];
  const nextJoined = next && adjacent(tokens[j - 1]!, next);
  if (nextJoined && personAfter(next)) return { from: i, to: j, person: true };
  const surname = tokens[i]!.pos2 === '人名' && tokens[i]!.pos3 === '姓';
  // A surname-led run counts only when it ends at a word boundary (not inside a compound).
  if (surname && j - i > 1 && !(nextJoined && isNoun(next) && allKanji(next.surface))) return { from: i, to: j, person: true };
  return undefined;
}

/** 宇樹科技: up to 4 kanji name pieces then 科技 / 集団 / 控股. */
function chineseOrg(tokens: Token[], i: number): Cand | undefined {
  let j = i;
  let len = 0;
  while (j < tokens.length && nameKanji(tokens[j]!, j > i) && len < 4 && (j === i || adjacent(tokens[j - 1]!, tokens[j]!))) {
    len += tokens[j]!.surface.length;
    j++;
  }
  const tail = tokens[j];
  if (len < 1 || len > 4 || !tail || !ORG_TAILS.has(tail.surface) || !adjacent(tokens[j - 1]!, tail)) return undefined;
  return { from: i, to: j + 1 };
}

/** Adjacent katakana tokens (with ・) where at least one is unknown to IPADIC or a proper noun. */
function katakanaRun(tokens: Token[], i: number): Cand | undefined {
  if (!isKataWord(tokens[i]!)) return undefined;
  let j = i + 1;
  while (j < tokens.length && adjacent(tokens[j - 1]!, tokens[j]!) && (isKataWord(tokens[j]!) || isDotBetween(tokens, j))) j++;
  const run = tokens.slice(i, j);
  const named = run.some((t) => t.unknown || t.pos1 === '固有名詞');
  if (!named) return skipRun(i, j);
  const surface = run.map((t) => t.surface).join('');
  if (run.length === 1 && run[0]!.unknown && LOANWORD_ENDS.some((e) => surface.endsWith(e))) return skipRun(i, j);
  if (allLoanwords(surface)) return skipRun(i, j); // クラ|ウド is クラウド
  if (run.every((t) => t.pos2 === '地域')) return skipRun(i, j);
  return { from: i, to: j };
}

/** A consumed run that is not a candidate (so its tail is not re-read as a new run). */
function skipRun(from: number, to: number): Cand {
  return { from, to, skip: true };
}

const isKataWord = (t: Token) => isNoun(t) && allKatakana(t.surface) && t.pos1 !== '接尾';
const isDotBetween = (tokens: Token[], j: number) =>
  /^[・･·]$/.test(tokens[j]!.surface) && !!tokens[j + 1] && isKataWord(tokens[j + 1]!) && adjacent(tokens[j]!, tokens[j + 1]!);

/** IPADIC proper nouns (組織 / 人名 / 一般; not places), joined when adjacent: 日本経済新聞. */
function properRun(tokens: Token[], i: number): Cand | undefined {
  if (!isProper(tokens[i]!) || isLatinToken(tokens[i]!)) return undefined;
  let j = i + 1;
  while (j < tokens.length && adjacent(tokens[j - 1]!, tokens[j]!) && isProper(tokens[j]!) && !isLatinToken(tokens[j]!)) j++;
  const run = tokens.slice(i, j);
  if (run.length === 1 && PROPER_STOP.has(run[0]!.surface)) return skipRun(i, j);
  // Lone given names / surnames are too weak on their own (勇, 張).
  if (run.every((t) => t.pos2 === '人名') && run.map((t) => t.surface).join('').length < 2) return skipRun(i, j);
  return { from: i, to: j };
}

const isLatinToken = (t: Token) => /^[A-Za-z0-9]/.test(t.surface);

/** DeepSeek, ByteDance, "Moonshot AI": a capitalised Latin word, plus following capitalised words. */
function latinRun(tokens: Token[], i: number, text: string): Cand | undefined {
  if (!isLatinName(tokens[i]!.surface)) return undefined;
  const at = tokens[i]!.start;
  const before = latinWordBefore(text, at);
  // Not the tail of a longer Latin name (Qwen2.5-Max, Gemini 2.5 Pro, Alibaba Cloud).
  if (/[A-Za-z0-9._-]/.test(text[at - 1] ?? '') || /^[A-Z0-9]|\d$/.test(before)) return undefined;
  let j = i + 1;
  while (
    j + 1 < tokens.length &&
    tokens[j]!.surface === ' ' &&
    adjacent(tokens[j - 1]!, tokens[j]!) &&
    adjacent(tokens[j]!, tokens[j + 1]!) &&
    /^[A-Z][A-Za-z0-9]*$/.test(tokens[j + 1]!.surface)
  )
    j += 2;
  // Inside running English text, one capitalised word is as often a sentence start or a
  // heading word: keep only names with an inner capital (OpenAI, ByteDance) or several words.
  const t = tokens[i]!;
  const inEnglish = before !== '' || /^ [a-z]/.test(text.slice(t.start + t.surface.length, t.start + t.surface.length + 2));
  if (inEnglish && j === i + 1 && !/[a-z][A-Z]/.test(t.surface)) return undefined;
  return { from: i, to: j };
}

/** The Latin word (letters, digits, dots) right before `at` and one space, or ''. */
function latinWordBefore(text: string, at: number): string {
  if (text[at - 1] !== ' ') return '';
  let k = at - 1;
  while (k > 0 && /[A-Za-z0-9.,]/.test(text[k - 1]!)) k--;
  return text.slice(k, at - 1);
}

/** Any span overlapping [start, end)? spans sorted by start; maxLen bounds how far back to look. */
function overlaps(start: number, end: number, spans: Span[], maxLen: number): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start < end) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0 && spans[i]!.start > start - maxLen; i--) if (spans[i]!.end > start) return true;
  return false;
}
