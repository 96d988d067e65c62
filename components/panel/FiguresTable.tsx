// The article's figures as a compact table: as written + normalised value, the value in the
// reader's currency, what it is about (subject · metric · period) and the check status.
import type { Figure } from '@/utils/analysis/types';
import { formatConverted, formatFigureValue, formatPeriod } from '@/utils/ui/format';
import { isFlagged } from '@/utils/ui/flags';
import { CheckBadge } from '../common/CheckBadge';
import { Section } from '../common/Section';
import { useUi } from '../common/ui-context';
import { kindText, metricText } from '../../utils/ui/labels';

interface Props {
  figures: Figure[];
  nameOf(id: string): string;
  onScroll(f: Figure): void;
}

export function FiguresTable(props: Props) {
  const { t, lang, settings } = useUi();
  const cur = settings.currency;
  // Flagged first, then in text order.
  const figs = [...props.figures].sort((a, b) => Number(isFlagged(b)) - Number(isFlagged(a)) || a.start - b.start);
  return (
    <Section id="figures" title={t('panel.figures')} count={figs.length}>
      {!figs.length ? (
        <p class="muted">{t('panel.figuresNone')}</p>
      ) : (
        <div class="table-wrap">
          <table class="figs">
            <colgroup>
              <col class="c1" />
              <col class="c2" />
              <col />
            </colgroup>
            <thead>
              <tr>
                <th scope="col">
                  {t('col.surface')} · {t('col.check')}
                </th>
                <th scope="col">{t('col.converted', { currency: cur })}</th>
                <th scope="col">
                  {t('col.subject')} · {t('col.metric')} · {t('col.period')}
                </th>
              </tr>
            </thead>
            <tbody>
              {figs.map((f) => {
                const value = formatFigureValue(f, lang);
                const conv = formatConverted(f, cur, lang);
                return (
                  <tr key={`${f.start}-${f.end}`} class={isFlagged(f) ? 'flagged' : ''} data-figure={f.surface}>
                    <td>
                      <button type="button" class="link surface" onClick={() => props.onScroll(f)} title={t('panel.goToMention', { n: 1 })}>
                        {f.surface}
                      </button>
                      {value && value !== f.surface && <div class="muted num">{value}</div>}
                      {(f.check || (f.kind !== 'date' && f.kind !== 'period')) && (
                        <div>
                          <CheckBadge check={f.check} />
                        </div>
                      )}
                    </td>
                    <td class="num conv" title={f.converted ? f.converted.rateDate : undefined}>
                      {conv}
                    </td>
                    <td class="small">
                      {f.subject && <div>{props.nameOf(f.subject)}</div>}
                      {f.metric && <div class="muted">{metricText(f.metric, lang)}</div>}
                      {f.period && <div class="muted">{formatPeriod(f.period, lang)}</div>}
                      {!f.subject && !f.metric && !f.period && <span class="muted">{kindText(f.kind, lang)}</span>}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </Section>
  );
}
