// The getSeries and getNames messages: KB series for the charts (one line item of one subject over
// quarters or years, each point with its record and source, converted when asked) and entity names
// in the reader's language. Read-only over the prepared KB.
import type { PreparedKb } from '../../utils/analysis/prepared-kb';
import { rateAt } from '../../utils/analysis/figures/convert';
import { isCurrency } from '../../utils/analysis/vocabulary/currencies';
import type { Metric } from '../../utils/analysis/vocabulary/metrics';
import { entityName } from '../../utils/ui/names';
import { pickSeries, type Series } from '../../utils/ui/series';
import type { SeriesKey } from '../../utils/messaging/protocol';
import type { UiLang } from '../../utils/i18n';

export function seriesFor(kb: PreparedKb, key: SeriesKey, currency?: string): Series | null {
  const fact = key.factId ? kb.facts.get(key.factId) : undefined;
  const subject = fact && fact.metric === key.metric ? fact.subject : key.subject;
  const facts = pickSeries(kb.factsBySubject.get(subject) ?? [], key.metric as Metric, key.span);
  if (facts.length < 2) return null;
  const to = currency && isCurrency(facts[0]!.unit) ? currency : undefined;
  const points = facts.map((f) => {
    const rate = to ? rateAt(kb, f.unit, to, f.period!.end)?.rate : 1;
    const s = kb.sources.get(f.source);
    return {
      factId: f.id,
      start: f.period!.start,
      end: f.period!.end,
      value: f.value,
      unit: f.unit,
      shown: rate === undefined ? NaN : f.value * rate,
      status: f.status,
      ...(f.qualifier && f.qualifier !== 'exact' ? { qualifier: f.qualifier } : {}),
      ...(f.asOf ? { asOf: f.asOf } : {}),
      ...(s ? { source: { publisher: s.publisher, date: s.date, url: s.url, ...(s.title ? { title: s.title } : {}) } } : {}),
    };
  });
  const definition = facts[0]!.definition;
  return {
    subject,
    metric: key.metric as Metric,
    span: key.span,
    unit: to ?? facts[0]!.unit,
    ...(definition ? { definition } : {}),
    points: points.filter((p) => Number.isFinite(p.shown)),
  };
}

export function namesFor(kb: PreparedKb, ids: string[], lang: UiLang): Record<string, { name: string; type: string; reading?: string }> {
  const out: Record<string, { name: string; type: string; reading?: string }> = {};
  for (const id of ids) {
    const e = kb.entities.get(id);
    if (e) out[id] = { name: entityName(e, lang), type: e.type, ...(e.reading ? { reading: e.reading } : {}) };
  }
  return out;
}
