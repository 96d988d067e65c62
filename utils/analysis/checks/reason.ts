// One short English sentence per check (the UI may translate by cause).
import type { PreparedKb } from '../prepared-kb';
import type { Fact, Period } from '../kb/types';
import { CURRENCY_DEFS, isCurrency } from '../vocabulary/currencies';

/** 380e9 CNY → "RMB 380 billion"; 63 percent → "63%". */
export function fmtValue(v: number, unit: string): string {
  if (!Number.isFinite(v)) return String(v);
  if (unit === 'percent') return `${trim(v)}%`;
  if (unit === 'pt') return `${trim(v)} pt`;
  const a = Math.abs(v);
  const [d, w] = a >= 1e12 ? [1e12, ' trillion'] : a >= 1e9 ? [1e9, ' billion'] : a >= 1e6 ? [1e6, ' million'] : [1, ''];
  const n = `${v < 0 ? '-' : ''}${trim(a / d)}${w}`;
  if (isCurrency(unit)) return CURRENCY_DEFS[unit].short + n;
  return unit && unit !== 'count' ? `${n} ${unit}` : n;
}

function trim(v: number): string {
  return String(Number(v.toPrecision(4)));
}

export function periodText(p?: Period): string {
  if (!p) return 'no period';
  return p.label ? p.label : p.start === p.end ? p.start : `${p.start}..${p.end}`;
}

/** "(Xinhua, 2025-02-24)" */
function sourceText(kb: PreparedKb, x: Fact): string {
  const s = kb.sources.get(x.source);
  const pub = s ? s.publisher.replace(/\s*\(.*\)$/, '') : x.source;
  const date = x.asOf ?? s?.date;
  return date && date !== 'undated' ? `${pub}, ${date}` : pub;
}

/** "KB: RMB 380 billion for FY2025 Q2 (Xinhua, 2025-02-24)" */
export function kbSays(kb: PreparedKb, x: Fact): string {
  const q = x.qualifier === 'over' ? 'over ' : x.qualifier === 'about' ? 'about ' : x.qualifier === 'under' ? 'under ' : '';
  const per = x.period ? ` for ${periodText(x.period)}` : '';
  const range = x.valueMax !== undefined ? ` to ${fmtValue(x.valueMax, x.unit)}` : '';
  return `KB: ${q}${fmtValue(x.value, x.unit)}${range}${per} (${sourceText(kb, x)})`;
}
