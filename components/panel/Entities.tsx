// Entities of the article grouped by type (KB type order) and ranked by salience.
import { ENTITY_TYPES } from '@/utils/analysis/vocabulary/entity-types';
import type { EntityResult, Figure, Mention } from '@/utils/analysis/types';
import { Section } from '../common/Section';
import { useUi } from '../common/ui-context';
import { EntityItem } from './EntityItem';
import type { CardMap } from './use-layer';
import { typeText } from '../../utils/ui/labels';

interface Props {
  entities: EntityResult[];
  figures: Figure[];
  readings?: Record<string, string>;
  watched: ReadonlySet<string>;
  cards: CardMap;
  /** Name in the UI language. */
  nameOf(id: string): string;
  articleDate?: string;
  loadCard(id: string): void;
  onToggleWatch(id: string): void;
  onScroll(m: Mention): void;
}

/** Groups by type in ENTITY_TYPES order (unknown types last), each sorted by salience then mentions. */
function groupEntities(entities: EntityResult[]): Array<[string, EntityResult[]]> {
  const groups = new Map<string, EntityResult[]>();
  for (const e of entities) {
    const list = groups.get(e.type) ?? [];
    list.push(e);
    groups.set(e.type, list);
  }
  const order = (type: string) => {
    const i = (ENTITY_TYPES as readonly string[]).indexOf(type);
    return i < 0 ? ENTITY_TYPES.length : i;
  };
  const rank = (e: EntityResult) => e.salience ?? 0;
  return [...groups.entries()]
    .sort((a, b) => order(a[0]) - order(b[0]))
    .map(([type, list]) => [type, list.sort((a, b) => rank(b) - rank(a) || b.mentions.length - a.mentions.length)]);
}

export function Entities(props: Props) {
  const { t, lang } = useUi();
  const groups = groupEntities(props.entities);
  return (
    <Section id="entities" title={t('panel.entities')} count={props.entities.length}>
      {!groups.length && <p class="muted">{t('panel.entitiesNone')}</p>}
      {groups.map(([type, list]) => (
        <div class="ent-group" key={type} data-type={type}>
          <h3>
            {typeText(type, lang)} <span class="muted">({list.length})</span>
          </h3>
          <ul>
            {list.map((e) => (
              <EntityItem
                key={e.id}
                entity={e}
                name={props.nameOf(e.id)}
                articleDate={props.articleDate}
                watched={props.watched.has(e.id)}
                card={props.cards.get(e.id)}
                figures={props.figures}
                reading={props.readings?.[e.id]}
                onOpen={() => props.loadCard(e.id)}
                onToggleWatch={() => props.onToggleWatch(e.id)}
                onScroll={props.onScroll}
              />
            ))}
          </ul>
        </div>
      ))}
    </Section>
  );
}
