// Builds the card for a highlighted item: fetches what it needs from the background and wires the
// buttons (watch, switch off, dismiss flag) to background messages.
import type { ComponentChild } from 'preact';
import { toBackground, type KbCard } from '../../utils/messaging/protocol';
import { EntityCardView } from '../../components/card/EntityCardView';
import { FigureCardView } from '../../components/card/FigureCardView';
import { flagKey } from '../../utils/ui/flags';
import type { Painted, Session } from './session';

export interface CardActions {
  /** Re-render the open card after a state change. */
  refresh: () => void;
  close: () => void;
  /** The reader switched the extension off for this page or site. */
  disabled: () => void;
}

export class CardSource {
  private cards = new Map<string, Promise<KbCard | null>>();

  constructor(private session: Session, private actions: CardActions) {}

  /** The KB's card of an entity (a page's card shows no notes or own aliases: the side panel does). */
  entityCard(id: string): Promise<KbCard | null> {
    let p = this.cards.get(id);
    if (!p) {
      p = toBackground('getCard', { id }).catch(() => null);
      this.cards.set(id, p);
    }
    return p;
  }

  /** The reader's layer changed somewhere (watch, note, alias): cards are fetched again. */
  forget(): void {
    this.cards.clear();
  }

  kbName = (id: string): string => this.session.entityName(id) ?? id;

  /** The card for an item, or null when there is nothing to show. */
  async build(item: Painted): Promise<ComponentChild | null> {
    const s = this.session;
    const { uiLang: lang, currency } = s.settings;
    if (item.entityId) {
      const card = await this.entityCard(item.entityId);
      if (!card) return null;
      return (
        <EntityCardView
          card={{ ...card, watched: s.watched.has(card.entity.id) }}
          lang={lang}
          currency={currency}
          reading={s.reading(card.entity.id)}
          figures={s.figures()}
          onToggleWatch={() => void this.toggleWatch(card.entity.id)}
          onDisable={(scope) => void this.disable(scope)}
          onClose={this.actions.close}
        />
      );
    }
    const f = item.figure;
    if (!f) return null;
    let fact;
    if (f.check?.factId && f.subject) {
      const subj = await this.entityCard(f.subject);
      fact = subj?.facts.find((x) => x.id === f.check!.factId);
    }
    return (
      <FigureCardView
        figure={f}
        kbName={this.kbName}
        lang={lang}
        currency={currency}
        fact={fact}
        dismissed={s.dismissed.has(flagKey(f))}
        onDismiss={() => void this.dismiss(flagKey(f))}
        onClose={this.actions.close}
      />
    );
  }

  private async toggleWatch(id: string): Promise<void> {
    this.session.setWatched(id, await toBackground('toggleWatch', { id }));
    this.actions.refresh();
  }

  private async disable(scope: 'page' | 'site'): Promise<void> {
    await toBackground('switchOff', { scope });
    this.actions.disabled();
  }

  private async dismiss(key: string): Promise<void> {
    await toBackground('dismissFlag', { key });
    this.session.setDismissed(key);
    this.actions.refresh();
  }
}
