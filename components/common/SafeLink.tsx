// The one way the UI links out: only http(s) URLs become links (a javascript:, data: or file: URL
// from a data file is shown as plain text), always in a new tab, without opener or referrer.
import type { ComponentChildren } from 'preact';

/** True for absolute http(s) URLs. */
function isWebUrl(url: string | undefined): url is string {
  if (!url) return false;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
}

export function SafeLink(props: { href: string | undefined; title?: string; class?: string; children: ComponentChildren }) {
  if (!isWebUrl(props.href)) return <span class={props.class}>{props.children}</span>;
  return (
    <a href={props.href} target="_blank" rel="noopener noreferrer" title={props.title} class={props.class}>
      {props.children}
    </a>
  );
}
