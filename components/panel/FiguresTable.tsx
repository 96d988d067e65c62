// The article's figures as a compact table: as written + exact value, the value in the reader's
// currency (one rate for the page), what it is about (subject · metric · period) and the check
// status; "details" opens the check in full (what it assumed, rate, KB record and source).
import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import type { Figure } from '@/utils/analysis/types';
import type { KbFact } from '@/utils/ui/check-text';
import { formatConverted, formatDate, formatFigureValue, formatPeriod } from '@/utils/ui/format';
import { isFlagged } from '@/utils/ui/flags';
import { byFilter, FILTER_FROM, filterCounts, type FigureFilter } from '@/utils/ui/figure-filter';
import { statesYear } from '@/utils/ui/reader-view';
import { kindText, metricText, rateBasisText } from '../../utils/ui/labels';
import { CheckRows } from '../card/CheckRows';
import { CheckBadge } from '../common/CheckBadge';
import { Section } from '../common/Section';
import { useUi } from '../common/ui-context';

interface Props {
  figures: Figure[];
  articleDate?: string;
  nameOf(id: string): string;
  factOf(id: string): KbFact | undefined;
  onScroll(f: Figure): void;
}

/** Break points between 兆 and 億 groups only, so 「約58兆9,536億円」 never wraps inside a group or before 円. */
function unitBreaks(text: string) {
  const parts = text.split(/(?<=[兆億])(?=\d)/);
  return parts.map((p, i) => (
    <Fragment key={i}>
      {p}
      {i < parts.length - 1 && <wbr />}
    </Fragment>
  ));
}

export function FiguresTable(props: Props) {
  const { t, lang, settings } = useUi();
  const cur = settings.currency;
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const [filter, setFilter] = useState<FigureFilter>('all');
  // Flagged first, then in text order.
  const all = [...props.figures].sort((a, b) => Number(isFlagged(b)) - Number(isFlagged(a)) || a.start - b.start);
  const choices = all.length >= FILTER_FROM ? filterCounts(all) : [];
  // A filter that no longer picks anything (the page changed) falls back to all.
  const shown = choices.some((c) => c.filter === filter) ? filter : 'all';
  const figs = byFilter(all, shown);
  const rate = figs.find((f) => f.converted)?.converted;
  const toggle = (k: string) => setOpen((s) => (s.has(k) ? new Set([...s].filter((x) => x !== k)) : new Set([...s, k])));
  return (
    <Section id="figures" title={t('panel.figures')} count={all.length}>
      {choices.length > 1 && (
        <div class="row wrap filters" role="group" aria-label={t('panel.figureFilter')}>
          {choices.map((c) => (
            <button type="button" class="chip" key={c.filter} data-filter={c.filter} aria-pressed={c.filter === shown} onClick={() => setFilter(c.filter)}>
              {t(`filter.${c.filter}`)} <span class="num">{c.n}</span>
            </button>
          ))}
        </div>
      )}
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
                <th
                  scope="col"
                  title={
                    rate
                      ? t('conv.rate', { month: formatDate(rate.rateDate, lang), basis: rate.rateBasis ? rateBasisText(rate.rateBasis, lang) : '' })
                      : undefined
                  }
                >
                  {t('col.converted', { currency: cur })}
                </th>
                <th scope="col">
                  {t('col.subject')} · {t('col.metric')} · {t('col.period')}
                </th>
              </tr>
            </thead>
            <tbody>
              {figs.map((f) => {
                const key = `${f.start}-${f.end}`;
                const value = formatFigureValue(f, lang);
                const conv = formatConverted(f, cur, lang);
                const yearless = f.kind === 'date' && !!props.articleDate && !statesYear(f.surface);
                const isOpen = open.has(key);
                return (
                  <Fragment key={key}>
                    <tr class={isFlagged(f) ? 'flagged' : ''} data-figure={f.surface}>
                      <td>
                        <button type="button" class="link surface" onClick={() => props.onScroll(f)} title={t('panel.goToMention', { n: 1 })}>
                          {f.surface}
                        </button>
                        {value && value !== f.surface && <div class="muted num">{value}</div>}
                        {(f.check || (f.kind !== 'date' && f.kind !== 'period')) && (
                          <div class="row wrap">
                            <CheckBadge check={f.check} />
                            {f.check && (
                              <button type="button" class="link small details" aria-expanded={isOpen} onClick={() => toggle(key)}>
                                {t('panel.showDetails')}
                              </button>
                            )}
                          </div>
                        )}
                      </td>
                      <td
                        class="num conv"
                        title={
                          f.converted
                            ? t('conv.rate', {
                                month: formatDate(f.converted.rateDate, lang),
                                basis: f.converted.rateBasis ? rateBasisText(f.converted.rateBasis, lang) : '',
                              })
                            : undefined
                        }
                      >
                        {unitBreaks(conv)}
                      </td>
                      <td class="small">
                        {f.subject && <div>{props.nameOf(f.subject)}</div>}
                        {f.metric && f.metric !== 'other' && <div class="muted">{metricText(f.metric, lang)}</div>}
                        {f.period && (
                          <div class="muted">
                            {formatPeriod(f.period, lang)}
                            {yearless && (
                              <span class="yearless" title={t('panel.yearFromArticle')}>
                                {' '}
                                *
                              </span>
                            )}
                          </div>
                        )}
                        {!f.subject && (!f.metric || f.metric === 'other') && !f.period && <span class="muted">{kindText(f.kind, lang)}</span>}
                      </td>
                    </tr>
                    {isOpen && f.check && (
                      <tr class="detail">
                        <td colSpan={3} class="rc-card-rows">
                          <CheckRows figure={f} ctx={{ lang, nameOf: props.nameOf, factOf: props.factOf }} skip={['written']} />
                        </td>
                      </tr>
                    )}
                  </Fragment>
                );
              })}
            </tbody>
          </table>
          {figs.some((f) => f.kind === 'date' && !!props.articleDate && !statesYear(f.surface)) && <p class="small muted">* {t('panel.yearFromArticle')}</p>}
        </div>
      )}
    </Section>
  );
}
