// A long page's text is sent for analysis in pieces (the first one decides relevance, the rest
// follow one message at a time), not as one message of up to 2 MB: each message, its structured
// clone and its analysis stay short tasks. Pieces are cut at a line break between two text
// nodes, so they join back ('\n') into exactly the collected text, at the same offsets.
import type { Segment } from '../../utils/dom/collect';

/** Characters per piece (about 60 screens of article text). */
export const PIECE_CHARS = 120_000;

export interface Piece {
  text: string;
  segments: Segment[];
}

export function pieces(text: string, segments: Segment[], max = PIECE_CHARS): Piece[] {
  if (text.length <= max) return [{ text, segments }];
  const out: Piece[] = [];
  let from = 0; // text offset where the current piece starts
  let seg = 0; // first segment of the current piece
  for (let k = 0; k < segments.length; k++) {
    const gapAt = segments[k]!.end; // text between this segment and the next
    const next = segments[k + 1]?.start ?? text.length;
    if (gapAt - from < max || next === text.length) continue;
    const nl = text.indexOf('\n', gapAt);
    if (nl < 0 || nl >= next) continue; // no line break between the two nodes
    out.push({ text: text.slice(from, nl), segments: rebase(segments.slice(seg, k + 1), from) });
    from = nl + 1;
    seg = k + 1;
  }
  out.push({ text: text.slice(from), segments: rebase(segments.slice(seg), from) });
  return out;
}

function rebase(segs: Segment[], by: number): Segment[] {
  return by ? segs.map((s) => ({ node: s.node, start: s.start - by, end: s.end - by })) : segs;
}
