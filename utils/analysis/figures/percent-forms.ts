// Percentages written without a % sign: 8割 (80%), 5割半 (55%), 3割8分7厘 (38.7%), 8割引 (a price at
// 20%), 四成 / 9.5成 (40%, 95%), 七五折 / 九折 (a price at 75%, 90%), spaced パ ー セ ン ト, and
// fractions (百分之二十 = 20%, 千分之三 = 0.3%, 三分之二 = 66.67%). Works on normalised text.
import type { NumberToken } from './whole-number';
import { PERCENT_AFTER, type PercentUnit } from '../vocabulary/units';
import { wordAt } from './units';

export interface PercentForm {
  value: number;
  end: number;
  unit: PercentUnit;
}

/** パーセント and 个百分点 written with spaces between the characters. */
const SPACED_PERCENT = /^パ ?ー ?セ ?ン ?ト/;
const SPACED_POINTS = /^(?:[个個] ?)?百 ?分 ?[点點]/;
/** 成 starts many words (成为, 成本, 成長): not a tenth there. */
const NOT_TENTHS = /^成[为為立功本交长長绩績果员員熟型分就像]/;

/** One digit after 成 that is the ones of the percentage, not the start of another number or word. */
const ONES_AFTER_TENTHS = /^[一二三四五六七八九1-9](?![0-9〇零一二三四五六七八九十百千万萬亿億兆点點.%成倍个個年月日号號季期人家次位手线線代]|$)/;
/** A percent or point word at k (one space allowed before a Latin one): [end, unit]. */
export function percentWordAt(s: string, k: number): [number, PercentUnit] | null {
  const at = s[k] === ' ' && /^[a-zパ个個百]/.test(s[k + 1] ?? '') ? k + 1 : k;
  const w = wordAt(s, at, PERCENT_AFTER);
  if (w) return [at + w[0].length, w[1]];
  const sp = SPACED_PERCENT.exec(s.slice(at, at + 12));
  if (sp) return [at + sp[0].length, 'percent'];
  const pp = SPACED_POINTS.exec(s.slice(at, at + 10));
  if (pp) return [at + pp[0].length, 'pt'];
  return null;
}

/** 割 / 成 / 折 after the numeral (ending at k), with their halves and parts. */
export function tenthsAt(s: string, k: number, num: NumberToken, value: number): PercentForm | null {
  if (num.big || value > 100) return null;
  const at = s[k] === ' ' && /[割成折]/.test(s[k + 1] ?? '') ? k + 1 : k;
  const ch = s[at];
  if (ch === '割' && value <= 10) {
    let v = value * 10;
    let end = at + 1;
    if (s[end] === '半') {
      v += 5;
      end++;
    } else {
      // 3割8分7厘
      const parts = /^([0-9一二三四五六七八九])分(?:([0-9一二三四五六七八九])厘)?/.exec(s.slice(end, end + 5));
      if (parts) {
        v += digit(parts[1]!) + (parts[2] ? digit(parts[2]) / 10 : 0);
        end += parts[0].length;
      }
    }
    // 8割引(き): the price after the discount
    const off = /^割?引き?/.exec(s.slice(end, end + 3));
    if (s.startsWith('引', end)) {
      v = 100 - v;
      end += off![0].length;
    }
    return { value: round2(v), end, unit: 'percent' };
  }
  if (ch === '成' && value <= 10 && !NOT_TENTHS.test(s.slice(at, at + 2))) {
    let v = value * 10;
    let end = at + 1;
    if (s[end] === '半') {
      v += 5;
      end++;
    } else if (Number.isInteger(value) && ONES_AFTER_TENTHS.test(s.slice(end, end + 2))) {
      // 四成八 (48%), 三成九: the ones digit written after 成 (not 三成二季度, 七成3倍)
      v += digit(s[end]!);
      end++;
    }
    return { value: round2(v), end, unit: 'percent' };
  }
  if (ch === '折' && value > 0) {
    // 九折 = 90%, 七五折 = 75%, 9.9折 = 99%
    const v = value < 10 ? value * 10 : value;
    return v <= 100 ? { value: round2(v), end: at + 1, unit: 'percent' } : null;
  }
  return null;
}

/** 一半 (half): 50%. */
export const HALF = '一半';

/** A fraction numeral as a percentage: 百分之二十 = 20, 千分之三 = 0.3, 三分之二 = 66.67. */
export function fractionPercent(num: NumberToken): number | null {
  if (!num.den) return null;
  const pct = num.value * 100;
  if ([100, 1000, 1e4, 1e6, 1e7, 1e8].includes(num.den)) return Number(pct.toPrecision(12));
  return pct <= 100 ? round2(pct) : null;
}

const digit = (c: string) => ('0123456789'.includes(c) ? Number(c) : '一二三四五六七八九'.indexOf(c) + 1);
const round2 = (v: number) => Math.round(v * 100) / 100;
