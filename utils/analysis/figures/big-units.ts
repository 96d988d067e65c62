// Big units and scale words after a numeral's segment: 万/萬/億/亿/兆 (and 万亿 = 1e12, 万万 = 1e8),
// "some" between a numeral and its big unit (十余万, 3800多亿), and English scale words (380 billion,
// $53bn, 72B). Each reader returns the multiplier and the length it covers, or null / 0.

export const BIG: Record<string, number> = { 万: 1e4, 萬: 1e4, 億: 1e8, 亿: 1e8, 兆: 1e12 };

/** Big unit at j: 万 / 億 / 兆 / 万亿 (= 1e12) / 万万 (= 1e8); returns [multiplier, length]. */
export function bigAt(s: string, j: number): [number, number] | null {
  const m = BIG[s[j] ?? ''];
  if (m === undefined) return null;
  const n = BIG[s[j + 1] ?? ''];
  if (m === 1e4 && n === 1e8) return [1e12, 2];
  if (m === 1e4 && n === 1e4) return [1e8, 2];
  return [m, 1];
}

/** "Some" between a numeral and its big unit: 十余万, 500余り万, 3800多亿, 二十几万, 百二十数億. */
export function someAt(s: string, j: number): number {
  const r = /^(?:\s?(?:余り|あまり|余|多|几|幾|数)\s?)/.exec(s.slice(j, j + 5));
  return r && bigAt(s, j + r[0].length) ? r[0].length : 0;
}

const EN_SCALE = /^(?:\s?(thousand|million|mln|mn|billion|bln|bn|trillion|tn)\b|([kmbt])(?![a-z]))/i;
const SCALE: Record<string, number> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  mln: 1e6,
  mn: 1e6,
  m: 1e6,
  billion: 1e9,
  bln: 1e9,
  bn: 1e9,
  b: 1e9,
  trillion: 1e12,
  tn: 1e12,
  t: 1e12,
};

/** English scale word right after an Arabic number: " billion", "bn", "B". */
export function enScaleAt(s: string, j: number): [number, number] | null {
  const r = EN_SCALE.exec(s.slice(j, j + 12));
  return r ? [SCALE[(r[1] ?? r[2])!.toLowerCase()]!, r[0].length] : null;
}
