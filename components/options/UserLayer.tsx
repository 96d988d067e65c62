// The reader's own layer: watchlist, own aliases, dismissed flags, export/import of all of it,
// and what knowledge base is loaded.
import { useEffect, useState } from 'preact/hooks';
import { bg } from '@/utils/messaging/protocol';
import { entityName } from '@/utils/ui/names';
import { downloadText } from '../common/download';
import { Section } from '../common/Section';
import { useUi } from '../common/ui-context';

type Named = { id: string; name: string };

async function namesOf(ids: string[], lang: 'ja' | 'en'): Promise<Named[]> {
  return Promise.all(
    ids.map(async (id) => {
      const card = await bg.sendMessage('getEntityCard', { id }).catch(() => null);
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
    const ids = await bg.sendMessage('listWatched', undefined).catch(() => [] as string[]);
    setWatched(await namesOf(ids ?? [], lang));
    try {
      const list = await bg.sendMessage('listOwnAliases', undefined);
      const names = new Map((await namesOf([...new Set(list.map((a) => a.entityId))], lang)).map((n) => [n.id, n.name]));
      setAliases(list.map((a) => ({ ...a, name: names.get(a.entityId) ?? a.entityId })));
    } catch {
      setAliases('unsupported');
    }
    setDismissed((await bg.sendMessage('listDismissed', undefined).catch(() => [] as string[])) ?? []);
    const info = await bg.sendMessage('kbInfo', undefined).catch(() => null);
    if (info) setKb(t('options.kbInfo', { version: info.version, entities: info.entities, facts: info.facts }));
  };
  useEffect(() => {
    void load();
  }, [lang]);

  const unwatch = async (id: string) => {
    await bg.sendMessage('toggleWatch', { id });
    void load();
  };
  const removeAlias = async (entityId: string, text: string) => {
    await bg.sendMessage('removeOwnAlias', { entityId, text });
    void load();
  };
  const exportData = async () => {
    const json = await bg.sendMessage('exportUserData', undefined);
    const day = new Date().toISOString().slice(0, 10);
    downloadText(`alibaba-reader-userdata-${day}.json`, json, 'application/json');
  };
  const importData = async (e: Event) => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    try {
      const n = await bg.sendMessage('importUserData', { json: await file.text() });
      setMessage(t('options.imported', { n }));
      void load();
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
                {t('panel.unwatch')}
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
            // Keys are "<fact id>|<figure text>" (components/card/flag-key.ts).
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
