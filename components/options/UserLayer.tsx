// The reader's own layer: watchlist, own aliases, dismissed flags, export/import of all of it,
// and what knowledge base is loaded. Kept live by the background's layerChanged broadcasts. Names
// come in one batched request and long lists render only the rows in view, so 10,000 watched
// entities stay responsive.
import { useEffect, useState } from 'preact/hooks';
import { servePages, toBackground, type ImportReport } from '@/utils/messaging/protocol';
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from '@/utils/db/import-rules';
import type { Translate } from '@/utils/i18n';
import { downloadText } from '../common/download';
import { useLayerChanges } from '../panel/use-layer';
import { Section } from '../common/Section';
import { useUi } from '../common/ui-context';
import { VirtualList } from '../common/VirtualList';

type Named = { id: string; name: string };
type Alias = { entityId: string; text: string; name: string };

const ROW = 30;
const LIST_HEIGHT = 360;

/** Display names of many entities, in one request. */
async function namesOf(ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const names = await toBackground('getNames', { ids }).catch(() => ({}) as Record<string, { name: string }>);
  return new Map(ids.map((id) => [id, names[id]?.name ?? id]));
}

export function UserLayer() {
  const { t, lang } = useUi();
  const [watched, setWatched] = useState<Named[] | null>(null);
  const [aliases, setAliases] = useState<Alias[] | null | 'unsupported'>(null);
  const [dismissed, setDismissed] = useState<string[] | null>(null);
  const [message, setMessage] = useState<string>();
  const [report, setReport] = useState<ImportReport>();
  const [progress, setProgress] = useState<string>();
  const [kb, setKb] = useState<string>();

  const load = async () => {
    const ids = await toBackground('listWatched', undefined).catch((): string[] => []);
    let list: Array<{ entityId: string; text: string }> | 'unsupported';
    try {
      list = await toBackground('listOwnAliases', undefined);
    } catch {
      list = 'unsupported';
    }
    const names = await namesOf([...new Set([...ids, ...(list === 'unsupported' ? [] : list.map((a) => a.entityId))])]);
    setWatched(ids.map((id) => ({ id, name: names.get(id) ?? id })));
    setAliases(list === 'unsupported' ? list : list.map((a) => ({ ...a, name: names.get(a.entityId) ?? a.entityId })));
    setDismissed(await toBackground('listDismissed', undefined).catch((): string[] => []));
    const info = await toBackground('kbInfo', undefined).catch(() => null);
    if (info) setKb(t('options.kbInfo', { version: info.version, entities: info.entities, facts: info.facts }));
  };
  useEffect(() => {
    void load();
  }, [lang]);
  // Changes made here or anywhere else (side panel, card) arrive as broadcasts.
  useLayerChanges(() => void load());
  useEffect(
    () =>
      servePages({
        importProgress: {
          run: ({ phase, done, total }) =>
            setProgress(t(phase === 'check' ? 'options.importChecking' : 'options.importWriting', { done: num(done), total: num(total) })),
        },
      }),
    [lang],
  );

  const unwatch = (id: string) => toBackground('toggleWatch', { id });
  const removeAlias = (entityId: string, text: string) => toBackground('removeOwnAlias', { entityId, text });
  const exportData = async () => {
    const json = await toBackground('exportUserData', undefined);
    const day = new Date().toISOString().slice(0, 10);
    downloadText(`alibaba-reader-userdata-${day}.json`, json, 'application/json');
  };
  const importData = async (e: Event) => {
    const input = e.currentTarget;
    if (!(input instanceof HTMLInputElement)) return;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setReport(undefined);
    setMessage(undefined);
    if (file.size > MAX_IMPORT_BYTES) {
      setMessage(t('options.problem.tooLarge'));
      return;
    }
    setProgress(t('options.importReading'));
    try {
      const r = await toBackground('importUserData', { json: await file.text() });
      if (r.problem) setMessage(problemText(t, r.problem));
      else setReport(r);
    } catch (err) {
      setMessage(t('options.importFailed', { reason: err instanceof Error ? err.message : String(err) }));
    } finally {
      setProgress(undefined);
    }
  };

  return (
    <>
      <Section id="watchlist" title={t('options.watchlist')} count={watched?.length || undefined}>
        {watched && !watched.length && <p class="muted small">{t('options.watchlistNone')}</p>}
        {watched && (
          <VirtualList
            items={watched}
            rowHeight={ROW}
            height={LIST_HEIGHT}
            keyOf={(w) => w.id}
            row={(w) => (
              <div class="row" data-watched={w.id}>
                <span class="pin on" aria-hidden="true">
                  ★
                </span>
                <span class="grow ellipsis">{w.name}</span>
                <button type="button" onClick={() => void unwatch(w.id)}>
                  {t('common.unwatch')}
                </button>
              </div>
            )}
          />
        )}
      </Section>
      {aliases !== 'unsupported' && (
        <Section id="aliases" title={t('options.ownAliases')} count={aliases?.length || undefined}>
          {aliases && !aliases.length && <p class="muted small">{t('options.ownAliasesNone')}</p>}
          {aliases && (
            <VirtualList
              items={aliases}
              rowHeight={ROW}
              height={LIST_HEIGHT}
              keyOf={(a) => a.entityId + '|' + a.text}
              row={(a) => (
                <div class="row">
                  <span class="grow ellipsis">
                    「{a.text}」 → {a.name}
                  </span>
                  <button type="button" onClick={() => void removeAlias(a.entityId, a.text)}>
                    {t('common.remove')}
                  </button>
                </div>
              )}
            />
          )}
        </Section>
      )}
      <Section id="dismissed" title={t('options.dismissed')} count={dismissed?.length || undefined}>
        {dismissed && !dismissed.length && <p class="muted small">{t('options.dismissedNone')}</p>}
        {dismissed && (
          <VirtualList
            items={dismissed}
            rowHeight={ROW}
            height={LIST_HEIGHT}
            class="small"
            keyOf={(k) => k}
            row={(k) => {
              // Keys are "<fact id>|<figure text>" (utils/ui/flags.ts).
              const bar = k.indexOf('|');
              return (
                <div class="row">
                  <strong>{bar < 0 ? k : k.slice(bar + 1)}</strong>
                  {bar > 0 && <span class="muted grow ellipsis">{k.slice(0, bar)}</span>}
                </div>
              );
            }}
          />
        )}
      </Section>
      <Section id="data" title={t('options.data')}>
        <p class="small muted">{t('options.dataHelp')}</p>
        <p class="small muted import-limits">{t('options.importLimits', { mb: MAX_IMPORT_BYTES / 1024 / 1024, rows: num(MAX_IMPORT_ROWS) })}</p>
        <div class="row wrap">
          <button type="button" onClick={() => void exportData()}>
            {t('options.exportData')}
          </button>
          <label class="file-button">
            <input type="file" accept="application/json,.json" onChange={importData} disabled={!!progress} />
            <span>{t('options.importData')}</span>
          </label>
        </div>
        {progress && (
          <p class="small" role="progressbar" aria-live="polite">
            {progress}
          </p>
        )}
        {(message || report) && (
          <div class="small import-report" role="status">
            {message && <p>{message}</p>}
            {report && <ReportView report={report} t={t} />}
          </div>
        )}
        {kb && (
          <p class="small muted kb-info">
            {t('options.kb')}: {kb}
          </p>
        )}
      </Section>
    </>
  );
}

