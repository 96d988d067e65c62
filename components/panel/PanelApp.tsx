// The side panel (Chrome side_panel / Firefox sidebar) for the active tab, or for the tab pinned
// with ?tab=<id>. Sections: summary (title, site, date, verdict), flagged figures, entities,
// figures, figures over time (charts), timeline, unknown proper nouns, export, shortcuts. A page
// judged not relevant shows its verdict only.
import { useMemo } from 'preact/hooks';
import { toBackground } from '@/utils/messaging/protocol';
import type { Fact } from '@/utils/analysis/kb/types';
import type { Figure } from '@/utils/analysis/types';
import type { KbFact } from '@/utils/ui/check-text';
import { activeFlags, disabledScopes, flagKey, isFlagged } from '@/utils/ui/flags';
import { makeNameOf } from '@/utils/ui/names';
import { CAPEX_PEERS } from '@/utils/ui/series';
import { buildTimeline } from '@/utils/ui/timeline';
import { Section } from '../common/Section';
import { Shortcuts } from '../common/Shortcuts';
import { useUi } from '../common/ui-context';
import { Charts } from './Charts';
import { Entities } from './Entities';
import { ExportBar } from './ExportBar';
import { FiguresTable } from './FiguresTable';
import { Flags } from './Flags';
import { Summary } from './Summary';
import { Timeline } from './Timeline';
import { UnknownNouns } from './UnknownNouns';
import { useCards, useLayer } from './use-layer';
import { useNames } from './use-names';
import { useTabId, useTabState } from './use-tab';

/** Entities whose cards are fetched up front (sources of flags, timeline facts). */
const EAGER_CARDS = 8;
const TIMELINE_ENTITIES = 4;

export function PanelApp(props: { pinnedTab?: number }) {
  const { t, lang, settings } = useUi();
  const tabId = useTabId(props.pinnedTab);
  const { state, loading, error, refetch } = useTabState(tabId);
  const layer = useLayer();
  const result = state?.result;

  const ranked = useMemo(
    () => [...(result?.entities ?? [])].sort((a, b) => (b.salience ?? 0) - (a.salience ?? 0) || b.mentions.length - a.mentions.length),
    [result],
  );
  const eagerIds = useMemo(() => {
    const ids = new Set(ranked.slice(0, EAGER_CARDS).map((e) => e.id));
    for (const f of result?.figures ?? []) {
      const subject = f.check?.basis?.subject?.value ?? f.subject;
      if (subject && (isFlagged(f) || ids.size < EAGER_CARDS * 2)) ids.add(subject);
    }
    return [...ids];
  }, [ranked, result]);
  const { cards, load } = useCards(result?.relevant ? eagerIds : []);
  // Names in the UI language: the page's entities, the figures' subjects, the capex peers.
  const nameIds = useMemo(
    () => [
      ...(result?.entities ?? []).map((e) => e.id),
      ...(result?.figures ?? []).flatMap((f) => [f.subject, f.check?.basis?.subject?.value]).filter((x): x is string => !!x),
      ...CAPEX_PEERS,
    ],
    [result],
  );
  const names = useNames(result?.relevant ? nameIds : [], lang);
  const nameOf = useMemo(() => {
    const fallback = makeNameOf(result, cards, lang);
    return (id: string) => names.get(id)?.name ?? fallback(id);
  }, [names, result, cards, lang]);
  const factOf = useMemo(() => {
    const all = new Map<string, KbFact>();
    for (const c of cards.values()) for (const f of c?.facts ?? []) all.set(f.id, f);
    return (id: string) => all.get(id);
  }, [cards]);

  // Dated facts and events the article touches: its date and period figures, the KB facts its
  // figures were checked against, and the dated facts of its main entities.
  const timeline = useMemo(() => {
    if (!result) return [];
    const facts: Fact[] = [];
    for (const e of ranked.slice(0, TIMELINE_ENTITIES)) facts.push(...(cards.get(e.id)?.facts ?? []));
    for (const f of result.figures) {
      const fact = f.check?.factId ? factOf(f.check.factId) : undefined;
      if (fact) facts.push(fact);
    }
    return buildTimeline(result, facts);
  }, [result, ranked, cards, factOf]);

  if (tabId === undefined || (loading && !state)) return <p class="section muted">{t('common.loading')}</p>;
  if (tabId === null) return <p class="section muted">{t('panel.noTab')}</p>;
  if (error && !state) {
    return (
      <div class="section stack">
        <p class="muted">{t('common.error')}</p>
        <button type="button" onClick={refetch}>
          {t('common.retry')}
        </button>
      </div>
    );
  }
  if (!state) return <p class="section muted">{t('panel.noState')}</p>;

  const scopes = disabledScopes(state.url, settings);
  const off = !settings.enabled || scopes.site || scopes.page || state.status === 'disabled';
  const isDismissed = (f: Figure) => layer.dismissed.has(flagKey(f));
  const flags = result ? activeFlags(result.figures, isDismissed) : [];
  const dismissedHere = result ? result.figures.filter((f) => isFlagged(f) && isDismissed(f)).length : 0;
  const scroll = (r: { start: number; end: number }) => {
    toBackground('scrollTo', { tabId: state.tabId, start: r.start, end: r.end }).catch(() => {});
  };

  return (
    <main class="panel" data-tab={state.tabId}>
      <Summary state={state} flagCount={flags.length} off={off} nameOf={nameOf} />
      {result?.relevant && !off && (
        <>
          <Flags
            flags={flags}
            dismissedHere={dismissedHere}
            factOf={factOf}
            nameOf={nameOf}
            onScroll={scroll}
            onDismiss={(f) => void layer.dismiss(flagKey(f))}
          />
          <Entities
            entities={result.entities}
            figures={result.figures}
            readings={result.readings}
            watched={layer.watched}
            cards={cards}
            nameOf={nameOf}
            articleDate={state.date}
            loadCard={load}
            onToggleWatch={(id) => void layer.toggleWatch(id)}
            onScroll={scroll}
          />
          <FiguresTable figures={result.figures} articleDate={state.date} nameOf={nameOf} factOf={factOf} onScroll={scroll} />
          <Charts figures={result.figures} entityIds={result.entities.map((e) => e.id)} articleDate={state.date} nameOf={nameOf} />
          <Timeline items={timeline} articleDate={state.date} nameOf={nameOf} onScroll={scroll} />
          {result.unknownProperNouns && result.unknownProperNouns.length > 0 && (
            <UnknownNouns nouns={result.unknownProperNouns} entities={ranked} onScroll={scroll} />
          )}
          <ExportBar state={state} nameOf={nameOf} factOf={factOf} />
        </>
      )}
      <Section id="shortcuts" title={t('panel.shortcuts')}>
        <Shortcuts compact />
      </Section>
    </main>
  );
}
