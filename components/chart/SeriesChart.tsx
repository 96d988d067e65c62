// A small line chart in plain SVG (no chart library: see README, "Charts"): KB series over time
// and the article's figure as a diamond at its period. Keyboard: the chart is one tab stop, the
// arrow keys (and Home/End) step through the points; the caption below says the active point
// (period, value, record, source) and is a live region for screen readers. Hovering a point does
// the same, and each point also has a native tooltip. Light and dark through chart.css.
import { useId, useState } from 'preact/hooks';
import { chartScale, linePath, type Box } from '../../utils/ui/chart';

interface ChartPoint {
  t: number; // epoch ms of the period's end
  v: number;
  end: string; // ISO date of the period's end
  /** What the caption and the tooltip say: period, value, record status, source. */
  text: string;
  /** A record of another definition than the rest of the line (drawn hollow). */
  other?: boolean;
}

export interface ChartLine {
  id: string;
  name?: string;
  points: ChartPoint[];
}

export interface ChartMark {
  t: number;
  v: number;
  end: string;
  text: string;
  status: 'consistent' | 'inconsistent' | 'unverified' | 'none';
  /** Short label next to the diamond (記事 / article). */
  label: string;
  /** The value in short, said beside the arrow when the mark is off the scale. */
  short?: string;
}

interface Props {
  title: string;
  lines: ChartLine[];
  mark?: ChartMark;
  /** Short axis label of a value (2,000億 / 200bn). */
  tick: (v: number) => string;
  /** Caption when no point is active ('' keeps the caption's room). */
  hint?: string;
  width?: number;
  height?: number;
}

const BOX = { left: 44, right: 10, top: 10, bottom: 18 };

