// Top of the side panel: the page's title and site (and the article's date), its verdict,
// relevance (score, reasons in the reader's language) and the notes shown when the page is not
// relevant, turned off or analysed in a degraded mode.
import type { TabState } from '@/utils/messaging/protocol';
import { formatDate, formatScore } from '@/utils/ui/format';
import { reasonLines } from '@/utils/ui/relevance-text';
import { noteText } from '@/utils/ui/notes';
import { useUi } from '../common/ui-context';

function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** `off`: the reader turned the companion off here (settings), whatever the last analysis said. */
export function Summary(props: { state: TabState; flagCount: number; off: boolean; nameOf(id: string): string }) {
  const { t, lang } = useUi();
  const { state } = props;
  const status = props.off ? 'disabled' : state.status;
  const r = props.off ? undefined : state.result;
  const notes = [
    // Without a result the status badge already says it.
    ...(r && (status === 'irrelevant' || status === 'error') ? [t(`status.${status}`)] : []),
    ...(state.note ? [noteText(t, lang, state.note)] : []),
    ...(r?.notes ?? []).map((n) => noteText(t, lang, n)),
  ];
  const site = siteOf(state.url);
  const reasons = r ? reasonLines(r.signals, props.nameOf, lang) : [];
  return (
    <header class="section summary" data-status={status}>
      <p class="page-title" title={state.url}>
        {state.title || site || state.url}
      </p>
      <p class="page-meta small muted">
        {site && <span data-site>{t('panel.pageOf', { site })}</span>}
        {state.date && <span data-date> · {t('panel.articleDate', { date: formatDate(state.date, lang) })}</span>}
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
        {r?.relevant && r.entities.length > 0 && (
          <span class="muted small">· {t('popup.counts', { entities: r.entities.length, flags: props.flagCount })}</span>
        )}
        {r && (status === 'analyzing' || status === 'checking') && <span class="muted small">{t(`status.${status}`)}</span>}
      </div>
      {reasons.length > 0 && (
        <details class="reasons small">
          <summary>{t('panel.reasons')}</summary>
          <ul>
            {reasons.map((x, i) => (
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
