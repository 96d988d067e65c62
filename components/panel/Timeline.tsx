// Dated facts and events the article touches, oldest first.
import type { TimelineItem } from '@/utils/ui/timeline';
import { formatDate, formatValue } from '@/utils/ui/format';
import { Section } from '../common/Section';
import { useUi } from '../common/ui-context';

interface Props {
  items: TimelineItem[];
  nameOf(id: string): string;
  onScroll(range: { start: number; end: number }): void;
}

export function Timeline(props: Props) {
  const { t, lang } = useUi();
  return (
    <Section id="timeline" title={t('panel.timeline')} count={props.items.length}>
      {!props.items.length && <p class="muted">{t('panel.timelineNone')}</p>}
      <ol class="timeline">
        {props.items.map((it, i) => (
          <li key={i} class={'tl-' + it.origin}>
            <span class="tl-date num">{formatDate(it.date, lang)}</span>
            <span class="tl-body">
              {it.fromText ? (
                <button type="button" class="link" onClick={() => props.onScroll(it.fromText!)}>
                  {it.label}
                </button>
              ) : it.fact ? (
                <span>
                  {it.entityId && <span>{props.nameOf(it.entityId)} · </span>}
                  {t('metric.' + it.fact.metric)} <strong class="num">{formatValue(it.fact.value, it.fact.unit, lang)}</strong>
                </span>
              ) : (
                <span>{it.label}</span>
              )}{' '}
              <span class="badge">{it.origin === 'text' ? t('panel.fromArticle') : t('panel.fromKb')}</span>
            </span>
          </li>
        ))}
      </ol>
    </Section>
  );
}