export function SeriesChart(props: Props) {
  const width = props.width ?? 300;
  const height = props.height ?? 120;
  // Room above the plot for a mark far above the series (drawn as an arrow there, off the scale).
  const off =
    !!props.mark &&
    props.lines.some((l) => l.points.length) &&
    chartScale(
      props.lines.flatMap((l) => l.points),
      { width, height, ...BOX },
      props.mark,
    ).mark?.clamped;
  const box: Box = { width, height, ...BOX, top: off === 'above' ? BOX.top + 14 : BOX.top, bottom: off === 'below' ? BOX.bottom + 14 : BOX.bottom };
  const capId = useId();
  const flat = props.lines.flatMap((l, li) => l.points.map((p) => ({ ...p, li })));
  const targets = [...flat.map((p) => ({ t: p.t, text: p.text })), ...(props.mark ? [{ t: props.mark.t, text: props.mark.text }] : [])];
  const [active, setActive] = useState(-1);
  if (!flat.length) return null;
  const s = chartScale(flat, box, props.mark);
  const at = (i: number) => (i < flat.length ? { x: s.x(flat[i]!.t), y: s.y(flat[i]!.v) } : s.mark!);
  const move = (i: number) => setActive(Math.max(0, Math.min(targets.length - 1, i)));

  const onKey = (e: KeyboardEvent) => {
    const k = { ArrowRight: active + 1, ArrowDown: active + 1, ArrowLeft: active - 1, ArrowUp: active - 1, Home: 0, End: targets.length - 1 }[e.key];
    if (k === undefined) return;
    e.preventDefault();
    move(active < 0 && e.key !== 'End' ? 0 : k);
  };
  const onPointer = (e: PointerEvent) => {
    const svg = e.currentTarget as SVGSVGElement;
    const r = svg.getBoundingClientRect();
    const px = ((e.clientX - r.left) / r.width) * width;
    const py = ((e.clientY - r.top) / r.height) * height;
    let best = -1;
    let bestD = Infinity;
    targets.forEach((_, i) => {
      const p = at(i);
      const d = (p.x - px) ** 2 + ((p.y - py) / 3) ** 2;
      if (d < bestD) {
        bestD = d;
        best = i;
      }
    });
    if (best >= 0 && best !== active) setActive(best);
  };

  const plotBottom = height - box.bottom;
  const m = s.mark;
  const cur = active >= 0 && active < targets.length ? at(active) : null;
  return (
    <figure class="rc-chart" data-points={flat.length} data-lines={props.lines.length}>
      <figcaption class="ch-title">{props.title}</figcaption>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        width={width}
        height={height}
        role="group"
        aria-label={props.title}
        aria-describedby={capId}
        tabIndex={0}
        onKeyDown={onKey}
        onPointerMove={onPointer}
        onPointerLeave={() => setActive(-1)}
        onBlur={() => setActive(-1)}
      >
        {s.yTicks.map((v) => (
          <g key={v} class="ch-grid">
            <line x1={BOX.left} x2={width - BOX.right} y1={s.y(v)} y2={s.y(v)} />
            <text x={BOX.left - 4} y={s.y(v)} dy="0.35em" text-anchor="end">
              {props.tick(v)}
            </text>
          </g>
        ))}
        {s.xTicks.map((x) => (
          <g key={x.year} class="ch-xtick">
            <line x1={s.x(x.t)} x2={s.x(x.t)} y1={plotBottom} y2={plotBottom + 3} />
            <text x={s.x(x.t)} y={height - 4} text-anchor="middle">
              {x.year}
            </text>
          </g>
        ))}
        {props.lines.map((l, li) => (
          <g key={l.id} class={`ch-series ch-l${li % 8}`} data-line={l.id}>
            <path class="ch-line" d={linePath(l.points.map((p) => ({ x: s.x(p.t), y: s.y(p.v), t: p.t })))} />
            {l.points.map((p) => (
              <circle
                class={'ch-pt' + (p.other ? ' ch-other' : '')}
                key={p.end}
                cx={s.x(p.t)}
                cy={s.y(p.v)}
                r={2.6}
                data-end={p.end}
                role="img"
                aria-label={p.text}
              >
                <title>{p.text}</title>
              </circle>
            ))}
          </g>
        ))}
        {props.mark && m && (
          <g
            class={`ch-mark ch-${props.mark.status}`}
            data-end={props.mark.end}
            data-x={m.x.toFixed(1)}
            data-clamped={m.clamped ?? ''}
            role="img"
            aria-label={props.mark.text}
          >
            <title>{props.mark.text}</title>
            {m.clamped === 'above' && (
              <>
                <line class="ch-off" x1={m.x} x2={m.x} y1={m.y} y2={m.y - 6} />
                <path d={`M${m.x - 5},${m.y - 6}L${m.x},${m.y - 14}L${m.x + 5},${m.y - 6}Z`} />
              </>
            )}
            {m.clamped === 'below' && (
              <>
                <line class="ch-off" x1={m.x} x2={m.x} y1={m.y} y2={m.y + 6} />
                <path d={`M${m.x - 5},${m.y + 6}L${m.x},${m.y + 14}L${m.x + 5},${m.y + 6}Z`} />
              </>
            )}
            {!m.clamped && <path d={`M${m.x},${m.y - 5}L${m.x + 5},${m.y}L${m.x},${m.y + 5}L${m.x - 5},${m.y}Z`} />}
            <text
              x={m.x + (m.x > width - 90 ? -8 : 8)}
              y={m.clamped === 'above' ? m.y - 6 : m.clamped === 'below' ? m.y + 14 : m.y - 6}
              text-anchor={m.x > width - 90 ? 'end' : 'start'}
            >
              {m.clamped && props.mark.short ? `${props.mark.label} ${m.clamped === 'above' ? '↑' : '↓'}${props.mark.short}` : props.mark.label}
            </text>
          </g>
        )}
        {cur && <circle class="ch-active" cx={cur.x} cy={cur.y} r={6} />}
      </svg>
      {props.lines.length > 1 && (
        <ul class="ch-legend">
          {props.lines.map((l, li) => (
            <li key={l.id} class={`ch-l${li % 8}`}>
              <span class="ch-swatch" aria-hidden="true" />
              {l.name ?? l.id}
            </li>
          ))}
        </ul>
      )}
      <p class="ch-caption" id={capId} aria-live="polite">
        {active >= 0 ? targets[active]?.text : (props.hint ?? '')}
      </p>
    </figure>
  );
}
