// Figures that disagree with the knowledge base, shown first: the cause in the reader's language,
// what the article says (as written and exactly as read), what the check assumed and how it knew,
// the KB value with its record and source, and a dismiss button.
import type { Figure } from '@/utils/analysis/types';
import type { KbFact } from '@/utils/ui/check-text';
import { causeText, statusText } from '@/utils/ui/labels';
import { CheckRows } from '../card/CheckRows';
import { Section } from '../common/Section';
import { useUi } from '../common/ui-context';

interface Props {
  flags: Figure[];
  dismissedHere: number;
  factOf(id: string): KbFact | undefined;
  nameOf(id: string): string;
  onScroll(f: Figure): void;
  onDismiss(f: Figure): void;
}

export function Flags(props: Props) {
  const { t, lang } = useUi();
  if (!props.flags.length && !props.dismissedHere) return null;
  return (
    <Section id="flags" className="flags" title={t('panel.flags')} count={props.flags.length || undefined}>
      {!props.flags.length && <p class="muted">{t('panel.flagsNone')}</p>}
      <ul class="stack">
        {props.flags.map((f) => {
          const c = f.check!;
          return (
            <li class="flag" key={`${f.start}-${f.end}`} data-flag={f.surface}>
              <div class="row">
                <span class="badge bad">⚠ {statusText('inconsistent', lang)}</span>
                <button type="button" class="link flag-surface" onClick={() => props.onScroll(f)} title={t('panel.goToMention', { n: 1 })}>
                  {f.surface}
                </button>
              </div>
              {c.cause && <p class="flag-cause">{causeText(c.cause, lang)}</p>}
              <div class="rc-card-rows">
                <CheckRows figure={f} ctx={{ lang, nameOf: props.nameOf, factOf: props.factOf }} skip={['verdict', 'cause']} />
              </div>
              <div class="row small">
                <span class="spacer" />
                <button type="button" onClick={() => props.onDismiss(f)}>
                  {t('common.dismiss')}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      {props.dismissedHere > 0 && <p class="small muted">{t('panel.dismissedCount', { n: props.dismissedHere })}</p>}
    </Section>
  );
}
