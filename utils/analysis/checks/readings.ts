// The ways a figure can be read. Two shapes leave the value or the currency open, and a check must
// not flag a figure for what may be its own misreading:
// - a middle-dot decimal (3・5兆円 is 3.5兆, not 35兆) that the number grammar read as one number;
// - ¥ / ￥ alone outside Japanese text: yuan in Chinese and English text about China, or yen.
// A figure is consistent when one reading is, and flagged only when every reading is wrong.
import type { Figure } from '../types';

export interface Reading {
  value: number;
  valueMax?: number;
  unit: string;
  /** How this reading differs from the figure as the grammar read it. */
  how?: 'middle-dot-decimal' | 'yen-sign-other-currency';
}

const MIDDLE_DOT = /(\d+)[・･·](\d+)\s?(兆|億|亿|万|萬|千|trillion|billion|bn|million|mn)?/i;
const MULTIPLIER: Record<string, number> = {
  兆: 1e12,
  億: 1e8,
  亿: 1e8,
  万: 1e4,
  萬: 1e4,
  千: 1e3,
  trillion: 1e12,
  billion: 1e9,
  bn: 1e9,
  million: 1e6,
  mn: 1e6,
};
const YEN_SIGN = /[¥￥]/;
const NAMES_CURRENCY = /円|元|yen|yuan|jpy|cny|rmb|人民/i;

/** ¥ with no currency word: yen or yuan, decided from the text around it (inferred, not stated). */
export const yenSignOnly = (surface: string): boolean => YEN_SIGN.test(surface) && !NAMES_CURRENCY.test(surface);

const KANA = /[\u3041-\u30ff]/;

/** The figure as read, then the other readings its surface allows; `sentence`: its sentence (¥ is
 *  yen, not open, in Japanese text). */
export function readings(f: Figure, sentence = ''): Reading[] {
  const out: Reading[] = [{ value: f.value, valueMax: f.valueMax, unit: String(f.unit) }];
  const dot = MIDDLE_DOT.exec(f.surface);
  if (dot) {
    const asOne = Number(dot[1]! + dot[2]!);
    const asDecimal = Number(`${dot[1]}.${dot[2]}`);
    const mult = MULTIPLIER[(dot[3] ?? '').toLowerCase()] ?? 1;
    // the grammar read the digits as one number (7・9兆 as 79兆): the decimal reading is smaller
    if (near(f.value, asOne * mult) && asOne !== asDecimal) {
      const k = asDecimal / asOne;
      out.push({ value: f.value * k, valueMax: f.valueMax !== undefined ? f.valueMax * k : undefined, unit: String(f.unit), how: 'middle-dot-decimal' });
    }
  }
  if (f.kind === 'money' && YEN_SIGN.test(f.surface) && !NAMES_CURRENCY.test(f.surface) && !KANA.test(sentence) && (f.unit === 'JPY' || f.unit === 'CNY')) {
    const other = f.unit === 'JPY' ? 'CNY' : 'JPY';
    out.push(...out.map((r): Reading => ({ ...r, unit: other, how: r.how ?? 'yen-sign-other-currency' })));
  }
  return out;
}

const near = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** The figure with a reading's value and unit. */
export function asRead(f: Figure, r: Reading): Figure {
  if (r.value === f.value && r.unit === f.unit && r.valueMax === f.valueMax) return f;
  return { ...f, value: r.value, valueMax: r.valueMax, unit: r.unit };
}
