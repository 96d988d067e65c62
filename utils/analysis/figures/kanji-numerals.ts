// Kanji numerals below 万 (三千八百, 二十, 十, 壹佰伍拾), with 零 as a place holder (一千零一), the
// spoken short form (二百五 = 250, 两千四百五 = 2450), spaced parts (一百 五 十 二), positional digits
// (二〇二五) and 点 decimals (二点五, 四百 点 五). Linear, bounded: never throws.

/** Kanji digits, the financial forms (壹贰叁…) included. */
const KANJI_DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  壹: 1,
  二: 2,
  两: 2,
  兩: 2,
  倆: 2,
  贰: 2,
  貳: 2,
  三: 3,
  叁: 3,
  參: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陆: 6,
  陸: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
};
/** 十 / 百 / 千 and their financial forms. */
export const KANJI_SMALL: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };

export interface Small {
  value: number;
  end: number;
  /** Place value of the last non-zero digit written (1e2 for 三千八百, 0.1 for 二点五). */
  place: number;
  kanji: boolean;
  bad: boolean;
  /** One digit right after 百 / 千 with nothing after it (二百五): a caller may read it as ×10. */
  shortTail?: boolean;
}

export const isKanjiDigit = (ch: string | undefined) => ch !== undefined && ch in KANJI_DIGITS;
export const isKanjiNumeral = (ch: string | undefined) => ch !== undefined && (ch in KANJI_DIGITS || ch in KANJI_SMALL);
const DECIMAL_POINT = /[点點]/;
/** A CJK ideograph or kana: after 二百五 such a char means 五 starts a word (二百五人 is not 250 people). */
export const isCjkWordChar = (ch: string | undefined) => ch !== undefined && /[\u3040-\u30ff\u3400-\u9fff]/.test(ch) && !isKanjiNumeral(ch);

export function lastNonZero(d: string): number {
  for (let k = d.length - 1; k >= 0; k--) if (d[k] !== '0') return k;
  return -1;
}

/** Kanji digits after a decimal point (二七九 → "279"), or Arabic ones; '' when none. */
function decimalDigits(s: string, j: number): string {
  let out = '';
  for (let k = j; k < s.length && out.length < 12; k++) {
    const ch = s[k]!;
    const d = KANJI_DIGITS[ch] ?? (ch >= '0' && ch <= '9' ? ch.charCodeAt(0) - 48 : undefined);
    if (d === undefined) break;
    out += String(d);
  }
  return out;
}

/** The kanji numeral below 万 that starts at i (the caller checked isKanjiNumeral(s[i])); `zh`
 *  reads a digit right after 百 / 千 as the spoken short form (二百五 = 250). */
