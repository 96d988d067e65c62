// Dated facts and events the article touches, oldest first (shown when the analysis reports them).
import { useState } from 'preact/hooks';
import type { Source } from '@/utils/analysis/kb/types';
import type { TimelineItem } from '@/utils/ui/timeline';
import { formatDate, formatPeriod } from '@/utils/ui/format';
import { factValueText } from '@/utils/ui/check-text';
import { shortPublisher } from '@/utils/ui/names';
import { statesYear } from '@/utils/ui/reader-view';
import { metricText } from '../../utils/ui/labels';
import { Section } from '../common/Section';
import { useUi } from '../common/ui-context';

interface Props {
  items: TimelineItem[];
  /** The article's date: year-less dates were placed by it (marked). */
  articleDate?: string;
  nameOf(id: string): string;
  onScroll(range: { start: number; end: number }): void;
}

/** Rows shown before "show all". */
const FIRST = 8;

export function Timeline(props: Props) {
  const { t, lang } = useUi();
  const [all, setAll] = useState(false);
  const rows: Array<{ it: TimelineItem; date: string; text: string; source?: Source }> = [];
  for (const it of props.items) {
    const date = it.period ? formatPeriod(it.period, lang) : formatDate(it.date, lang);
    const text = it.fact
      ? `${it.entityId ? props.nameOf(it.entityId) + ' · ' : ''}${metricText(it.fact.metric, lang)} ${factValueText(it.fact, lang)}`
      : it.label;
    const source = it.fact?.sourceInfo;
    // Two KB records that read the same on the same day show once.
    const prev = rows[rows.length - 1];
    if (prev && prev.date === date && prev.text === text) continue;
    rows.push({ it, date, text, source });
  }
  return (
    <Section id="timeline" title={t('panel.timeline')} count={rows.length}>
      <ol class="timeline">
        {(all ? rows : rows.slice(0, FIRST)).map(({ it, date, text, source }, i) => (
          <li key={i} class={'tl-' + it.origin}>
            <span class="tl-date num">
              {date}
              {it.origin === 'text' && props.articleDate && !statesYear(it.label) && (
                <span class="yearless" title={t('panel.yearFromArticle')}>
                  {' '}
                  *
                </span>
              )}{' '}
              <span class="badge">{it.origin === 'text' ? t('panel.fromArticle') : t('panel.fromKb')}</span>
            </span>
            <span class="tl-body">
              {it.fromText ? (
                <button type="button" class="link" onClick={() => props.onScroll(it.fromText!)}>
                  {text}
                </button>
              ) : (
                <span>{text}</span>
              )}
              {source && <span class="muted small tl-source"> · {shortPublisher(source.publisher)}</span>}
            </span>
          </li>
        ))}
      </ol>
      {!all && rows.length > FIRST && (
        <button type="button" class="link small show-all" onClick={() => setAll(true)}>
          {t('panel.showAll', { n: rows.length })}
        </button>
      )}
    </Section>
  );
}
