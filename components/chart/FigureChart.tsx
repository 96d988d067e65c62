// KB series as chart lines in the reader's language, and the article's figure as the chart's mark:
// its value in the series' unit (converted at the page's rate when the currencies differ) at its
// period, coloured by its check. Used by the hover card and the side panel.
import type { Figure } from '../../utils/analysis/types';
import { unitLabel } from '../../utils/analysis/vocabulary/labels';
import { translator, type UiLang } from '../../utils/i18n';
import { enAmount, formatMoney, formatPeriod, formatValue, groupDigits, isMoneyUnit, jaAmount } from '../../utils/ui/format';
import { metricText, statusText, withDefinition } from '../../utils/ui/labels';
import { factStatusText } from '../../utils/ui/check-text';
import { idFamily, windowPoints, type Series } from '../../utils/ui/series';
import { shortPublisher } from '../../utils/ui/names';
import { SeriesChart, type ChartLine, type ChartMark } from './SeriesChart';

const endMs = (iso: string) => Date.parse(iso.slice(0, 10) + 'T00:00:00Z');
const about = (lang: UiLang) => (lang === 'ja' ? '約' : '≈');

/** Axis label of a value: 2,000億 / 200bn / 20%. */
export function tickText(unit: string, lang: UiLang): (v: number) => string {
  if (unit === 'percent') return (v) => `${groupDigits(v, 1)}%`;
  return (v) => (v === 0 ? '0' : lang === 'ja' ? jaAmount(v) : enAmount(v));
}

/** The unit in a chart title: 元 / CNY / %. */
export function unitWord(unit: string, lang: UiLang): string {
  return unit === 'percent' ? '%' : unitLabel(unit, lang) || unit;
}

function qualified(text: string, q: string | undefined, lang: UiLang): string {
  if (q === 'about') return about(lang) + text;
  if (q === 'over') return lang === 'ja' ? `${text}超` : `>${text}`;
  if (q === 'under') return lang === 'ja' ? `${text}未満` : `<${text}`;
  return text;
}

/** One line of a series; points of a definition other than the line's most common one are marked. */
export function seriesLine(series: Series, lang: UiLang, name?: string): ChartLine {
  const t = translator(lang);
  const count = new Map<string, number>();
  for (const p of series.points) count.set(idFamily(p.factId), (count.get(idFamily(p.factId)) ?? 0) + 1);
  const main = [...count.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const sep = lang === 'ja' ? '：' : ': ';
  return {
    id: `${series.subject}-${series.metric}`,
    name: name && series.definition ? withDefinition(name, series.definition, lang) : name,
    points: series.points.map((p) => {
      const own = qualified(formatValue(p.value, p.unit, lang), p.qualifier, lang);
      const value = p.unit !== series.unit ? `${about(lang)}${formatMoney(p.shown, series.unit, lang)}${lang === 'ja' ? `（${own}）` : ` (${own})`}` : own;
      const src = p.source ? `${t('common.source')}${sep}${shortPublisher(p.source.publisher)}, ${p.source.date}` : '';
      return {
        t: endMs(p.end),
        v: p.shown,
        end: p.end,
        other: !!main && idFamily(p.factId) !== main,
        text: [`${formatPeriod({ start: p.start, end: p.end }, lang)}${sep}${value}`, factStatusText(p.status, lang), src].filter(Boolean).join(' · '),
      };
    }),
  };
}

/** The article's figure on a series' scale, or nothing when it cannot be put in the series' unit. */
export function figureMark(f: Figure, series: Series, lang: UiLang): ChartMark | undefined {
  if (!f.period) return undefined;
  const unit = series.unit;
  const value = f.check?.value ?? f.value;
  let v: number | undefined;
  if (String(f.unit) === unit) v = value;
  else if (isMoneyUnit(unit) && isMoneyUnit(String(f.unit)) && f.converted && unit in f.converted) v = f.converted[unit as 'CNY' | 'USD' | 'JPY'];
  if (v === undefined || !Number.isFinite(v)) return undefined;
  const t = translator(lang);
  const sep = lang === 'ja' ? '：' : ': ';
  const inUnit =
    String(f.unit) === unit ? '' : lang === 'ja' ? `（${about(lang)}${formatMoney(v, unit, lang)}）` : ` (${about(lang)}${formatMoney(v, unit, lang)})`;
  const verdict = f.check ? ` · ${statusText(f.check.status, lang)}` : '';
  return {
    t: endMs(f.period.end),
    v,
    end: f.period.end,
    status: f.check?.status ?? 'none',
    label: t('chart.article'),
    short: tickText(unit, lang)(v),
    text: `${t('chart.article')}${sep}${f.surface}${inUnit} · ${formatPeriod(f.period, lang)}${verdict}`,
  };
}

/** Points a card's chart shows at most: about three years of quarters around the figure. */
const CARD_POINTS = 12;

/** The chart of one figure's line item (hover card). */
export function FigureChart(props: { series: Series; figure: Figure; lang: UiLang; subjectName: string }) {
  const { lang } = props;
  const series = { ...props.series, points: windowPoints(props.series.points, CARD_POINTS, props.figure.period?.end) };
  const t = translator(lang);
  const title = t('chart.title', { subject: props.subjectName, item: metricText(series.metric, lang), unit: unitWord(series.unit, lang) });
  return (
    <SeriesChart
      title={title}
      lines={[seriesLine(series, lang)]}
      mark={figureMark(props.figure, series, lang)}
      tick={tickText(series.unit, lang)}
      hint={t('chart.hint')}
      width={300}
      height={110}
    />
  );
}
