// Hover-card view of one figure, honest about its check: the figure as written and its exact value,
// what the check assumed (and how it knew), the rate and its month, the KB value with its record and
// source, the cause of a flag in the reader's language; the conversions at the page's one rate; and,
// when the KB holds the line item as a series, a small chart with the article's figure on it.
// Props-driven: the content script and the side panel both render it.
import type { Figure } from '../../utils/analysis/types';
import { translator, type UiLang } from '../../utils/i18n';
import { statusText, kindText, metricText, rateBasisText } from '../../utils/ui/labels';
import { verdictText, type KbFact } from '../../utils/ui/check-text';
import { formatDate, formatFigureValue, formatMoney, formatPeriod, isMoneyUnit } from '../../utils/ui/format';
import type { Series } from '../../utils/ui/series';
import { FigureChart } from '../chart/FigureChart';
import { CardFrame } from './CardFrame';
import { CheckRows } from './CheckRows';
import { currencyOrder, fullNumber } from './format';

export interface FigureCardProps {
  figure: Figure;
  /** Display name of an entity in the UI language. */
  kbName: (id: string) => string;
  lang: UiLang;
  currency: 'CNY' | 'USD' | 'JPY';
  /** The KB fact the check compared with, when the caller has it (for value, record and source). */
  fact?: KbFact;
  /** The KB series of the figure's line item, when there is one. */
  series?: Series | null;
  dismissed?: boolean;
  onDismiss?: () => void;
  onClose?: () => void;
}

/** Points a chart needs before it says anything. */
const MIN_CHART_POINTS = 3;

export function FigureCardView(props: FigureCardProps) {
  const { figure: f, lang } = props;
  const t = translator(lang);
  const unit = String(f.unit);
  const check = f.check;
  // What the check did not state about its assumptions is shown as the analysis read it.
  const b = check?.basis;
  const isDate = f.kind === 'date' || f.kind === 'period';
  const value = formatFigureValue(f, lang);
  const ctx = { lang, nameOf: props.kbName, factOf: (id: string) => (props.fact?.id === id ? props.fact : undefined) };
  const c = f.converted;
  const sep = lang === 'ja' ? '：' : ': ';
  const footer =
    check?.status === 'inconsistent' && props.onDismiss ? (
      <button type="button" disabled={props.dismissed} onClick={props.onDismiss}>
        {props.dismissed ? t('card.dismissed') : t('common.dismiss')}
      </button>
    ) : undefined;
  return (
    <CardFrame
      kind="figure"
      label={f.surface}
      lang={lang}
      status={check?.status ?? 'none'}
      onClose={props.onClose}
      footer={footer}
      title={
        <>
          <span class="rc-name">{f.surface}</span>
          <span class="rc-type">{value !== f.surface ? value : kindText(f.kind, lang)}</span>
        </>
      }
    >
      {f.kind === 'rate' && unit.includes('/') && <p class="rc-muted">{t('card.statedRate')}</p>}
      <dl class="rc-grid">
        {!isDate && f.kind !== 'rate' && (
          <>
            <dt>{t('card.normalized')}</dt>
            <dd class="rc-num">
              {fullNumber(f.value, unit, lang)}
              {f.valueMax !== undefined && <> – {fullNumber(f.valueMax, unit, lang)}</>}
            </dd>
          </>
        )}
        {!b?.subject && f.subject && (
          <>
            <dt>{t('col.subject')}</dt>
            <dd>{props.kbName(f.subject)}</dd>
          </>
        )}
        {!b?.metric && f.metric && f.metric !== 'other' && (
          <>
            <dt>{t('col.metric')}</dt>
            <dd>{metricText(f.metric, lang)}</dd>
          </>
        )}
        {!b?.period && f.period && !isDate && (
          <>
            <dt>{t('col.period')}</dt>
            <dd>{formatPeriod(f.period, lang)}</dd>
          </>
        )}
      </dl>
      {props.series && props.series.points.length >= MIN_CHART_POINTS && (
        <section class="rc-chart-box">
          <FigureChart series={props.series} figure={f} lang={lang} subjectName={props.kbName(props.series.subject)} />
        </section>
      )}
      {check && (
        <section class={`rc-check rc-${check.status}`}>
          <h3>
            {t('col.check')}
            {sep}
            <span class="rc-status">{check.cause ? verdictText(check, lang) : statusText(check.status, lang)}</span>
          </h3>
          <CheckRows figure={f} ctx={ctx} skip={['verdict', 'written']} />
        </section>
      )}
      {c && isMoneyUnit(unit) && (
        <section>
          <h3>{t('card.converted')}</h3>
          <ul class="rc-list rc-conv">
            {currencyOrder(props.currency).map((cur) => (
              <li key={cur} class={cur === unit ? 'rc-orig' : undefined}>
                <strong>{cur === unit ? value : (lang === 'ja' ? '約' : '≈') + formatMoney(c[cur], cur, lang)}</strong>
                {cur === unit && <span class="rc-muted"> ({t('card.original')})</span>}
              </li>
            ))}
          </ul>
          <p class="rc-muted">
            {t('card.rateOn')}
            {sep}
            {formatDate(c.rateDate, lang)}
            {c.rateBasis && (lang === 'ja' ? `（${rateBasisText(c.rateBasis, lang)}）` : ` (${rateBasisText(c.rateBasis, lang)})`)}
          </p>
        </section>
      )}
    </CardFrame>
  );
}
