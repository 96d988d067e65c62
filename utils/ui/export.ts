// Export of an article's entities and figures as CSV (RFC 4180) and as a Markdown report.
// Pure: returns strings; the pages turn them into a Blob download.
import type { AnalysisResult, Figure } from '../analysis/types';
import { causeFull, metricText, statusText, typeText } from './labels';
import { checkRows, type CheckRow, type KbFact } from './check-text';
import { translator, type UiLang } from '../i18n';
import { convertedValue, formatConverted, formatFigureValue, formatPeriod, formatValue, type ReaderCurrency } from './format';

export interface ExportInput {
  url: string;
  title?: string;
  result: AnalysisResult;
  /** Display name of an entity id in the UI language (subjects of figures may be outside result.entities). */
  nameOf: (id: string) => string;
  /** The KB fact a check compared with, with its source, when the caller has it. */
  factOf?: (id: string) => KbFact | undefined;
}

export interface ExportOptions {
  lang: UiLang;
  currency: ReaderCurrency;
}

/** One CSV field: quoted when it holds a comma, quote, CR or LF (or leading/trailing space). */
export function csvField(v: string | number | undefined | null): string {
  if (v == null) return '';
  const s = typeof v === 'number' ? (isFinite(v) ? String(v) : '') : v;
  // Cells starting with = + - @ are formulas in spreadsheets; prefix a quote to keep them text.
  const safe = typeof v === 'string' && /^[=+\-@\t\r]/.test(s) ? "'" + s : s;
  return /[",\r\n]|^\s|\s$/.test(safe) ? '"' + safe.replace(/"/g, '""') + '"' : safe;
}

export function csvLine(fields: Array<string | number | undefined | null>): string {
  return fields.map(csvField).join(',');
}

function expectedText(fig: Figure, lang: UiLang): string {
  const c = fig.check;
  if (!c || c.expected == null) return '';
  return formatValue(c.expected, String(c.expectedUnit ?? fig.unit), lang);
}

/** The check's rows by key, and the assumptions as one cell: 「対象: アリババグループ（文中に明記）; …」. */
function checkCells(fig: Figure, input: ExportInput, lang: UiLang) {
  const rows = checkRows(fig, { lang, nameOf: input.nameOf, factOf: input.factOf });
  const get = (k: CheckRow['key']) => rows.find((r) => r.key === k);
  const withHow = (r: CheckRow) => (r.how ? `${r.text}${lang === 'ja' ? `（${r.how}）` : ` (${r.how})`}` : r.text);
  const assumed = rows.filter((r) => ['subject', 'metric', 'period', 'currency'].includes(r.key)).map((r) => `${r.label}: ${withHow(r)}`);
  const src = get('source');
  return {
    verdict: get('verdict')?.text ?? '',
    assumed: assumed.join('; '),
    rate: get('rate') ? withHow(get('rate')!) : '',
    kb: get('kb') ? withHow(get('kb')!) : '',
    source: src ? `${src.text}${src.source?.url ? ` <${src.source.url}>` : ''}` : '',
    sibling: get('sibling')?.text ?? '',
    missing: get('missing')?.text ?? '',
    rows,
  };
}

/** CSV with one row per entity and per figure; the header names the reader's currency. */
export function toCsv(input: ExportInput, opts: ExportOptions): string {
  const { result, nameOf } = input;
  const cur = opts.currency;
  const header = [
    'record',
    'id',
    'name',
    'type',
    'surface',
    'value',
    'value_max',
    'unit',
    'value_text',
    `converted_${cur}`,
    'converted_text',
    'subject',
    'metric',
    'period',
    'check',
    'kb_value',
    'cause',
    'mentions',
    'start',
    'end',
    // The check worded in the reader's language (utils/ui/check-text.ts).
    'check_text',
    'cause_text',
    'assumed',
    'rate',
    'kb_record',
    'kb_source',
    'matched_instead',
    'not_checked_because',
    'rate_month',
  ];
  type Cell = string | number | undefined | null;
  // A row names only its own cells; the others stay empty.
  const row = (cells: Record<string, Cell>) => csvLine(header.map((h) => cells[h] ?? ''));
  const lines = [csvLine(header)];
  for (const e of result.entities) {
    const first = e.mentions[0];
    lines.push(
      row({
        record: 'entity',
        id: e.id,
        name: e.name,
        type: e.type,
        surface: [...new Set(e.mentions.map((m) => m.surface))].join(' / '),
        mentions: e.mentions.length,
        start: first?.start,
        end: first?.end,
      }),
    );
  }
  for (const f of result.figures) {
    const conv = convertedValue(f, cur);
    const c = checkCells(f, input, opts.lang);
    lines.push(
      row({
        record: 'figure',
        type: f.kind,
        surface: f.surface,
        value: f.value,
        value_max: f.valueMax,
        unit: String(f.unit),
        value_text: formatFigureValue(f, opts.lang),
        [`converted_${cur}`]: conv != null ? Math.round(conv) : '',
        converted_text: formatConverted(f, cur, opts.lang),
        subject: f.subject ? nameOf(f.subject) : '',
        metric: f.metric,
        period: f.period ? formatPeriod(f.period, opts.lang) : '',
        check: f.check?.status,
        kb_value: expectedText(f, opts.lang),
        cause: f.check?.cause,
        start: f.start,
        end: f.end,
        check_text: c.verdict,
        cause_text: (f.check && causeFull(f.check, opts.lang)) ?? '',
        assumed: c.assumed,
        rate: c.rate,
        kb_record: c.kb,
        kb_source: c.source,
        matched_instead: c.sibling,
        not_checked_because: c.missing,
        rate_month: f.converted?.rateDate,
      }),
    );
  }
  return lines.join('\r\n') + '\r\n';
}

/** Escapes text for a Markdown table cell: pipes, backslashes, newlines and HTML brackets. */
export function mdCell(v: string | number | undefined | null): string {
  if (v == null) return '';
  return String(v)
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r?\n|\r/g, ' ')
    .trim();
}

