// Proper nouns the tokenizer found that the KB does not know, with "add as alias of…".
import { useState } from 'preact/hooks';
import { toBackground } from '@/utils/messaging/protocol';
import type { EntityResult, ProperNoun } from '@/utils/analysis/types';
import { Section } from '../common/Section';
import { useUi } from '../common/ui-context';

interface Props {
  nouns: ProperNoun[];
  entities: EntityResult[];
  onScroll(n: ProperNoun): void;
}

export function UnknownNouns(props: Props) {
  const { t } = useUi();
  // One row per surface, first occurrence kept for scrolling.
  const unique = new Map<string, { noun: ProperNoun; count: number }>();
  for (const n of props.nouns) {
    const u = unique.get(n.surface);
    if (u) u.count++;
    else unique.set(n.surface, { noun: n, count: 1 });
  }
  if (!unique.size) return null;
  return (
    <Section id="unknown" title={t('panel.unknownNouns')} count={unique.size}>
      <p class="small muted">{t('panel.unknownNounsHelp')}</p>
      <ul class="stack">
        {[...unique.values()].map(({ noun, count }) => (
          <NounRow key={noun.surface} noun={noun} count={count} entities={props.entities} onScroll={props.onScroll} />
        ))}
      </ul>
    </Section>
  );
}

function NounRow(props: { noun: ProperNoun; count: number; entities: EntityResult[]; onScroll(n: ProperNoun): void }) {
  const { t } = useUi();
  const [open, setOpen] = useState(false);
  const [target, setTarget] = useState('');
  const [done, setDone] = useState<string>();
  const selectId = `alias-${props.noun.start}`;
  const add = async () => {
    if (!target) return;
    try {
      await toBackground('addOwnAlias', { entityId: target, text: props.noun.surface });
    } catch (e) {
      // e.g. a name the alias rules refuse (too short, hiragana only): say why.
      setDone(e instanceof Error ? e.message : String(e));
      return;
    }
    const name = props.entities.find((e) => e.id === target)?.name ?? target;
    setDone(t('panel.aliasAdded', { alias: props.noun.surface, name }));
    setOpen(false); // the background re-analyses the page and tells every page
  };
  return (
    <li class="noun">
      <div class="row">
        <button type="button" class="link" onClick={() => props.onScroll(props.noun)}>
          {props.noun.surface}
        </button>
        {props.noun.reading && <span class="muted small">{props.noun.reading}</span>}
        {props.count > 1 && <span class="badge num">{props.count}</span>}
        <span class="spacer" />
        {!done && (
          <button type="button" class="small" aria-expanded={open} onClick={() => setOpen(!open)}>
            {t('panel.addAliasOf')}
          </button>
        )}
      </div>
      {open && (
        <div class="row">
          <label class="sr-only" for={selectId}>
            {t('panel.chooseEntity')}
          </label>
          <select id={selectId} value={target} onChange={(e) => setTarget(e.currentTarget.value)}>
            <option value="">{t('panel.chooseEntity')}</option>
            {props.entities.map((e) => (
              <option value={e.id} key={e.id}>
                {e.name}
              </option>
            ))}
          </select>
          <button type="button" class="primary" disabled={!target} onClick={add}>
            {t('common.add')}
          </button>
        </div>
      )}
      {done && (
        <p class="small muted" role="status">
          {done}
        </p>
      )}
    </li>
  );
}
