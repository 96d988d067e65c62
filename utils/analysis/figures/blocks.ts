// Context carried by a page's structure: a short heading line (■2025年7-9月期（アリババ）,
// "2024年7-9月期:") or a question (Q: アリババの7-9月期の売上高は？) gives its period, company
// and (for a question) its metric to the table rows, list items and answers under it, until the
// next heading or a line of running prose. One pass over the lines: linear in the article.
import type { PreparedKb } from '../prepared-kb';
import type { EntitySpan } from '../entities/find';
import type { Figure } from '../types';
import type { Sentences } from './sentences';
import type { Hit } from './choose-metric';
import { SUBJECT_TYPES } from './subject';

export interface Head {
  period?: Figure; // the heading's stated period
  subject?: string; // the one company, unit, product or model it names
  hits: Hit[]; // a question's metric keywords
}

const Q_LINE = /^(?:q|ｑ|問|質問|问|問題)\s?\d{0,2}\s?[:：.．、)）]/i;
const A_LINE = /^(?:a|ａ|答|回答|答え)\s?\d{0,2}\s?[:：.．、)）]/i;
const BULLET = /^(?:[・•●○◆◇■□▶►→＊*※\-–—]|\d{1,2}\s?[.)）]|[①-⑳])/;
const KEY_VALUE = /^[^。:：!?！？]{1,24}[:：]/;
const ENDS = /[。！？!?]|\.(?:\s|$)/;
const MAX_HEADING = 60;
const MAX_ROW = 80;

/** What is left of a heading line besides its period: marks, brackets and a results word only. */
const BARE_LABEL = /^[\s■□◆◇●○・▼▲◎★☆【[(（<〈]*(?:の)?(?:決算|業績|実績|通期|年間)?[\s】\])）>〉:：]*$/;
function bareLabel(rest: string): boolean {
  return BARE_LABEL.test(rest);
}

/** The heading context of each sentence (by index into `sents`), or undefined. */
export function blockHeads(
  text: string,
  sents: Sentences,
  figures: Figure[],
  mentions: EntitySpan[],
  hits: Hit[],
  kb: PreparedKb,
  stated: (f: Figure) => boolean,
): Array<Head | undefined> {
  const out: Array<Head | undefined> = Array.from({ length: sents.length }, () => undefined);
  let head: Head | undefined;
  // the heading just above is a bare period label (a "2018年度" line before each year's paragraph)
  let periodLine = false;
  let si = 0,
    fi = 0,
    mi = 0,
    hi = 0;
  for (let la = 0; la <= text.length;) {
    let lb = text.indexOf('\n', la);
    if (lb < 0) lb = text.length;
    const t = text.slice(la, lb).trim();
    // what the line holds
    let amounts = 0;
    let period: Figure | undefined;
    for (; fi < figures.length && figures[fi]!.start < lb; fi++) {
      const f = figures[fi]!;
      if (f.start < la) continue;
      if (f.kind === 'money' || f.kind === 'percent' || f.kind === 'count') amounts++;
      else if (f.kind === 'period' && f.period && stated(f)) period = f;
    }
    const ids = new Set<string>();
    for (; mi < mentions.length && mentions[mi]!.start < lb; mi++) {
      const m = mentions[mi]!;
      if (m.start >= la && SUBJECT_TYPES.has(kb.entities.get(m.entityId)?.type ?? '')) ids.add(m.entityId);
    }
    const lineHits: Hit[] = [];
    for (; hi < hits.length && hits[hi]!.a < lb; hi++) if (hits[hi]!.a >= la) lineHits.push(hits[hi]!);
    const subject = ids.size === 1 ? [...ids][0] : undefined;
    const question = Q_LINE.test(t);
    const heading = t.length > 0 && !amounts && (question || (t.length <= MAX_HEADING && !ENDS.test(t) && !!(period || subject)));
    // the line's own sentences take the context in force before it
    for (; si < sents.length && sents[si]![0] < lb; si++) out[si] = heading ? undefined : head;
    if (heading) {
      head = { period, subject, hits: question ? lineHits : [] };
      periodLine = !!period && !question && bareLabel(text.slice(la, period.start) + text.slice(period.end, lb));
    } else if (t && !(A_LINE.test(t) || BULLET.test(t) || KEY_VALUE.test(t) || (t.length <= MAX_ROW && !ENDS.test(t)))) {
      // running prose ends the block (its own sentences, already assigned, keep the heading only
      // when they are the answer or a row, or when the heading right above is a bare period label:
      // that line's prose is the period's paragraph)
      if (!(periodLine && head)) for (let k = si - 1; k >= 0 && sents[k]![0] >= la; k--) out[k] = undefined;
      head = undefined;
      periodLine = false;
    } else if (t) periodLine = false;
    la = lb + 1;
  }
  return out;
}
