// Figures that disagree with the knowledge base, shown first: what the article says, the cause in
// plain words, the KB value with its source, and a dismiss button.
import type { Figure } from '@/utils/analysis/types';
import { formatFigureValue, formatPeriod, formatValue } from '@/utils/ui/format';
import { SafeLink } from '../common/SafeLink';
import { Section } from '../common/Section';
import { useUi } from '../common/ui-context';
import type { CardMap } from './use-layer';
import { causeText, metricText, statusText } from '../../utils/ui/labels';

interface Props {
  flags: Figure[];
  dismissedHere: number;
  cards: CardMap;
  nameOf(id: string): string;
  onScroll(f: Figure): void;
  onDismiss(f: Figure): void;
}

export function Flags(props: Props) {
  const { t, lang } = useUi();
  if (!props.flags.length && !props.dismissedHere) return null;
  return (
    <Section id="flags" className="flags" title={t('panel.flags')} count={props.flags.length || undefined}>
      {!props.flags.length && <p class="muted">{t('panel.flagsNone')}</p>}
      <ul class="stack">
        {props.flags.map((f) => {
          const c = f.check!;
          const card = f.subject ? props.cards.get(f.subject) : undefined;
          const fact = c.factId ? card?.facts.find((x) => x.id === c.factId) : undefined;
          const src = fact?.sourceInfo;
          return (
            <li class="flag" key={`${f.start}-${f.end}`} data-flag={f.surface}>
              <div class="row">
                <span class="badge bad">⚠ {statusText('inconsistent', lang)}</span>
                <button type="button" class="link flag-surface" onClick={() => props.onScroll(f)} title={t('panel.goToMention', { n: 1 })}>
                  {f.surface}
                </button>
              </div>
              {c.cause && <p class="flag-cause">{causeText(c.cause, lang)}</p>}
              <p class="small">{t('panel.articleSays', { value: formatFigureValue(f, lang) })}</p>
              {c.expected != null && (
                <p class="small">
                  <strong>{t('panel.kbSays', { value: formatValue(c.expected, String(c.expectedUnit ?? f.unit), lang) })}</strong>
                  {f.subject && <span class="muted"> · {props.nameOf(f.subject)}</span>}
                  {f.metric && <span class="muted"> · {metricText(f.metric, lang)}</span>}
                  {fact?.period && <span class="muted"> · {formatPeriod(fact.period, lang)}</span>}
                </p>
              )}
              {c.reason && lang === 'en' && <p class="small muted">{c.reason}</p>}
              <div class="row small">
                {src && (
                  <span class="muted flag-source">
                    {t('common.source')}:{' '}
                    <SafeLink href={src.url}>{src.publisher}</SafeLink>{' '}
                    {src.date}
                  </span>
                )}
                <span class="spacer" />
                <button type="button" onClick={() => props.onDismiss(f)}>
                  {t('common.dismiss')}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      {props.dismissedHere > 0 && <p class="small muted">{t('panel.dismissedCount', { n: props.dismissedHere })}</p>}
    </Section>
  );
}
