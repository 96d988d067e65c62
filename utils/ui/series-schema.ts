// The schema of a chart's series as the background sends it (getSeries, utils/messaging/protocol.ts):
// the receiver parses it, and the Series type (series.ts) is inferred from it. A point's record
// status, qualifier and source are the KB's own fields (utils/analysis/kb/schema.ts). Built on first use.
import * as z from 'zod/mini';
import { kbSchemas } from '../analysis/kb/schema';
import { METRICS } from '../analysis/vocabulary/metrics';

function build() {
  const { Fact, Source } = kbSchemas();
  const str = z.string();
  const opt = z.optional;
  const Span = z.enum(['quarter', 'year']);

  const SeriesPoint = z.object({
    factId: str,
    start: str,
    end: str,
    /** As the KB records it, in its own unit. */
    value: z.number(),
    unit: str,
    /** In the series' shown unit (converted at the rate of the period's last month when asked). */
    shown: z.number(),
    status: Fact.shape.status,
    qualifier: Fact.shape.qualifier,
    asOf: opt(str),
    source: opt(z.pick(Source, { publisher: true, date: true, url: true, title: true })),
  });

  const Series = z.object({
    subject: str,
    metric: z.enum(METRICS),
    span: Span,
    /** The unit of `shown`: the facts' own, or the currency asked for. */
    unit: str,
    /** How the line item is counted, when the KB says (every point the same). */
    definition: Fact.shape.definition,
    points: z.array(SeriesPoint),
  });

  return { Span, SeriesPoint, Series };
}

export type SeriesSchemas = ReturnType<typeof build>;
let built: SeriesSchemas | undefined;
/** The series' schemas, built once on first use. */
export const seriesSchemas = (): SeriesSchemas => (built ??= build());
