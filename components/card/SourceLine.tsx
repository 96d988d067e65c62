// "Source: publisher, date" with a link that opens in a new tab.
import type { Source } from '../../utils/analysis/kb/types';
import { t, type UiLang } from '../../utils/i18n';

export function SourceLine(props: { source?: Source; sourceId?: string; asOf?: string; lang: UiLang }) {
  const s = props.source;
  if (!s && !props.sourceId) return null;
  const label = s ? `${s.publisher}, ${s.date}` : props.sourceId;
  return (
    <span class="rc-source">
      {t(props.lang, 'common.source')}:{' '}
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
