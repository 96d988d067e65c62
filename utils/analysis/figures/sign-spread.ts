// Signs that carry from one figure to the next: a change word shared along a list of percentages
// (分别下挫14.4%和23.3%, 前四半期比2ポイント、前年比8ポイント低下), and for money: a loss's conversion in brackets
// ("a loss of 20.6 billion yuan ($2.89 billion)", 淨虧損112億元 (約503億台幣)) is the same loss, and
// the earlier level a loss moved from ("net loss widened to CNY16.6 billion ... from CNY583 million")
// is a loss too. Works on normalised text, after the amounts are read.

import { LOSS_FROM_BEFORE } from './sign-words';

interface SignedAmount {
  a: number;
  b: number;
  kind: string;
  value: number;
  unit?: string;
  change?: 'increase' | 'decrease';
  bare?: boolean;
  malformed?: boolean;
}

/** Any figure of the list being read (dates and periods break a list of percentages). */
interface ListItem {
  a: number;
  b: number;
  kind: string;
  value?: number;
  unit?: string;
  change?: 'increase' | 'decrease';
}

/** An opening bracket, maybe a space, and nothing else between an amount and its conversion. */
const OPEN_BETWEEN = /^\s?[(（]\s?$/;
const CLOSE_AFTER = /^\s?[)）]/;
/** How far back (in characters, one clause) the loss a "from" amount belongs to may be. */
const FROM_REACH = 160;

const isMoney = (r: SignedAmount) => r.kind === 'money' && !r.bare && !r.malformed && !!r.unit && !Number.isNaN(r.value);

/** Spreads the sign of a negative amount to its bracketed conversion and to the "from" level of a
 *  loss, left to right (so a conversion of that level is signed too). */
export function spreadSigns(s: string, raws: SignedAmount[]): void {
  let prev: SignedAmount | undefined; // the last amount of money
  for (const r of raws) {
    if (r.kind !== 'money') continue;
    if (prev && isMoney(r) && isMoney(prev) && prev.value < 0 && r.value > 0 && !r.change) {
      const conversion = OPEN_BETWEEN.test(s.slice(prev.b, r.a)) && CLOSE_AFTER.test(s.slice(r.b, r.b + 3));
      // (a decrease's "from" is a level, not a loss: only a loss, written without a change word)
      const lossFrom =
        !prev.change && LOSS_FROM_BEFORE.test(s.slice(Math.max(0, r.a - 6), r.a)) && r.a - prev.b <= FROM_REACH && !/[。\n]/.test(s.slice(prev.b, r.a));
      if (conversion || lossFrom) {
        r.value = -r.value;
        if (conversion && prev.change) r.change = prev.change;
      }
    }
    prev = r;
  }
}

/** Only a growth basis between two percentages of a list: 前四半期比2ポイント、前年比8ポイント低下. */
const LIST_GAP =
  /^\s?(?:[、,，]\s?(?:and\s)?|和|与|與|及|以及|と|や|\sand\s|,?\s(?:and\s)?(?:[a-z'’-]+\s){1,3}by\s)\s?(?:前年同期比|前年同月比|前年比|前期比|前四半期比|同比|环比|環比|按年|按季|year[-\s]on[-\s]year|year[-\s]over[-\s]year|y\/y)?\s?$/;

/** A list of changes sharing one verb: at its end, the earlier items take the last one's change
 *  (前四半期比2ポイント、前年比8ポイント低下); at its start, the later items take the first one's
 *  (分别下挫14.4%和23.3%, cuts of 25%, 23% and 20%, slash capex by 22%, Russian firms by 19%). */
export function shareChange(s: string, raws: ListItem[]) {
  const share = (from: ListItem, to: ListItem) => {
    if (from.kind !== 'percent' || to.kind !== 'percent' || to.change || !from.change || from.unit !== to.unit) return;
    if (!LIST_GAP.test(s.slice(Math.min(from.b, to.b), Math.max(from.a, to.a)))) return;
    to.change = from.change;
    if (from.change === 'decrease') to.value = -Math.abs(to.value!);
  };
  for (let k = raws.length - 2; k >= 0; k--) share(raws[k + 1]!, raws[k]!);
  for (let k = 1; k < raws.length; k++) share(raws[k - 1]!, raws[k]!);
}
