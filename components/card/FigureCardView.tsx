// Hover-card view of one figure: normalised value, conversions, what it is about, and its KB check.
// Props-driven: the content script and the side panel both render it.
import type { Figure } from '../../utils/analysis/types';
import type { Fact, Source } from '../../utils/analysis/kb/types';
import { translator, type UiLang } from '../../utils/i18n';
import { causeText, metricText, statusText } from '../../utils/ui/labels';
import { currencyOrder, factPeriod, factValue, fullNumber } from './format';
import { formatDate, formatFigureValue, formatMoney, formatPeriod, formatValue, isMoneyUnit } from '../../utils/ui/format';
import { SourceLine } from './SourceLine';

export interface FigureCardProps {
  figure: Figure;
  kbName: (id: string) => string;
  lang: UiLang;
  currency: 'CNY' | 'USD' | 'JPY';
  /** The KB fact the check compared with, when the caller has it (for value and source). */
  fact?: Fact & { sourceInfo?: Source };
  dismissed?: boolean;
  onDismiss?: () => void;
  onClose?: () => void;
}

export function FigureCardView(props: FigureCardProps) {
  const { figure: f, lang } = props;
  const t = translator(lang);
  const unit = String(f.unit);
  const check = f.check;
  const isDate = f.kind === 'date' || f.kind === 'period';
  const normalized = isDate ? (f.period ? formatPeriod(f.period, lang) : formatDate(f.value, lang)) : fullNumber(f.value, unit, lang);
  return (
    <div class="rc-card" role="dialog" aria-label={f.surface} tabIndex={-1} data-kind="figure" data-status={check?.status ?? 'none'} lang={lang}>
      <header class="rc-head">
        <div class="rc-title">
          <span class="rc-name">{f.surface}</span>
          <span class="rc-type">{formatFigureValue(f, lang)}</span>
        </div>
        {props.onClose && (
          <button type="button" class="rc-x" aria-label={t('card.close')} onClick={props.onClose}>
            ×
          </button>
        )}
      </header>
      <dl class="rc-grid">
        <dt>{t('card.normalized')}</dt>
        <dd class="rc-num">
          {normalized}
          {f.valueMax !== undefined && !isDate && <> – {fullNumber(f.valueMax, unit, lang)}</>}
        </dd>
        {f.subject && (
          <>
            <dt>{t('col.subject')}</dt>
            <dd>{props.kbName(f.subject)}</dd>
          </>
        )}
        {f.metric && (
          <>
            <dt>{t('col.metric')}</dt>
            <dd>{metricText(f.metric, lang)}</dd>
          </>
        )}
        {f.period && !isDate && (
          <>
            <dt>{t('col.period')}</dt>
            <dd>{formatPeriod(f.period, lang)}</dd>
          </>
        )}
      </dl>
      {f.converted && isMoneyUnit(unit) && (
        <section>
          <h3>{t('card.converted')}</h3>
          <ul class="rc-list rc-conv">
            {currencyOrder(props.currency).map((c) => (
              <li key={c} class={c === unit ? 'rc-orig' : undefined}>
                <strong>{formatMoney(f.converted![c], c, lang)}</strong>
                <span class="rc-muted"> {fullNumber(Math.round(f.converted![c]), c, lang)}</span>
                {c === unit && <span class="rc-muted"> ({t('card.original')})</span>}
              </li>
            ))}
          </ul>
          <p class="rc-muted">
            {t('card.rateOn')}: {f.converted.rateDate}
          </p>
        </section>
      )}
      {check && (
        <section class={`rc-check rc-${check.status}`}>
          <h3>
            {t('col.check')}: <span class="rc-status">{statusText(check.status, lang)}</span>
          </h3>
          {check.expected !== undefined && (
            <p>
              {t('col.kbValue')}:{' '}
              <strong>{props.fact ? factValue(props.fact, lang) : formatValue(check.expected, String(check.expectedUnit ?? unit), lang)}</strong>
              {props.fact?.period && <span class="rc-muted"> · {factPeriod(props.fact, lang)}</span>}
            </p>
          )}
          {check.cause && <p>{causeText(check.cause, lang)}</p>}
          {check.reason && (lang === 'en' || !check.cause) && <p class="rc-muted">{check.reason}</p>}
          {props.fact && <SourceLine source={props.fact.sourceInfo} sourceId={props.fact.source} asOf={props.fact.asOf} lang={lang} />}
          {check.status === 'inconsistent' && props.onDismiss && (
            <footer class="rc-actions">
              <button type="button" disabled={props.dismissed} onClick={props.onDismiss}>
                {props.dismissed ? t('card.dismissed') : t('common.dismiss')}
              </button>
            </footer>
          )}
        </section>
      )}
    </div>
  );
}