function mdRow(cells: Array<string | number | undefined | null>): string {
  return '| ' + cells.map(mdCell).join(' | ') + ' |';
}

function mdTable(head: string[], rows: Array<Array<string | number | undefined | null>>): string[] {
  return [mdRow(head), '|' + head.map(() => ' --- ').join('|') + '|', ...rows.map(mdRow)];
}

/** A Markdown report: title, URL, entities table, figures table (flagged figures first). */
export function toMarkdown(input: ExportInput, opts: ExportOptions): string {
  const { result, nameOf } = input;
  const { lang, currency } = opts;
  const t = translator(lang);
  const title = (input.title ?? '').replace(/\r?\n/g, ' ').trim() || input.url;
  const out: string[] = [`# ${title.replace(/^#+/, '')}`, '', `<${input.url}>`, ''];
  out.push(`## ${t('panel.entities')}`, '');
  out.push(
    ...mdTable(
      [t('col.name'), t('col.type'), t('col.mentions'), t('col.surfaces')],
      result.entities.map((e) => [e.name, typeText(e.type, lang), e.mentions.length, [...new Set(e.mentions.map((m) => m.surface))].join(' / ')]),
    ),
  );
  out.push('', `## ${t('panel.figures')}`, '');
  const rank = (f: Figure) => (f.check?.status === 'inconsistent' ? 0 : 1);
  const figs = [...result.figures].sort((a, b) => rank(a) - rank(b) || a.start - b.start);
  out.push(
    ...mdTable(
      [
        t('col.surface'),
        t('col.value'),
        t('col.converted', { currency }),
        t('col.subject'),
        t('col.metric'),
        t('col.period'),
        t('col.check'),
        t('col.kbValue'),
      ],
      figs.map((f) => [
        f.surface,
        formatFigureValue(f, lang),
        formatConverted(f, currency, lang),
        f.subject ? nameOf(f.subject) : '',
        f.metric ? metricText(f.metric, lang) : '',
        f.period ? formatPeriod(f.period, lang) : '',
        f.check ? statusText(f.check.status, lang) + (f.check.cause ? ` (${causeFull(f.check, lang)})` : '') : '',
        expectedText(f, lang),
      ]),
    ),
  );
  // Each check in full: what it assumed and how it knew, the rate, the KB record and its source.
  const checked = figs.filter((f) => f.check);
  if (checked.length) {
    out.push('', `## ${t('check.assumed')}`, '');
    for (const f of checked) {
      out.push(`- **${mdCell(f.surface)}**`);
      for (const r of checkCells(f, input, lang).rows) {
        if (r.key === 'written') continue;
        const text = r.key === 'source' && r.source?.url ? `${r.text} <${r.source.url}>` : r.text;
        out.push(`  - ${mdCell(r.label)}: ${mdCell(text)}${r.how ? ` (${mdCell(r.how)})` : ''}`);
      }
    }
  }
  return out.join('\n') + '\n';
}

/** A file name from the page title or host: "alibaba-reader-<slug>.<ext>". */
export function exportFileName(input: { url: string; title?: string }, ext: string): string {
  let base = input.title ?? '';
  if (!base) {
    try {
      base = new URL(input.url).hostname;
    } catch {
      base = 'page';
    }
  }
  const slug =
    base
      .normalize('NFKC')
      .replace(/[\\/:*?"<>|\s]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'page';
  return `alibaba-reader-${slug}.${ext}`;
}
