// The reader's own layer: watchlist, own aliases, dismissed flags, export/import of all of it,
// and what knowledge base is loaded. Kept live by the background's layerChanged broadcasts.
import { useEffect, useState } from 'preact/hooks';
import { toBackground } from '@/utils/messaging/protocol';
import { entityName } from '@/utils/ui/names';
import type { UiLang } from '@/utils/i18n';
import { downloadText } from '../common/download';
import { useLayerChanges } from '../panel/use-layer';
import { Section } from '../common/Section';
import { useUi } from '../common/ui-context';

type Named = { id: string; name: string };

async function namesOf(ids: string[], lang: UiLang): Promise<Named[]> {
  return Promise.all(
    ids.map(async (id) => {
      const card = await toBackground('getEntityCard', { id }).catch(() => null);
      return { id, name: card ? entityName(card.entity, lang) : id };
    }),
  );
}

export function UserLayer() {
  const { t, lang } = useUi();
  const [watched, setWatched] = useState<Named[] | null>(null);
  const [aliases, setAliases] = useState<Array<{ entityId: string; text: string; name: string }> | null | 'unsupported'>(null);
  const [dismissed, setDismissed] = useState<string[] | null>(null);
  const [message, setMessage] = useState<string>();
  const [kb, setKb] = useState<string>();

  const load = async () => {
    const ids = await toBackground('listWatched', undefined).catch((): string[] => []);
    setWatched(await namesOf(ids, lang));
    try {
      const list = await toBackground('listOwnAliases', undefined);
      const names = new Map((await namesOf([...new Set(list.map((a) => a.entityId))], lang)).map((n) => [n.id, n.name]));
      setAliases(list.map((a) => ({ ...a, name: names.get(a.entityId) ?? a.entityId })));
    } catch {
      setAliases('unsupported');
    }
    setDismissed(await toBackground('listDismissed', undefined).catch((): string[] => []));
    const info = await toBackground('kbInfo', undefined).catch(() => null);
    if (info) setKb(t('options.kbInfo', { version: info.version, entities: info.entities, facts: info.facts }));
  };
  useEffect(() => {
    void load();
  }, [lang]);
  // Changes made here or anywhere else (side panel, card) arrive as broadcasts.
  useLayerChanges(() => void load());

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
    if (!file) return;
    try {
      const n = await toBackground('importUserData', { json: await file.text() });
      setMessage(t('options.imported', { n }));
    } catch {
      setMessage(t('options.importFailed'));
    }
    input.value = '';
  };

  return (
    <>
      <Section id="watchlist" title={t('options.watchlist')} count={watched?.length || undefined}>
        {watched && !watched.length && <p class="muted small">{t('options.watchlistNone')}</p>}
        <ul class="list">
          {watched?.map((w) => (
            <li class="row" key={w.id} data-watched={w.id}>
              <span class="pin on" aria-hidden="true">★</span>
              <span class="grow">{w.name}</span>
              <button type="button" onClick={() => void unwatch(w.id)}>
                {t('common.unwatch')}
              </button>
            </li>
          ))}
        </ul>
      </Section>
      {aliases !== 'unsupported' && (
        <Section id="aliases" title={t('options.ownAliases')} count={aliases?.length || undefined}>
          {aliases && !aliases.length && <p class="muted small">{t('options.ownAliasesNone')}</p>}
          <ul class="list">
            {aliases?.map((a) => (
              <li class="row" key={a.entityId + '|' + a.text}>
                <span class="grow">
                  「{a.text}」 → {a.name}
                </span>
                <button type="button" onClick={() => void removeAlias(a.entityId, a.text)}>
                  {t('common.remove')}
                </button>
              </li>
            ))}
          </ul>
        </Section>
      )}
      <Section id="dismissed" title={t('options.dismissed')} count={dismissed?.length || undefined}>
        {dismissed && !dismissed.length && <p class="muted small">{t('options.dismissedNone')}</p>}
        <ul class="list small">
          {dismissed?.map((k) => {
            // Keys are "<fact id>|<figure text>" (utils/ui/flags.ts).
            const bar = k.indexOf('|');
            return (
              <li key={k} class="row">
                <strong>{bar < 0 ? k : k.slice(bar + 1)}</strong>
                {bar > 0 && <span class="muted grow ellipsis">{k.slice(0, bar)}</span>}
              </li>
            );
          })}
        </ul>
      </Section>
      <Section id="data" title={t('options.data')}>
        <p class="small muted">{t('options.dataHelp')}</p>
        <div class="row wrap">
          <button type="button" onClick={() => void exportData()}>
            {t('options.exportData')}
          </button>
          <label class="file-button">
            <input type="file" accept="application/json,.json" onChange={importData} />
            <span>{t('options.importData')}</span>
          </label>
        </div>
        {message && (
          <p class="small" role="status">
            {message}
          </p>
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