const num = (n: number) => n.toLocaleString('en-US');

function problemText(t: Translate, p: NonNullable<ImportReport['problem']>): string {
  return t(`options.problem.${p.code}`, { detail: p.detail, mb: MAX_IMPORT_BYTES / 1024 / 1024 });
}

/** What was imported, table by table, and what was refused, by reason, with examples. */
function ReportView(props: { report: ImportReport; t: Translate }) {
  const { report: r, t } = props;
  const parts = Object.entries(r.imported)
    .filter(([, n]) => n > 0)
    .map(([table, n]) => `${t(`options.table.${table as keyof ImportReport['imported']}`)} ${num(n)}`);
  const refused = r.refused.reduce((n, g) => n + g.count, 0);
  return (
    <>
      <p>{parts.length ? t('options.importedSummary', { parts: parts.join(', ') }) : t('options.importedNone')}</p>
      {refused > 0 && (
        <>
          <p>{t('options.refusedSummary', { n: num(refused) })}</p>
          <ul class="refused">
            {r.refused.map((g) => (
              <li key={g.table + g.reason} data-reason={g.reason}>
                {num(g.count)} × {t(`options.refused.${g.reason}`)} ({g.table})
                {g.examples.length > 0 && <span class="muted"> — {g.examples.map((x) => `「${x}」`).join(' ')}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
