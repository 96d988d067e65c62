// "Source: publisher, date" with a link that opens in a new tab.
import type { Source } from '../../utils/analysis/kb/types';
import { ui, type UiLang } from './labels';

export function SourceLine(props: { source?: Source; sourceId?: string; asOf?: string; lang: UiLang }) {
  const t = ui(props.lang);
  const s = props.source;
  if (!s && !props.sourceId) return null;
  const label = s ? `${s.publisher}, ${s.date}` : props.sourceId;
  return (
    <span class="rc-source">
      {t.source}:{' '}
      {s && isWebUrl(s.url) ? (
        <a href={s.url} target="_blank" rel="noopener noreferrer" title={s.title ?? s.url}>
          {label}
        </a>
      ) : (
        label
      )}
      {props.asOf && (!s || s.date !== props.asOf) && <span class="rc-muted"> ({props.asOf})</span>}
    </span>
  );
}

/** Only http(s) links are rendered as links (no javascript: or data: URLs from data files). */
export function isWebUrl(url: string): boolean {
  return /^https?:\/\//i.test(url);
}
