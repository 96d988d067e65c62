// Japanese morphological analysis (kuromoji, IPADIC) behind a small interface. Pure: the
// dictionary loader is injected (Node reads node_modules, the extension fetches /dict/).
// Never match KB names by token equality: IPADIC splits アリババ into アリ|ババ.
import { TokenizerBuilder, type IpadicFeatures } from '@patdx/kuromoji';
import { LOANWORDS } from './loanwords';
import { allKatakana } from './script';

export interface Token {
  surface: string;
  pos: string; // 名詞, 助詞...
  pos1: string; // 固有名詞, 一般, 接尾...
  pos2?: string; // 人名, 組織, 地域...
  pos3?: string; // 姓, 名...
  reading?: string; // katakana; absent for unknown words
  /** Neither in IPADIC nor a compound of dictionary words and common loanwords (see LOANWORDS). */
  unknown?: boolean;
  start: number; // UTF-16 offset in the text given to tokenize()
}

/** Loads one dictionary file by name (e.g. 'base.dat.gz'); returns its decompressed bytes. */
export interface DictLoader {
  loadArrayBuffer(file: string): Promise<ArrayBufferLike>;
}

export interface Tokenizer {
  tokenize(text: string): Token[];
}

/** Longest piece handed to kuromoji at once (its lattice grows with the sentence). */
const MAX_PIECE = 2000;

export async function createTokenizer(loader: DictLoader): Promise<Tokenizer> {
  const kuro = await new TokenizerBuilder({ loader }).build();
  const inDict = (w: string) => kuro.viterbi_builder.trie.contain(w);
  return {
    tokenize(text: string): Token[] {
      const out: Token[] = [];
      for (const [from, to] of pieces(text)) {
        const piece = text.slice(from, to);
        let cursor = 0;
        for (const f of kuro.tokenize(piece)) {
          const at = piece.indexOf(f.surface_form, cursor);
          if (at < 0) continue; // never seen; keep offsets honest rather than guess
          cursor = at + f.surface_form.length;
          const t = toToken(f, from + at);
          if (t.unknown && allKatakana(t.surface) && isCompound(t.surface, inDict)) asVocabulary(t);
          out.push(t);
        }
      }
      return out;
    },
  };
}

/** An unknown katakana word that is a compound of common words (コンピューティングパワー). */
function asVocabulary(t: Token): void {
  delete t.unknown;
  delete t.pos2;
  delete t.pos3;
  t.pos = '名詞';
  t.pos1 = '一般';
  t.reading = t.surface;
}

function toToken(f: IpadicFeatures, start: number): Token {
  const t: Token = { surface: f.surface_form, pos: f.pos, pos1: f.pos_detail_1, start };
  if (f.pos_detail_2 && f.pos_detail_2 !== '*') t.pos2 = f.pos_detail_2;
  if (f.pos_detail_3 && f.pos_detail_3 !== '*') t.pos3 = f.pos_detail_3;
  if (f.reading && f.reading !== '*') t.reading = f.reading;
  if (f.word_type === 'UNKNOWN') t.unknown = true;
  return t;
}

/**
 * True when a katakana word splits fully into loanwords and dictionary words (3+ chars, so
 * short fragments such as ウー / ザル do not make a name look like vocabulary).
 */
export function isCompound(word: string, inDict: (w: string) => boolean): boolean {
  const w = word.replace(/[・･·]/g, '');
  const ok: boolean[] = [true];
  for (let end = 1; end <= w.length; end++) {
    ok[end] = false;
    for (let start = end - 2; start >= 0 && !ok[end]; start--) {
      if (!ok[start]) continue;
      const piece = w.slice(start, end);
      ok[end] = LOANWORDS.has(piece) || (piece.length >= 3 && (inDict(piece) || (piece.endsWith('ー') && inDict(piece.slice(0, -1)))));
    }
  }
  return ok[w.length]!;
}

/**
 * Splits the text at line breaks (and long lines at 。/、/spaces) into [from, to) ranges,
 * skipping blank ones. Bounds the lattice size and keeps offsets exact.
 */
export function pieces(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let i = 0;
  while (i < text.length) {
    let nl = text.indexOf('\n', i);
    if (nl < 0) nl = text.length;
    let from = i;
    while (nl - from > MAX_PIECE) {
      const cut = cutPoint(text, from, from + MAX_PIECE);
      out.push([from, cut]);
      from = cut;
    }
    if (nl > from && /\S/.test(text.slice(from, nl))) out.push([from, nl]); // blank: skipped
    i = nl + 1;
  }
  return out;
}

function cutPoint(text: string, from: number, limit: number): number {
  for (let j = limit; j > from + MAX_PIECE / 2; j--) {
    const c = text[j - 1];
    if (c === '。' || c === '、' || c === ' ' || c === '.' || c === '，' || c === '！' || c === '？') return j;
  }
  // No break found: avoid splitting a surrogate pair.
  const c = text.charCodeAt(limit - 1);
  return c >= 0xd800 && c <= 0xdbff ? limit - 1 : limit;
}
