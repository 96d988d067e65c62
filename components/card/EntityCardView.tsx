// Hover-card view of one entity. Props-driven (no messaging): the content script and the side panel
// both render it and pass callbacks for the buttons.
import type { KbCard } from '../../utils/messaging/protocol';
import type { Figure } from '../../utils/analysis/types';
import type { Lang } from '../../utils/analysis/kb/types';
import { translator, type UiLang } from '../../utils/i18n';
import { metricText as metricLabel, relationText, typeText } from '../../utils/ui/labels';
import { factLabel, factPeriod, factValue } from './format';
import { distinctFacts, rankFacts, rankRelations } from './rank';
import { SourceLine } from './SourceLine';

export interface EntityCardProps {
  /** The KB's card, whether the reader watches the entity, and (side panel only) the reader's note. */
  card: KbCard & { watched: boolean; note?: string };
  lang: UiLang;
  currency: 'CNY' | 'USD' | 'JPY';
  /** Reading found by the tokenizer when the KB has none. */
  reading?: string;
  /** The article's figures: facts about the same metrics/periods are listed first. */
  figures?: Figure[];
  maxFacts?: number;
  maxRelations?: number;
  onToggleWatch?: () => void;
  onDisable?: (scope: 'page' | 'site') => void;
  onClose?: () => void;
}

const HAN = /\p{Script=Han}/u;
const NAME_LANGS: Array<[Lang, string]> = [['ja', '日'], ['zh-Hans', '簡'], ['zh-Hant', '繁'], ['en', 'EN']];
const LANG_TAG: Record<string, string> = { 日: 'ja', 簡: 'zh-Hans', 繁: 'zh-Hant' };

export function EntityCardView(props: EntityCardProps) {
  const { card, lang } = props;
  const t = translator(lang);
  const e = card.entity;
  const primary = (lang === 'en' ? e.names.en?.[0] : e.names.ja?.[0]) ?? e.names.en?.[0] ?? e.names['zh-Hans']?.[0] ?? e.id;
  // Readings help with kanji names only (呉泳銘 → ゴ・エイメイ), not with katakana ones.
  const jaName = e.names.ja?.[0];
  const reading = jaName && HAN.test(jaName) ? (e.reading ?? props.reading) : undefined;
  const rubyFor = (name: string) => (reading && name === jaName ? <Ruby text={name} reading={reading} /> : name);
  const facts = distinctFacts(rankFacts(card.facts, props.figures, e.id)).slice(0, props.maxFacts ?? 3);
  const names = NAME_LANGS.map(([l, tag]) => [tag, e.names[l]?.[0]] as const).filter(([, n]) => n && n !== primary);
  return (
    <div class="rc-card" role="dialog" aria-label={primary} tabIndex={-1} data-kind="entity" lang={lang}>
      <header class="rc-head">
        <div class="rc-title">
          <span class="rc-name">{rubyFor(primary)}</span>
          <span class="rc-type">{typeText(e.type, lang)}</span>
          {/* Watched entities look like any other on the page (the page can read the highlights); the card says it. */}
          {card.watched && (
            <span class="rc-pinned" data-watched="">
              ★ {t('common.watched')}
            </span>
          )}
        </div>
        {props.onClose && (
          <button type="button" class="rc-x" aria-label={t('card.close')} onClick={props.onClose}>
            ×
          </button>
        )}
      </header>
      {names.length > 0 && (
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
      {card.relations.length > 0 && (
        <section>
          <h3>{t('card.relations')}</h3>
          <ul class="rc-list">
            {rankRelations(card.relations).slice(0, props.maxRelations ?? 5).map((r, i) => (
              <li key={i}>
                {relationText(r.type, r.dir, r.other.name, lang)}
                {(r.since || r.until) && <span class="rc-muted"> ({r.since ?? ''}〜{r.until ?? ''})</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section>
        <h3>{t('card.facts')}</h3>
        {facts.length === 0 ? (
          <p class="rc-muted">{t('card.noFacts')}</p>
        ) : (
          <ul class="rc-list rc-facts">
            {facts.map((f) => (
              <li key={f.id}>
                <span class="rc-metric">{factLabel(f, (m) => metricLabel(m, lang))}</span> <strong>{factValue(f, lang)}</strong>
                {f.period && f.unit !== 'date' && <span class="rc-muted" title={f.period.label}> · {factPeriod(f, lang)}</span>}
                {f.status !== 'verified' && <span class="rc-tag">{t(`fact.${f.status}`)}</span>}
                <SourceLine source={f.sourceInfo} sourceId={f.source} asOf={f.asOf} lang={lang} />
              </li>
            ))}
          </ul>
        )}
      </section>
      {card.note && (
        <p class="rc-note">
          {t('card.note')}: {card.note}
        </p>
      )}
      <footer class="rc-actions">
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
      </footer>
    </div>
  );
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