export function scanKanji(s: string, i: number, zh: boolean): Small {
  let j = i;
  let total = 0;
  let cur = -1; // pending digit
  let lastUnit = 0; // last 十/百/千 used (0: none yet)
  let place = 1;
  let positional = '';
  let zeroAfterUnit = false;
  let prevKind: 'digit' | 'unit' | '' = '';
  while (j < s.length) {
    const ch = s[j]!;
    const d = KANJI_DIGITS[ch];
    if (d !== undefined) {
      if (prevKind === 'digit') {
        if (lastUnit) {
          if (cur !== 0) break; // 三千八九 is not a numeral; 一千零一 is
        } else positional += String(cur);
      }
      if (lastUnit && d === 0) zeroAfterUnit = true;
      cur = d;
      prevKind = 'digit';
      j++;
      continue;
    }
    const m = KANJI_SMALL[ch];
    if (m !== undefined) {
      if (positional || (lastUnit && m >= lastUnit)) break;
      const v = cur <= 0 ? 1 : cur; // 十 = 10, 零十 = 10
      total += v * m;
      place = m;
      lastUnit = m;
      cur = -1;
      zeroAfterUnit = false;
      prevKind = 'unit';
      j++;
      continue;
    }
    // one space between a digit and a unit (一百 五 十 二), never between two digits
    if (ch === ' ' && prevKind) {
      const nx = s[j + 1];
      const nxUnit = nx !== undefined && nx in KANJI_SMALL;
      const nxDigit = isKanjiDigit(nx);
      if ((prevKind === 'digit' && nxUnit && !positional) || (prevKind === 'unit' && nxDigit)) {
        j++;
        continue;
      }
    }
    break;
  }
  if (s[j - 1] === ' ') j--;
  let value: number;
  let shortTail = false;
  if (positional) {
    const digits = positional + (cur >= 0 ? String(cur) : '');
    value = Number(digits);
    const nz = lastNonZero(digits);
    place = nz < 0 ? 1 : Math.pow(10, digits.length - 1 - nz);
    if (digits.length > 18) return { value: NaN, end: j, place: 1, kanji: true, bad: true };
  } else {
    value = total;
    if (cur > 0) {
      if (zh && lastUnit >= 100 && !zeroAfterUnit && s[j - 1] !== ' ' && (!isCjkWordChar(s[j]) || DECIMAL_POINT.test(s[j]!))) {
        // 二百五 = 250, 两千四百五 = 2450 (the spoken short form)
        value += (cur * lastUnit) / 10;
        place = lastUnit / 10;
        shortTail = true;
      } else {
        value += cur;
        place = 1;
      }
    } else if (!lastUnit) {
      place = 1; // 〇 / 零 alone
    }
  }
  // 二点五, 千六百点五, 四百 点 五: a decimal point between kanji (or Arabic) digits
  const sp = s[j] === ' ' && DECIMAL_POINT.test(s[j + 1] ?? '') ? 1 : 0;
  if (DECIMAL_POINT.test(s[j + sp] ?? '')) {
    const after = s[j + sp + 1] === ' ' ? 1 : 0;
    const frac = decimalDigits(s, j + sp + 1 + after);
    if (frac) {
      value = Number(`${value}.${frac}`);
      const nz = lastNonZero(frac);
      if (nz >= 0) place = Math.pow(10, -(nz + 1));
      j += sp + 1 + after + frac.length;
    }
  }
  // 二・五%, 一・二兆円, 〇・八ポイント: the middle-dot decimal of Japanese newspapers (not 一・二月, 五・一五事件)
  if (s[j] === '・' && (positional || value === 0 || lastUnit === 0 || cur > 0 || lastUnit >= 100)) {
    const frac = decimalDigits(s, j + 1).replace(/[^0-9]/g, '');
    const after = j + 1 + frac.length;
    const unitAfter = kanjiDotUnit(s, after, frac.length);
    if (
      frac &&
      /^[〇零一二三四五六七八九]+$/.test(s.slice(j + 1, after)) &&
      (value === 0 || unitAfter || bareKanjiDecimal(s, after, frac, lastUnit >= 100 && cur <= 0))
    ) {
      value = Number(`${value}.${frac}`);
      const nz = lastNonZero(frac);
      if (nz >= 0) place = Math.pow(10, -(nz + 1));
      j = after;
    }
  }
  return { value, end: j, place, kanji: true, bad: j === i, ...(shortTail ? { shortTail } : {}) };
}

/** A kanji middle-dot decimal with no unit after it, where the dot cannot join a list or a date:
 *  a leading 〇 (二・〇三), three or more digits (九・二三二), or after 百 / 千 (二百・七一); never
 *  before 月 / 日 / 号 or another numeral (一・二月, 三百・四百). */
function bareKanjiDecimal(s: string, k: number, frac: string, afterHundreds: boolean): boolean {
  if (/[月日号十百千万萬億亿兆〇零一二三四五六七八九0-9]/.test(s[k] ?? '')) return false;
  return frac.startsWith('0') || frac.length >= 3 || afterHundreds;
}

/** After a kanji middle-dot decimal: a big unit (up to three decimals) or a percent or point word (up
 *  to two), as for Arabic digits (3・5兆, 2・0%). */
function kanjiDotUnit(s: string, k: number, decimals: number): boolean {
  if (decimals <= 3 && /[万萬億亿兆]/.test(s[k] ?? '')) return true;
  return decimals <= 2 && (s[k] === '%' || s.startsWith('ポイント', k) || s.startsWith('パーセント', k));
}
