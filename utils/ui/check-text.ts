// A figure's check, worded in the reader's language from its structured fields (never from the
// core's English `reason`): the verdict and its cause, the figure as written and its exact value,
// what the check assumed and how it knew, the rate and its month, the KB value with its record.
// The card, the side panel and the exports all show these rows. Pure.
import type { Fact, Source } from '../analysis/kb/types';
import type { Check, Figure } from '../analysis/types';
import { translator, type UiLang } from '../i18n';
import { formatDate, formatFigureValue, formatPeriod, formatRate, formatValue } from './format';
import { causeShort, causeText, currencyName, establishedText, metricText, missingText, rateBasisText, slipInText } from './labels';
import { CHECK_STATUS_DEFS } from '../analysis/vocabulary/checks';

export type KbFact = Fact & { sourceInfo?: Source };

export interface CheckRow {
  key:
    | 'verdict'
    | 'cause'
    | 'slipIn'
    | 'written'
    | 'readAs'
    | 'subject'
    | 'metric'
    | 'period'
    | 'currency'
    | 'convertedFrom'
    | 'rate'
    | 'kb'
    | 'source'
    | 'sibling'
    | 'missing';
  label: string;
  text: string;
  /** How the check knew it (assumptions only): 文中に明記 / 推定 … */
  how?: string;
  /** For the source row: the record, so a view can link it. */
  source?: Source;
}

export interface CheckContext {
  lang: UiLang;
  /** Display name of an entity in the UI language. */
  nameOf: (id: string) => string;
  /** The KB fact with its source, when the caller has it. */
  factOf?: (id: string) => KbFact | undefined;
}

/** The verdict in a phrase: 不一致（通貨の取り違え（元とドルなど）） / Differs from the KB (Wrong currency …). */
export function verdictText(check: Check, lang: UiLang): string {
  const v = CHECK_STATUS_DEFS[check.status].long[lang];
  return check.cause ? `${v}${lang === 'ja' ? '：' : ': '}${causeShort(check.cause, lang)}` : v;
}

/** A fact's status in the reader's language: 検証済み / 単一情報源 / 算出値 / 未検証. */
export function factStatusText(status: Fact['status'], lang: UiLang): string {
  return translator(lang)(`fact.${status}`);
}

