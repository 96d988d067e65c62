// Whether an amount is a change or a loss: change words after it (63%増, 5890億ドル減少) or before it
// (同比增长, 同比减少约340亿, fell by), the basis of a percentage (yoy / qoq), and loss words around
// an amount of money (3691億円の赤字, a net loss of). A decrease or a loss makes the value negative.
// The words are the languages' sign tables (sign-words.ts).
import { BASIS_QOQ, BASIS_YOY, CHANGE_PREFIX, wordAt } from './units';
import {
  CHANGE_SUFFIX,
  isDecrease,
  LOSS_AFTER,
  LOSS_BEFORE,
  LOSS_WIDE_BEFORE,
  MONEY_CHANGE_SUFFIX,
  MONEY_DECREASE_BEFORE,
  VERB_OBJECT_BY,
  verbChange,
} from './sign-words';
import type { Draft } from './amount-unit';

/** A numeral (maybe after an approximation word) right after a change word: the change is its. */
const AMOUNT_NEXT = /^(?:了)?\s?(?:约|約|近|超|逾)?\s?[0-9０-９一二三四五六七八九十百千两兩]/;
/** After a percentage: a change word after its basis ("7% year-over-year decline"), or "down" / "up"
 *  after it ("ended 7.8 percent down", not a down payment). */
const EN_CHANGE_AFTER =
  /^\s((?:year|quarter)[-\s](?:on|over)[-\s](?:year|quarter)|yoy|y\/y|y-o-y|qoq|q\/q|annual|yearly|quarterly|sequential)\s(increase|rise|growth|gain|jump|decrease|decline|drop|fall|contraction)\b|^\s(down|up)\b(?![-\s]?(?:payment|front|to\b))/;

/** Basis words in the clause before (a..) and just after (..b) a percentage. */
function basisNear(s: string, lo: number, a: number, b: number): 'yoy' | 'qoq' | undefined {
  let before = s.slice(Math.max(lo, a - 24), a);
  const cut = Math.max(before.lastIndexOf('。'), before.lastIndexOf('\n'), before.lastIndexOf('. '));
  if (cut >= 0) before = before.slice(cut + 1);
  const after = s.slice(b, b + 30).split(/[。\n、,，]/)[0]!;
  const last = (re: RegExp, t: string) => {
    let at = -1;
    const g = new RegExp(re.source, 'g');
    for (let r = g.exec(t); r; r = g.exec(t)) at = r.index;
    return at;
  };
  const y = last(BASIS_YOY, before),
    q = last(BASIS_QOQ, before);
  if (y >= 0 || q >= 0) return q > y ? 'qoq' : 'yoy';
  if (BASIS_QOQ.test(after)) return 'qoq';
  if (BASIS_YOY.test(after)) return 'yoy';
  return undefined;
}

/** The change and basis the words around the draft give (`sign`: a minus or plus written before
 *  it); moves the draft's ends over the words read and signs its value. */
export function readChange(
  s: string,
  lo: number,
  sign: 'increase' | 'decrease' | undefined,
  d: Draft,
): { change?: 'increase' | 'decrease'; basis?: 'yoy' | 'qoq' } {
  let change = sign;
  let basis: 'yoy' | 'qoq' | undefined;
  if (d.kind === 'percent' || d.kind === 'money') {
    let ch = wordAt(s, d.k, d.kind === 'money' ? MONEY_CHANGE_SUFFIX : CHANGE_SUFFIX);
    // 比原计划的1.2亿美元减少3000万美元: the change word is the next amount's (a decrease of 3000万)
    if (ch && d.kind === 'money' && AMOUNT_NEXT.test(s.slice(d.k + ch[0].length, d.k + ch[0].length + 4))) ch = null;
    if (ch) {
      change = ch[1];
      d.k += ch[0].length;
    }
    // "a 7% year-over-year decline", "ended 7.8 percent down": English change words after a basis, or "down"
    const en = ch || d.kind !== 'percent' ? null : EN_CHANGE_AFTER.exec(s.slice(d.k, d.k + 40));
    if (en) {
      change ??= isDecrease(en[2] ?? en[3]!) ? 'decrease' : 'increase';
      if (en[1]) basis = /quarter|qoq|q\/q|sequential/.test(en[1]) ? 'qoq' : 'yoy';
      d.k += en[0].length;
    }
    const vob = d.kind === 'percent' && !change ? VERB_OBJECT_BY.exec(s.slice(Math.max(0, d.a - 64), d.a)) : null;
    if (vob && !/[.;:]/.test(vob[2]!)) {
      change = verbChange(vob[1]!);
      d.a -= vob[0].length;
    }
    const pre = CHANGE_PREFIX.exec(s.slice(Math.max(lo, d.a - 36), d.a));
    if (pre && d.kind === 'percent') {
      change ??= isDecrease(pre[0]) ? 'decrease' : 'increase';
      d.a -= pre[0].length;
      const b = pre[1] ?? pre[3];
      if (b) basis = /环|環|按季/.test(b) ? 'qoq' : 'yoy';
    }
    if (d.kind === 'percent') basis ??= basisNear(s, lo, d.a, d.k);
  }
  if (d.kind === 'money' && !change && MONEY_DECREASE_BEFORE.test(s.slice(Math.max(lo, d.a - 16), d.a))) change = 'decrease';
  if (d.kind === 'money' && !change) {
    // 3691億円の赤字, 净亏损50亿元, a net loss of RMB 5 billion: a loss is a negative amount
    const loss = LOSS_AFTER.exec(s.slice(d.k, d.k + 32));
    if (loss && !/^\s?[(（)）]/.test(loss[0])) d.k += loss[0].length;
    if (
      loss ||
      LOSS_BEFORE.test(s.slice(Math.max(lo, d.a - 24), d.a)) ||
      LOSS_WIDE_BEFORE.some(({ re, reach }) => re.test(s.slice(Math.max(0, d.a - reach), d.a)))
    )
      d.value = -Math.abs(d.value);
  }
  if (change === 'decrease') {
    d.value = -Math.abs(d.value);
    if (d.valueMax !== undefined) d.valueMax = -Math.abs(d.valueMax);
  }
  return { change, basis };
}
