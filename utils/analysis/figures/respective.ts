// Amounts listed with "respectively": 百度2023年至2025年资本支出分别为112亿元、81亿元和121亿元, "RMB 10
// billion and RMB 12 billion in 2024 and 2025, respectively". The amounts take the periods listed,
// in order, when the counts agree (a year range 2023年至2025年 lists each of its years).
import type { Period } from '../kb/types';
import type { Figure } from '../types';
import { monthSpan } from './periods';
import type { Sentences } from './sentences';

const CJK_WORD = /分别|分別|それぞれ/g;
const EN_WORD = /\brespectively\b/gi;
const RANGE_GAP = /^\s?(?:至|到|〜|~|-|–|から|to|through)\s?$/;

const isTime = (f: Figure) => (f.kind === 'date' || f.kind === 'period') && !!f.period;
const isAmount = (f: Figure) => f.kind === 'money' || f.kind === 'percent';

/** The years y1..y2 of a range written as two calendar years (2023年至2025年), else undefined. */
function yearRange(a: Figure, b: Figure, text: string): Period[] | undefined {
  if (!RANGE_GAP.test(text.slice(a.end, b.start)) || monthSpan(a.period!) !== 12 || monthSpan(b.period!) !== 12) return undefined;
  const y1 = Number(a.period!.start.slice(0, 4));
  const y2 = Number(b.period!.start.slice(0, 4));
  if (!(y2 > y1 && y2 - y1 <= 10) || a.period!.start.slice(4) !== b.period!.start.slice(4)) return undefined;
  const out: Period[] = [];
  for (let y = y1; y <= y2; y++)
    out.push({
      start: `${y}${a.period!.start.slice(4)}`,
      end: `${y + (a.period!.end.slice(0, 4) === a.period!.start.slice(0, 4) ? 0 : 1)}${a.period!.end.slice(4)}`,
      label: String(y),
    });
  return out;
}

/** The period each listed amount takes, by figure. */
export function respectivePeriods(text: string, figures: Figure[], sents: Sentences, sentOf: (x: number) => number): Map<Figure, Period> {
  const out = new Map<Figure, Period>();
  const words = [...text.matchAll(CJK_WORD)]
    .map((r) => ({ at: r.index!, cjk: true }))
    .concat([...text.matchAll(EN_WORD)].map((r) => ({ at: r.index!, cjk: false })));
  for (const w of words) {
    const [sa, end] = sents[sentOf(w.at)] ?? [0, text.length];
    const semi = text.slice(w.at, end).search(/[;；]/); // a list ends its clause
    const sb = w.cjk && semi >= 0 ? w.at + semi : end;
    const inSent = figures.filter((f) => f.start >= sa && f.end <= sb + 1);
    const times = inSent.filter((f) => isTime(f) && (!w.cjk || f.end <= w.at));
    const amounts = inSent.filter(
      (f) =>
        isAmount(f) && (!w.cjk || f.start >= w.at) && !/^\s?[)）]/.test(text.slice(f.end, f.end + 1)) && !/[(（]\s?$/.test(text.slice(f.start - 2, f.start)),
    );
    const periods = times.length === 2 ? (yearRange(times[0]!, times[1]!, text) ?? times.map((t) => t.period!)) : times.map((t) => t.period!);
    if (periods.length < 2 || amounts.length !== periods.length) continue;
    amounts.forEach((f, k) => out.set(f, periods[k]!));
  }
  return out;
}
