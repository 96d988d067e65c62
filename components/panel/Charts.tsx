// 数字の推移 / Figures over time: a chart per line item the article touches that the KB holds as a
// series (the article's figure as the diamond at its period, coloured by its check), and, when the
// article is about capital spending or names several of the big spenders, their quarterly capex
// side by side in the reader's currency (each quarter at its own month's rate).
import { useEffect, useMemo, useState } from 'preact/hooks';
import { toBackground } from '@/utils/messaging/protocol';
import type { Figure } from '@/utils/analysis/types';
import { CAPEX_PEERS, seriesKey, windowPoints, type Series } from '@/utils/ui/series';
import { isFlagged } from '@/utils/ui/flags';
import { metricWithDefinition } from '@/utils/ui/labels';
import { figureMark, seriesLine, tickText, unitWord } from '../chart/FigureChart';
import { SeriesChart } from '../chart/SeriesChart';
import { Section } from '../common/Section';
import { useUi } from '../common/ui-context';

const MAX_CHARTS = 4;
const POINTS = 12;
const PEER_POINTS = 8;
const CAPEX_LIKE = new Set(['capex', 'capex_growth', 'investment_plan', 'ai_budget']);
type Key = NonNullable<ReturnType<typeof seriesKey>>;

/** Line items of the article's figures, one figure each (a flagged one first, then a checked one). */
function chartKeys(figures: Figure[]): Array<{ key: Key; figure: Figure }> {
  const best = new Map<string, { key: Key; figure: Figure; rank: number }>();
  for (const f of figures) {
    const key = seriesKey(f);
    if (!key) continue;
    const id = `${key.subject}|${key.metric}|${key.span}`;
    // A flagged figure first, then amounts before growth rates, then checked ones.
    const rank = (isFlagged(f) ? 0 : 4) + (f.kind === 'money' ? 0 : 2) + (f.check?.factId ? 0 : 1);
    const cur = best.get(id);
    if (!cur || rank < cur.rank) best.set(id, { key, figure: f, rank });
  }
  return [...best.values()].sort((a, b) => a.rank - b.rank).slice(0, MAX_CHARTS);
}

/** Does the article touch capital spending, or name two or more of the peers? */
function wantsPeers(figures: Figure[], entityIds: string[]): boolean {
  const peers = new Set<string>(CAPEX_PEERS);
  return figures.some((f) => f.metric && CAPEX_LIKE.has(f.metric)) || entityIds.filter((id) => peers.has(id)).length >= 2;
}

interface Props {
  figures: Figure[];
  entityIds: string[];
  articleDate?: string;
  nameOf(id: string): string;
}

export function Charts(props: Props) {
  const { t, lang, settings } = useUi();
  const cur = settings.currency;
  const items = useMemo(() => chartKeys(props.figures), [props.figures]);
  const peers = useMemo(() => wantsPeers(props.figures, props.entityIds), [props.figures, props.entityIds]);
  const [own, setOwn] = useState<Array<Series | null>>([]);
  const [peer, setPeer] = useState<Array<Series | null>>([]);
  const keyText = JSON.stringify(items.map((x) => x.key));
  useEffect(() => {
    let live = true;
    if (items.length)
      toBackground('getSeries', { keys: items.map((x) => x.key) }).then(
        (r) => live && setOwn(r),
        () => {},
      );
    else setOwn([]);
    return () => {
      live = false;
    };
  }, [keyText]);
  useEffect(() => {
    let live = true;
    if (peers)
      toBackground('getSeries', { keys: CAPEX_PEERS.map((subject) => ({ subject, metric: 'capex', span: 'quarter' as const })), currency: cur }).then(
        (r) => live && setPeer(r),
        () => {},
      );
    else setPeer([]);
    return () => {
      live = false;
    };
  }, [peers, cur]);

  // Two figures can land on one KB series (a unit's figure on its parent's line): one chart each.
  const seen = new Set<string>();
  const charts = items
    .map((x, i) => ({ ...x, series: own[i] }))
    .filter((x): x is typeof x & { series: Series } => !!x.series && x.series.points.length >= 3)
    .filter((x) => {
      const id = `${x.series.subject}|${x.series.metric}|${x.series.span}`;
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    });
  const peerLines = peer
    .filter((s): s is Series => !!s && s.points.length >= 2)
    .map((s) => ({
      ...s,
      points: windowPoints(
        s.points.filter((p) => !props.articleDate || p.start <= props.articleDate),
        PEER_POINTS,
      ),
    }))
    .filter((s) => s.points.length >= 2);
  if (!charts.length && peerLines.length < 2) return null;
  return (
    <Section id="charts" className="charts" title={t('panel.charts')} count={charts.length + (peerLines.length >= 2 ? 1 : 0)}>
      <p class="small muted">{t('panel.chartsHelp')}</p>
      {charts.map(({ series, figure }, i) => {
        const s = { ...series, points: windowPoints(series.points, POINTS, figure.period?.end) };
        return (
          <div class="chart-item" key={`${s.subject}-${s.metric}-${s.span}`} data-chart={`${s.subject}:${s.metric}`}>
            <SeriesChart
              title={t('chart.title', {
                subject: props.nameOf(s.subject),
                item: metricWithDefinition(s.metric, s.definition, lang),
                unit: unitWord(s.unit, lang),
              })}
              lines={[seriesLine(s, lang)]}
              mark={figureMark(figure, s, lang)}
              tick={tickText(s.unit, lang)}
              hint={i === 0 ? t('chart.hint') : ''}
              width={330}
              height={140}
            />
          </div>
        );
      })}
      {peerLines.length >= 2 && (
        <div class="chart-item" data-chart="peers:capex">
          <SeriesChart
            title={t('panel.peersCapex', { currency: unitWord(cur, lang) })}
            lines={peerLines.map((s) => seriesLine(s, lang, props.nameOf(s.subject)))}
            tick={tickText(cur, lang)}
            hint={charts.length ? '' : t('chart.hint')}
            width={330}
            height={160}
          />
        </div>
      )}
    </Section>
  );
}
