// A list that renders only the rows in view, so 10,000 entries cost what 30 do. Rows have one fixed
// height; short lists render whole (no inner scroll). A few lines of windowing instead of a library:
// the options page's lists are plain one-line rows.
import type { ComponentChild } from 'preact';
import { useState } from 'preact/hooks';

interface Props<T> {
  items: readonly T[];
  /** Height of one row, px (the CSS gives rows this height). */
  rowHeight: number;
  /** Height of the scrolling box, px. */
  height: number;
  keyOf: (item: T) => string;
  row: (item: T) => ComponentChild;
  class?: string;
}

/** Rows drawn above and below the visible ones, so fast scrolling shows no gap. */
const OVERSCAN = 8;

export function VirtualList<T>(props: Props<T>) {
  const [top, setTop] = useState(0);
  const { items, rowHeight, height } = props;
  const whole = items.length * rowHeight <= height;
  const first = whole ? 0 : Math.max(0, Math.floor(top / rowHeight) - OVERSCAN);
  const last = whole ? items.length : Math.min(items.length, Math.ceil((top + height) / rowHeight) + OVERSCAN);
  const rows = items.slice(first, last).map((item) => (
    <li key={props.keyOf(item)} style={{ height: `${rowHeight}px` }}>
      {props.row(item)}
    </li>
  ));
  if (whole) return <ul class={`list ${props.class ?? ''}`}>{rows}</ul>;
  return (
    <div class="vlist" style={{ height: `${height}px` }} onScroll={(e) => setTop(e.currentTarget.scrollTop)} tabIndex={0}>
      <ul
        class={`list ${props.class ?? ''}`}
        style={{ height: `${items.length * rowHeight}px`, paddingTop: `${first * rowHeight}px`, boxSizing: 'border-box' }}
      >
        {rows}
      </ul>
    </div>
  );
}