/** Rows describing a figure's check (empty when the figure was not checked). */
export function checkRows(f: Figure, ctx: CheckContext): CheckRow[] {
  const c = f.check;
  if (!c) return [];
  const { lang } = ctx;
  const t = translator(lang);
  const paren = (s: string) => (lang === 'ja' ? `（${s}）` : ` (${s})`);
  const rows: CheckRow[] = [{ key: 'verdict', label: t('check.verdict'), text: verdictText(c, lang) }];
  if (c.cause) rows.push({ key: 'cause', label: t('check.cause'), text: causeText(c.cause, lang) });
  if (c.cause && c.slipIn) rows.push({ key: 'slipIn', label: t('check.slipIn'), text: slipInText(c.slipIn, lang) });
  rows.push({ key: 'written', label: t('check.written'), text: c.written ?? f.surface });
  const unit = String(c.unit ?? f.unit);
  const value = c.value ?? f.value;
  const max = c.valueMax ?? f.valueMax;
  // The figure's own reading keeps its qualifier (超, 約); another reading the check chose is shown bare.
  const read =
    value === f.value && max === f.valueMax
      ? formatFigureValue(f, lang)
      : formatValue(value, unit, lang) + (max != null ? (lang === 'ja' ? '〜' : '–') + formatValue(max, unit, lang) : '');
  rows.push({ key: 'readAs', label: t('check.readAs'), text: read });

  const b = c.basis ?? {};
  if (b.subject) rows.push({ key: 'subject', label: t('col.subject'), text: ctx.nameOf(b.subject.value), how: establishedText(b.subject.how, lang) });
  if (b.metric) rows.push({ key: 'metric', label: t('col.metric'), text: metricText(b.metric.value, lang), how: establishedText(b.metric.how, lang) });
  if (b.period) rows.push({ key: 'period', label: t('col.period'), text: formatPeriod(b.period.value, lang), how: establishedText(b.period.how, lang) });
  if (b.currency)
    rows.push({ key: 'currency', label: t('col.currency'), text: currencyName(b.currency.value, lang), how: establishedText(b.currency.how, lang) });

  if (c.convertedFrom) {
    const from = c.convertedFrom;
    const exact = formatValue(from.value, from.unit, lang);
    rows.push({ key: 'convertedFrom', label: t('check.convertedFrom'), text: exact === from.surface ? exact : `${from.surface}${paren(exact)}` });
  }
  if (c.rate) {
    const r = c.rate;
    const rate = formatRate(r.rate, r.from, r.to, lang);
    const where =
      r.source === 'page'
        ? [t('check.rateStated')]
        : [t('check.rateReference', { month: r.month ? formatDate(r.month, lang) : '—' }), ...(r.basis ? [rateBasisText(r.basis, lang)] : [])];
    const tol = t('check.tolerance', { pct: `${Math.round(r.tolerance * 1000) / 10}%` });
    rows.push({ key: 'rate', label: t('check.rate'), text: rate, how: [...where, tol].join(lang === 'ja' ? '・' : '; ') });
  }

  const fact = c.factId ? ctx.factOf?.(c.factId) : undefined;
  if (fact || c.expected != null) {
    const expUnit = String(c.expectedUnit ?? fact?.unit ?? unit);
    // The KB value in the figure's currency is a conversion (約, rounded); the record itself is exact.
    let kb =
      fact && c.expected != null && expUnit !== fact.unit
        ? `${lang === 'ja' ? '約' : '≈'}${formatValue(c.expected, expUnit, lang, false)}${paren(factValueText(fact, lang))}`
        : fact
          ? factValueText(fact, lang)
          : formatValue(c.expected!, expUnit, lang);
    const period = fact?.period ?? (c.sibling?.kind === 'period' ? c.sibling.period : undefined);
    if (period && fact?.unit !== 'date') kb += ` · ${formatPeriod(period, lang)}`;
    rows.push({ key: 'kb', label: t('check.kb'), text: kb, how: fact ? factStatusText(fact.status, lang) : undefined });
    if (fact) {
      const s = fact.sourceInfo;
      const text = s ? `${s.publisher}, ${formatDate(s.date, lang) || s.date}` : fact.source;
      rows.push({
        key: 'source',
        label: t('common.source'),
        text: fact.asOf && s?.date !== fact.asOf ? `${text}${paren(formatDate(fact.asOf, lang))}` : text,
        source: s,
      });
    }
  }
  // An overlapping period the check accepted is shown with the KB value above, not as a slip.
  if (c.sibling && !(c.status === 'consistent' && c.sibling.kind === 'period')) {
    const s = c.sibling;
    const text =
      s.kind === 'line-item' && s.metric
        ? t('check.siblingLineItem', { item: metricText(s.metric, lang) })
        : s.period
          ? t('check.siblingPeriod', { period: formatPeriod(s.period, lang) })
          : '';
    if (text) rows.push({ key: 'sibling', label: t('check.sibling'), text });
  }
  if (c.missing?.length)
    rows.push({ key: 'missing', label: t('check.missing'), text: c.missing.map((m) => missingText(m, lang)).join(lang === 'ja' ? '、' : '; ') });
  return rows;
}

/** A KB fact's value with its qualifier and basis, exact: 「3,800億元超」, "≈CNY 38.6bn (YoY)". */
export function factValueText(f: Fact, lang: UiLang): string {
  if (f.unit === 'date') return f.period ? formatPeriod(f.period, lang) : yyyymmdd(f.value, lang);
  let s = formatValue(f.value, f.unit, lang);
  if (f.qualifier === 'range' && f.valueMax !== undefined) s += (lang === 'ja' ? '〜' : '–') + formatValue(f.valueMax, f.unit, lang);
  else if (f.qualifier === 'about') s = (lang === 'ja' ? '約' : '≈') + s;
  else if (f.qualifier === 'over') s = lang === 'ja' ? `${s}超` : `>${s}`;
  else if (f.qualifier === 'under') s = lang === 'ja' ? `${s}未満` : `<${s}`;
  if (f.basis) s += lang === 'ja' ? (f.basis === 'yoy' ? '（前年同期比）' : '（前期比）') : f.basis === 'yoy' ? ' YoY' : ' QoQ';
  return s;
}

/** Date facts store YYYYMMDD as their value. */
function yyyymmdd(v: number, lang: UiLang): string {
  const s = String(Math.trunc(v));
  return /^\d{8}$/.test(s) ? formatDate(`${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6)}`, lang) : s;
}
