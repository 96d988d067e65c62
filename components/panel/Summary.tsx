// Top of the side panel: page title, status, relevance (score, reasons) and the notes shown when
// the page is not relevant, turned off or analysed in a degraded mode.
import type { TabState } from '@/utils/messaging/protocol';
import { formatScore } from '@/utils/ui/format';
import { useUi } from '../common/ui-context';

/** `off`: the reader turned the companion off here (settings), whatever the last analysis said. */
export function Summary(props: { state: TabState; flagCount: number; off: boolean }) {
  const { t } = useUi();
  const { state } = props;
  const status = props.off ? 'disabled' : state.status;
  const r = props.off ? undefined : state.result;
  const notes = [
    // Without a result the status badge already says it.
    ...(r && (status === 'irrelevant' || status === 'error') ? [t(`status.${status}`)] : []),
    ...(state.note ? [state.note] : []),
    ...(r?.notes ?? []),
  ];
  return (
    <header class="section summary" data-status={status}>
      <p class="page-title" title={state.url}>
        {state.title || state.url}
      </p>
      <div class="row wrap">
        {r ? (
          <span class={r.relevant ? 'badge ok' : 'badge'} data-relevant={String(r.relevant)}>
            {r.relevant ? t('panel.relevant') : t('panel.notRelevant')}
          </span>
        ) : (
          <span class="badge">{t(`status.${status}`)}</span>
        )}
        {r && <span class="muted small num">{t('panel.score', { score: formatScore(r.score) })}</span>}
        {r && r.entities.length > 0 && <span class="muted small">· {t('popup.counts', { entities: r.entities.length, flags: props.flagCount })}</span>}
        {r && (status === 'analyzing' || status === 'checking') && <span class="muted small">{t(`status.${status}`)}</span>}
      </div>
      {r && r.reasons.length > 0 && (
        <details class="reasons small">
          <summary>{t('panel.reasons')}</summary>
          <ul>
            {r.reasons.map((x, i) => (
              <li key={i}>{x}</li>
            ))}
          </ul>
        </details>
      )}
      {notes.length > 0 && (
        <div class="note-box small" role="note" aria-label={t('panel.notes')}>
          {notes.map((n, i) => (
            <p key={i}>{n}</p>
          ))}
        </div>
      )}
    </header>
  );
}
