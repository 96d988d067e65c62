// Hover-card view of one entity. Props-driven (no messaging): the content script and the side panel
// both render it and pass callbacks for the buttons. Everything is in the reader's language: the
// name in the UI language (its kanji reading above it), the page's own spelling beside it (named as
// a variant or a misspelling when the KB knows it as one), the model name read as its parts, and the
// KB figures that matter for this article first (undated, unverified or later ones last, marked).
import { Fragment } from 'preact';
import type { KbCard } from '../../utils/messaging/protocol';
import type { Figure, Mention } from '../../utils/analysis/types';
import type { Entity, Lang } from '../../utils/analysis/kb/types';
import { translator, type UiLang } from '../../utils/i18n';
import { metricText, relationText, typeText } from '../../utils/ui/labels';
import { entityName, shownSource } from '../../utils/ui/names';
import { factValueText } from '../../utils/ui/check-text';
import { formatDate, formatPeriod } from '../../utils/ui/format';
import { CardFrame } from './CardFrame';
import { distinctFacts, factWeakness, rankFacts, rankRelations } from './rank';
import { SourceLine } from './SourceLine';

export interface EntityCardProps {
  /** The KB's card, whether the reader watches the entity, and (side panel only) the reader's note. */
  card: KbCard & { watched: boolean; note?: string };
  lang: UiLang;
  currency: 'CNY' | 'USD' | 'JPY';
  /** Reading found by the tokenizer when the KB has none. */
  reading?: string;
  /** The mention the card was opened on (its spelling in the page, a model name's parts). */
  mention?: Pick<Mention, 'surface' | 'model'>;
  /** The article's figures: facts about the same metrics/periods are listed first. */
  figures?: Figure[];
  /** The article's publication date (ISO): facts stated after it are shown last. */
  articleDate?: string;
  maxFacts?: number;
  maxRelations?: number;
  onToggleWatch?: () => void;
  onDisable?: (scope: 'page' | 'site') => void;
  onClose?: () => void;
}

const HAN = /\p{Script=Han}/u;
const NAME_LANGS: Array<[Lang, string]> = [
  ['ja', '日'],
  ['zh-Hans', '簡'],
  ['zh-Hant', '繁'],
  ['en', 'EN'],
];
const LANG_TAG: Record<string, string> = { 日: 'ja', 簡: 'zh-Hans', 繁: 'zh-Hant' };
const MODEL_PARTS = ['family', 'version', 'size', 'active', 'variant'] as const;

const fold = (s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s・·]/g, '');

/** How the page's spelling relates to the entity: a variant, a misspelling, another name, or the name itself. */
function spellingNote(e: Entity, surface: string, primary: string): 'variant' | 'mistranslation' | 'other' | null {
  const s = fold(surface);
  if (!s || fold(primary).includes(s)) return null;
  const alias = e.aliases?.find((a) => fold(a.text) === s);
  if (alias?.kind === 'mistranslation') return 'mistranslation';
  if (alias?.kind === 'variant') return 'variant';
  if (alias?.kind === 'surname' || alias?.kind === 'ticker') return null;
  return 'other';
}

