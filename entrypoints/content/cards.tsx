// Builds the card for a highlighted item: fetches what it needs from the background and wires the
// buttons (watch, switch off, dismiss flag) to background messages.
import type { ComponentChild } from 'preact';
import { toBackground, type KbCard } from '../../utils/messaging/protocol';
import type { Figure, Mention } from '../../utils/analysis/types';
import { EntityCardView } from '../../components/card/EntityCardView';
import { FigureCardView } from '../../components/card/FigureCardView';
import { flagKey } from '../../utils/ui/flags';
import { entityName } from '../../utils/ui/names';
import { seriesKey, type Series } from '../../utils/ui/series';
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
  private series = new Map<string, Promise<Series | null>>();

  constructor(
    private session: Session,
    private actions: CardActions,
  ) {}

  /** The KB's card of an entity (a page's card shows no notes or own aliases: the side panel does). */
  entityCard(id: string): Promise<KbCard | null> {
    let p = this.cards.get(id);
    if (!p) {
      p = toBackground('getCard', { id }).catch(() => null);
      this.cards.set(id, p);
    }
    return p;
  }

  /** The KB series of a figure's line item (for the card's chart), or null. */
  seriesOf(f: Figure): Promise<Series | null> {
    const key = seriesKey(f);
    if (!key) return Promise.resolve(null);
    const k = JSON.stringify(key);
    let p = this.series.get(k);
    if (!p) {
      p = toBackground('getSeries', { keys: [key] }).then(
        (r) => r[0] ?? null,
        () => null,
      );
      this.series.set(k, p);
    }
    return p;
  }

  /** The reader's layer or the settings changed (watch, note, alias, UI language): cards are fetched again. */
  forget(): void {
    this.cards.clear();
  }

  /** Names in the UI language for the entities a figure card names (the page's spelling otherwise). */
  private async namesFor(ids: Array<string | undefined>): Promise<(id: string) => string> {
    const want = [...new Set(ids.filter((x): x is string => !!x))];
    const cards = await Promise.all(want.map((id) => this.entityCard(id)));
    const lang = this.session.settings.uiLang;
    const names = new Map(cards.filter((c): c is KbCard => !!c).map((c) => [c.entity.id, entityName(c.entity, lang)]));
    return (id) => names.get(id) ?? this.session.entityName(id) ?? id;
  }

  /** The mention a painted entity item stands for (its spelling in the page, a model's parts). */
  private mentionOf(item: Painted): Mention | undefined {
    const ents = this.session.chunks[item.chunk]?.result?.entities;
    return ents?.find((e) => e.id === item.entityId)?.mentions.find((m) => m.start === item.start && m.end === item.end);
  }

  private articleDate(): string | undefined {
    return this.session.page.date ?? (this.session.chunks[0]?.result as { date?: string } | undefined)?.date;
  }

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
          mention={this.mentionOf(item)}
          figures={s.figures()}
          articleDate={this.articleDate()}
          onToggleWatch={() => void this.toggleWatch(card.entity.id)}
          onDisable={(scope) => void this.disable(scope)}
          onClose={this.actions.close}
        />
      );
    }
    const f = item.figure;
    if (!f) return null;
    const subject = f.check?.basis?.subject?.value ?? f.subject;
    const [nameOf, series, subj] = await Promise.all([
      this.namesFor([f.subject, subject]),
      this.seriesOf(f),
      subject ? this.entityCard(subject) : Promise.resolve(null),
    ]);
    // The fact the check compared with is among its subject's (or, for a unit's figure, its parent's) facts.
    let fact = f.check?.factId ? subj?.facts.find((x) => x.id === f.check!.factId) : undefined;
    if (!fact && f.check?.factId && subj?.parent) fact = (await this.entityCard(subj.parent.id))?.facts.find((x) => x.id === f.check!.factId);
    const names = series && series.subject !== subject ? await this.namesFor([f.subject, subject, series.subject]) : nameOf;
    return (
      <FigureCardView
        figure={f}
        kbName={names}
        lang={lang}
        currency={currency}
        fact={fact}
        series={series}
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
