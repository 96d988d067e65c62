// A titled block of the side panel or options page.
import type { ComponentChildren } from 'preact';

export function Section(props: {
  id: string;
  title: string;
  count?: number | string;
  actions?: ComponentChildren;
  children: ComponentChildren;
  className?: string;
}) {
  const headId = `${props.id}-h`;
  return (
    <section class={'section ' + (props.className ?? '')} aria-labelledby={headId} data-section={props.id}>
      <h2 id={headId}>
        <span>{props.title}</span>
        {props.count != null && <span class="count">{props.count}</span>}
        <span class="spacer" />
        {props.actions}
      </h2>
      {props.children}
    </section>
  );
}