export function EntityCardView(props: EntityCardProps) {
  const { card, lang } = props;
  const t = translator(lang);
  const e = card.entity;
  const primary = entityName(e, lang);
  // Readings help with kanji names only (呉泳銘 → ゴ・エイメイ), not with katakana ones.
  const jaName = e.names.ja?.[0];
  const reading = jaName && HAN.test(jaName) ? (e.reading ?? props.reading) : undefined;
  const rubyFor = (name: string) => (reading && name === jaName ? <Ruby text={name} reading={reading} /> : name);
  // In the Japanese UI a fact the KB describes only in English (metric 'other') cannot be labelled: left out.
  const usable = card.facts.filter((f) => lang === 'en' || f.metric !== 'other');
  const facts = distinctFacts(rankFacts(usable, props.figures, e.id, props.articleDate)).slice(0, props.maxFacts ?? 3);
  const names = NAME_LANGS.map(([l, tag]) => [tag, e.names[l]?.[0]] as const).filter(([, n]) => n && n !== primary);
  const surface = props.mention?.surface;
  const note = surface ? spellingNote(e, surface, primary) : null;
  const model = props.mention?.model;
  const sep = lang === 'ja' ? '：' : ': ';
  const footer =
    props.onToggleWatch || props.onDisable ? (
      <>
        {props.onToggleWatch && (
          <button type="button" aria-pressed={card.watched} onClick={props.onToggleWatch}>
            {card.watched ? t('common.unwatch') : t('common.watch')}
          </button>
        )}
        {props.onDisable && (
          <>
            <button type="button" onClick={() => props.onDisable!('page')}>
              {t('card.offPage')}
            </button>
            <button type="button" onClick={() => props.onDisable!('site')}>
              {t('card.offSite')}
            </button>
          </>
        )}
      </>
    ) : undefined;
  return (
    <CardFrame
      kind="entity"
      label={primary}
      lang={lang}
      onClose={props.onClose}
      footer={footer}
      title={
        <>
          <span class="rc-name">{rubyFor(primary)}</span>
          <span class="rc-type">{typeText(e.type, lang)}</span>
          {/* Watched entities look like any other on the page (the page can read the highlights); the card says it. */}
          {card.watched && (
            <span class="rc-pinned" data-watched="">
              ★ {t('common.watched')}
            </span>
          )}
        </>
      }
    >
      {note && surface && (
        <p class={'rc-spelling' + (note === 'mistranslation' ? ' rc-warn' : '')} data-spelling={note}>
          {note === 'other' ? t('card.pageSpelling', { surface }) : t(note === 'variant' ? 'card.variant' : 'card.mistranslation', { surface, name: primary })}
        </p>
      )}
      {(names.length > 0 || e.tickers?.length) && (
        <p class="rc-names">
          {names.map(([tag, n]) => (
            <span class="rc-alt" key={tag}>
              <abbr>{tag}</abbr> <span lang={tag === 'EN' ? 'en' : LANG_TAG[tag]}>{rubyFor(n!)}</span>
            </span>
          ))}
          {e.tickers?.map((tk) => (
            <span class="rc-alt rc-ticker" key={tk}>
              {tk}
            </span>
          ))}
        </p>
      )}
      <p class="rc-desc">{lang === 'ja' ? e.description.ja : e.description.en}</p>
      {card.parent && <p class="rc-sub">{relationText('unit_of', 'out', card.parent.name, lang)}</p>}
      {model && (
        <section class="rc-model">
          <h3>{t('card.model')}</h3>
          <dl class="rc-grid">
            {MODEL_PARTS.filter((k) => model[k]).map((k) => (
              <Fragment key={k}>
                <dt>{t(`card.model.${k}`)}</dt>
                <dd lang="en">{model[k]}</dd>
              </Fragment>
            ))}
          </dl>
        </section>
      )}
      <section class="rc-factsec">
        <h3>{t('card.facts')}</h3>
        {facts.length === 0 ? (
          <p class="rc-muted">{t('card.noFacts')}</p>
        ) : (
          <ul class="rc-list rc-facts">
            {facts.map((f) => {
              const w = factWeakness(f, props.articleDate);
              return (
                <li key={f.id} data-fact={f.id} class={w.undated || w.unverified || w.later ? 'rc-weak' : undefined}>
                  <span class="rc-metric">{f.metric === 'other' ? shortNote(f.note) : metricText(f.metric, lang)}</span>
                  {sep}
                  <strong>{factValueText(f, lang)}</strong>
                  {f.period && f.unit !== 'date' && <span class="rc-muted"> · {formatPeriod(f.period, lang)}</span>}
                  {f.status !== 'verified' && <span class="rc-tag">{t(`fact.${f.status}`)}</span>}
                  {w.undated && <span class="rc-tag">{t('card.factUndated')}</span>}
                  {w.later && <span class="rc-tag">{t('card.factLater')}</span>}
                  <SourceLine source={shownSource(f.sourceInfo)} sourceId={f.source} asOf={f.asOf} lang={lang} />
                </li>
              );
            })}
          </ul>
        )}
      </section>
      {card.relations.length > 0 && (
        <section class="rc-rel">
          <h3>{t('card.relations')}</h3>
          <ul class="rc-list">
            {rankRelations(card.relations)
              .slice(0, props.maxRelations ?? 5)
              .map((r, i) => (
                <li key={i}>
                  {relationText(r.type, r.dir, r.other.name, lang)}
                  {(r.since || r.until) && (
                    <span class="rc-muted">
                      {' '}
                      ({r.since ? formatDate(r.since, lang) : ''}〜{r.until ? formatDate(r.until, lang) : ''})
                    </span>
                  )}
                </li>
              ))}
          </ul>
        </section>
      )}
      {card.note && (
        <p class="rc-note">
          {t('card.note')}
          {sep}
          {card.note}
        </p>
      )}
    </CardFrame>
  );
}

/** The KB's English note of an 'other' fact, short (English UI only). */
function shortNote(note: string | undefined): string {
  const n = (note ?? '').replace(/\s*\(value =[^)]*\)/g, '').trim();
  return n.length > 90 ? `${n.slice(0, 89)}…` : n;
}

function Ruby(props: { text: string; reading: string }) {
  return (
    <ruby>
      {props.text}
      <rp>(</rp>
      <rt>{props.reading}</rt>
      <rp>)</rp>
    </ruby>
  );
}
