// "Source: publisher, date" with a link that opens in a new tab.
import type { Source } from '../../utils/analysis/kb/types';
import { t, type UiLang } from '../../utils/i18n';
import { SafeLink } from '../common/SafeLink';

export function SourceLine(props: { source?: Source; sourceId?: string; asOf?: string; lang: UiLang }) {
  const s = props.source;
  if (!s && !props.sourceId) return null;
  const label = s ? `${s.publisher}, ${s.date}` : props.sourceId;
  return (
    <span class="rc-source">
      {t(props.lang, 'common.source')}:{' '}
      {s ? (
        <SafeLink href={s.url} title={s.title ?? s.url}>
          {label}
        </SafeLink>
      ) : (
        label
      )}
      {props.asOf && (!s || s.date !== props.asOf) && <span class="rc-muted"> ({props.asOf})</span>}
    </span>
  );
}
