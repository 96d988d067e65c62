// One entity in the side panel: name, mention count, watch pin; expands to the card, the list
// of its mentions (click → the page scrolls there) and the reader's note.
import { useEffect, useState } from 'preact/hooks';
import { toBackground, type EntityCard } from '@/utils/messaging/protocol';
import type { EntityResult, Figure, Mention } from '@/utils/analysis/types';
import { useUi } from '../common/ui-context';
import { EntityCardView } from '../card/EntityCardView';

const MAX_MENTIONS = 30;

interface Props {
  entity: EntityResult;
  /** The name in the UI language (the page's spelling is shown beside it when it differs). */
  name: string;
  articleDate?: string;
  watched: boolean;
  card: EntityCard | null | undefined;
  figures: Figure[];
  reading?: string;
  onToggleWatch(): void;
  onScroll(m: Mention): void;
  onOpen(): void;
}

export function EntityItem(props: Props) {
  const { t, lang, settings } = useUi();
  const [open, setOpen] = useState(false);
  const e = props.entity;
  const n = e.mentions.length;
  const detailId = `ent-${e.id}`;
  const spelling = pageSpelling(e);
  const toggle = () => {
    if (!open) props.onOpen();
    setOpen(!open);
  };
  return (
    <li class={'ent' + (props.watched ? ' watched' : '')} data-entity={e.id}>
      <div class="row">
        <button type="button" class="link ent-name" aria-expanded={open} aria-controls={detailId} onClick={toggle}>
          <span class="chev" aria-hidden="true">
            {open ? '▾' : '▸'}
          </span>{' '}
          {props.name}
        </button>
        {spelling !== props.name && (
          <span class="muted small page-spelling" title={t('col.surfaces')}>
            {spelling}
          </span>
        )}
        <span class="badge num" title={n === 1 ? t('panel.mentionsOne') : t('panel.mentions', { n })}>
          {n}
        </span>
        {e.salience != null && (
          <span class="sal" aria-hidden="true">
            <span style={{ width: `${Math.round(Math.min(1, Math.max(0, e.salience)) * 100)}%` }} />
          </span>
        )}
        <span class="spacer" />
        <button
          type="button"
          class={'icon pin' + (props.watched ? ' on' : '')}
          aria-pressed={props.watched}
          title={props.watched ? t('common.unwatch') : t('common.watch')}
          aria-label={props.watched ? t('common.unwatch') : t('common.watch')}
          onClick={props.onToggleWatch}
        >
          {props.watched ? '★' : '☆'}
        </button>
      </div>
      {open && (
        <div class="ent-detail stack" id={detailId}>
          {props.card ? (
            // The note is edited below, so the card does not repeat it.
            <EntityCardView
              card={{ ...props.card, note: undefined, watched: props.watched }}
              lang={lang}
              currency={settings.currency}
              reading={props.reading}
              mention={spelling !== props.name ? { surface: spelling } : undefined}
              figures={props.figures}
              articleDate={props.articleDate}
              maxFacts={5}
            />
          ) : props.card === null ? (
            <p class="muted small">{t('panel.cardFailed')}</p>
          ) : (
            <p class="muted small">{t('common.loading')}</p>
          )}
          <div class="mentions row wrap" role="list">
            {e.mentions.slice(0, MAX_MENTIONS).map((m, i) => (
              <button
                type="button"
                role="listitem"
                class="mention"
                key={m.start}
                title={t('panel.goToMention', { n: i + 1 })}
                onClick={() => props.onScroll(m)}
              >
                <span class="muted num">{i + 1}</span> {m.surface}
              </button>
            ))}
            {n > MAX_MENTIONS && <span class="muted small">+{n - MAX_MENTIONS}</span>}
          </div>
          <NoteEditor entityId={e.id} initial={props.card?.note ?? ''} ownAliases={props.card?.ownAliases ?? []} />
        </div>
      )}
    </li>
  );
}

/** How the page spells the entity most often. */
function pageSpelling(e: EntityResult): string {
  const n = new Map<string, number>();
  for (const m of e.mentions) n.set(m.surface, (n.get(m.surface) ?? 0) + 1);
  return [...n.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? e.name;
}

/** The note is saved by the background, which tells every page (their cards are fetched again). */
function NoteEditor(props: { entityId: string; initial: string; ownAliases: string[] }) {
  const { t } = useUi();
  const [text, setText] = useState(props.initial);
  const [saved, setSaved] = useState(false);
  useEffect(() => setText(props.initial), [props.initial]);
  const id = `note-${props.entityId}`;
  const save = async () => {
    await toBackground('setNote', { entityId: props.entityId, text });
    setSaved(true);
  };
  return (
    <div class="note">
      {props.ownAliases.length > 0 && (
        <p class="small">
          <span class="muted">{t('panel.ownAliases')}: </span>
          {props.ownAliases.join(' · ')}
        </p>
      )}
      <label for={id} class="small muted">
        {t('panel.note')}
      </label>
      <textarea
        id={id}
        value={text}
        placeholder={t('panel.notePlaceholder')}
        maxLength={20000}
        onInput={(ev) => {
          setText(ev.currentTarget.value);
          setSaved(false);
        }}
      />
      <div class="row">
        <button type="button" onClick={save} disabled={saved}>
          {t('panel.saveNote')}
        </button>
        {saved && (
          <span class="small muted" role="status">
            {t('common.saved')}
          </span>
        )}
      </div>
    </div>
  );
}
