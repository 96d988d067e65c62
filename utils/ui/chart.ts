// Geometry of the small line charts (components/chart): time on x, value on y from zero, nice
// ticks, and the article's figure placed at its period, clamped to the edge with a flag when it is
// far off the series (a 10× slip, yuan written as dollars). Pure: numbers in, numbers out.

export interface Box {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface Scale {
  x: (t: number) => number;
  y: (v: number) => number;
  yTicks: number[];
  xTicks: Array<{ t: number; year: number }>;
  /** Where the mark is drawn, and whether it was clamped to the plot's edge. */
  mark?: { x: number; y: number; clamped: 'above' | 'below' | null };
}

/** Far off: beyond the series' largest value by more than (this − 1) times the series' range. */
const OFF_SCALE = 3;

/** 1, 2 or 5 × a power of ten, at least `span / n`. */
export function niceStep(span: number, n: number): number {
  if (!(span > 0)) return 1;
  const raw = span / n;
  const p = 10 ** Math.floor(Math.log10(raw));
  const m = raw / p;
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * p;
}

const yearStart = (y: number) => Date.UTC(y, 0, 1);

/** Scales for points (t: epoch ms, v: value) in `box`; `mark` is the article's figure. */
export function chartScale(points: Array<{ t: number; v: number }>, box: Box, mark?: { t: number; v: number }): Scale {
  const ts = points.map((p) => p.t);
  const vs = points.map((p) => p.v);
  const maxV = Math.max(...vs);
  const minV = Math.min(...vs);
  // The mark joins the scale unless it lies more than (OFF_SCALE − 1) ranges beyond the series.
  const range = Math.max(maxV, 0) - Math.min(minV, 0) || Math.abs(maxV) || 1;
  const markIn =
    !!mark && Number.isFinite(mark.v) && mark.v <= Math.max(maxV, 0) + (OFF_SCALE - 1) * range && mark.v >= Math.min(minV, 0) - (OFF_SCALE - 1) * range;
  const lo = Math.min(0, minV, markIn ? mark!.v : 0);
  const hiRaw = Math.max(0, maxV, markIn ? mark!.v : 0);
  const step = niceStep(hiRaw - lo || Math.abs(hiRaw) || 1, 3);
  const y0 = Math.floor(lo / step) * step;
  const y1 = Math.max(Math.ceil(hiRaw / step) * step, y0 + step);
  const yTicks: number[] = [];
  for (let v = y0; v <= y1 + step / 2; v += step) yTicks.push(Math.round(v / step) * step);

  const allT = mark ? [...ts, mark.t] : ts;
  let t0 = Math.min(...allT);
  let t1 = Math.max(...allT);
  if (t0 === t1) {
    t0 -= 45 * 86_400_000;
    t1 += 45 * 86_400_000;
  }
  const plotW = box.width - box.left - box.right;
  const plotH = box.height - box.top - box.bottom;
  const x = (t: number) => box.left + ((t - t0) / (t1 - t0)) * plotW;
  const y = (v: number) => box.top + (1 - (v - y0) / (y1 - y0)) * plotH;
  const xTicks: Scale['xTicks'] = [];
  for (let yr = new Date(t0).getUTCFullYear() + 1; yearStart(yr) <= t1; yr++) xTicks.push({ t: yearStart(yr), year: yr });
  let placed: Scale['mark'];
  if (mark) {
    if (markIn) placed = { x: x(mark.t), y: y(mark.v), clamped: null };
    else {
      const above = !(mark.v < 0);
      placed = { x: x(mark.t), y: above ? box.top : box.top + plotH, clamped: above ? 'above' : 'below' };
    }
  }
  return { x, y, yTicks, xTicks, mark: placed };
}

/** An SVG path through the points, in order (gaps of more than `gapDays` break the line). */
export function linePath(pts: Array<{ x: number; y: number; t: number }>, gapDays = 200): string {
  let d = '';
  pts.forEach((p, i) => {
    const jump = i === 0 || p.t - pts[i - 1]!.t > gapDays * 86_400_000;
    d += `${jump ? 'M' : 'L'}${p.x.toFixed(1)},${p.y.toFixed(1)}`;
  });
  return d;
}
