// Builds the card for a highlighted item: fetches what it needs from the background and wires the
// buttons (watch, switch off, dismiss flag) to background messages.
import type { ComponentChild } from 'preact';
import type { EntityCard } from '../../utils/messaging/protocol';
import { EntityCardView } from '../../components/card/EntityCardView';
import { FigureCardView } from '../../components/card/FigureCardView';
import { flagKey } from '../../components/card/flag-key';
import type { UiLang } from '../../components/card/labels';
import type { Painted, Session } from './session';
import { toBg } from './messaging';

export interface CardActions {
  /** Re-render the open card after a state change. */
  refresh: () => void;
  close: () => void;
  /** The reader switched the extension off for this page or site. */
  disabled: () => void;
}

export class CardSource {
  private cards = new Map<string, Promise<EntityCard | null>>();

  constructor(private session: Session, private actions: CardActions) {}

  entityCard(id: string): Promise<EntityCard | null> {
    let p = this.cards.get(id);
    if (!p) {
      p = toBg.sendMessage('getEntityCard', { id }).catch(() => null);
      this.cards.set(id, p);
    }
    return p;
  }

  kbName = (id: string): string => this.session.entityName(id) ?? id;

  lang(): UiLang {
    const s = this.session.settings.uiLang;
    if (s === 'ja' || s === 'en') return s;
    return (globalThis.navigator?.language ?? '').toLowerCase().startsWith('ja') ? 'ja' : 'en';
  }

  /** The card for an item, or null when there is nothing to show. */
  async build(item: Painted): Promise<ComponentChild | null> {
    const s = this.session;
    const lang = this.lang();
    const currency = s.settings.currency;
    if (item.entityId) {
      const card = await this.entityCard(item.entityId);
      if (!card) return null;
      return (
        <EntityCardView
          card={card}
          lang={lang}
          currency={currency}
          reading={s.reading(card.entity.id)}
          figures={s.figures()}
          onToggleWatch={() => void this.toggleWatch(card)}
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
        onDismiss={() => void this.dismiss(item)}
        onClose={this.actions.close}
      />
    );
  }

  private async toggleWatch(card: EntityCard): Promise<void> {
    const watched = await toBg.sendMessage('toggleWatch', { id: card.entity.id });
    this.cards.set(card.entity.id, Promise.resolve({ ...card, watched }));
    this.session.setWatched(card.entity.id, watched);
    this.actions.refresh();
  }

  private async disable(scope: 'page' | 'site'): Promise<void> {
    await toBg.sendMessage('toggleSite', { scope, url: this.session.page.url, enabled: false });
    this.actions.disabled();
  }

  private async dismiss(item: Painted): Promise<void> {
    const f = item.figure!;
    await toBg.sendMessage('dismissFlag', { key: flagKey(f) });
    this.session.setDismissed(f);
    this.actions.refresh();
  }
}
