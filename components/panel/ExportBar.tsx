// Export of the article's entities and figures as CSV or Markdown (a file download).
import type { TabState } from '@/utils/messaging/protocol';
import { exportFileName, toCsv, toMarkdown } from '@/utils/ui/export';
import type { KbFact } from '@/utils/ui/check-text';
import { downloadText } from '../common/download';
import { useUi } from '../common/ui-context';

export function ExportBar(props: { state: TabState; nameOf(id: string): string; factOf(id: string): KbFact | undefined }) {
  const { t, lang, settings } = useUi();
  const r = props.state.result;
  if (!r || (!r.entities.length && !r.figures.length)) return null;
  const input = { url: props.state.url, title: props.state.title, result: r, nameOf: props.nameOf, factOf: props.factOf };
  const opts = { lang, currency: settings.currency };
  return (
    <div class="section export row">
      <span class="muted">{t('panel.export')}</span>
      <button type="button" data-export="csv" onClick={() => downloadText(exportFileName(input, 'csv'), toCsv(input, opts), 'text/csv;charset=utf-8')}>
        {t('panel.exportCsv')}
      </button>
      <button type="button" data-export="md" onClick={() => downloadText(exportFileName(input, 'md'), toMarkdown(input, opts), 'text/markdown;charset=utf-8')}>
        {t('panel.exportMarkdown')}
      </button>
    </div>
  );
}
