// UI words for the cards, Japanese and English. Props-driven: callers pass `lang`.
import { CHECK_CAUSE_DEFS, CHECK_STATUS_DEFS, type CheckCause, type CheckStatus } from '../../utils/analysis/vocabulary/checks';
import { relationText, typeLabel } from '../../utils/analysis/vocabulary/entity-types';
import type { UiLang } from '../../utils/analysis/vocabulary/lang';
import { metricLabel } from '../../utils/analysis/vocabulary/metrics';

export type { UiLang };

const UI = {
  ja: {
    reading: '読み', type: '種類', names: '表記', tickers: 'ティッカー', relations: '関係', facts: '関連する数字',
    source: '出典', watch: 'ウォッチに追加', unwatch: 'ウォッチ中(解除)', offPage: 'このページでオフ',
    offSite: 'このサイトでオフ', notThis: '別の対象', close: '閉じる', normalized: '正規化', converted: '換算',
    rateOn: 'レート基準日', subject: '対象', metric: '指標', period: '期間', check: '照合', kbValue: 'KBの値',
    dismiss: 'この指摘を非表示', dismissed: '非表示にしました', original: '原文', noFacts: '登録された数字はありません',
    approx: { about: '約', over: '超', under: '未満', atleast: '以上', nearly: '近く' },
    change: { increase: '増', decrease: '減' }, basis: { yoy: '前年同期比', qoq: '前期比' },
    note: 'メモ', unknown: '不明',
    factStatus: { verified: '', derived: '算出値', 'single-source': '単一情報源', unverified: '未検証' },
  },
  en: {
    reading: 'Reading', type: 'Type', names: 'Names', tickers: 'Tickers', relations: 'Relations', facts: 'Related figures',
    source: 'Source', watch: 'Add to watchlist', unwatch: 'Watching (remove)', offPage: 'Off on this page',
    offSite: 'Off on this site', notThis: 'Not this entity', close: 'Close', normalized: 'Normalised', converted: 'Converted',
    rateOn: 'Rate of', subject: 'Subject', metric: 'Metric', period: 'Period', check: 'Check', kbValue: 'KB value',
    dismiss: 'Dismiss this flag', dismissed: 'Dismissed', original: 'original', noFacts: 'No figures on record',
    approx: { about: 'about', over: 'over', under: 'under', atleast: 'at least', nearly: 'nearly' },
    change: { increase: 'increase', decrease: 'decrease' }, basis: { yoy: 'year on year', qoq: 'quarter on quarter' },
    note: 'Note', unknown: 'unknown',
    factStatus: { verified: '', derived: 'derived', 'single-source': 'single source', unverified: 'unverified' },
  },
} as const;

export function ui(lang: UiLang) {
  return UI[lang];
}

export function causeText(cause: CheckCause, lang: UiLang): string {
  return CHECK_CAUSE_DEFS[cause].explain[lang];
}

export function statusText(status: CheckStatus, lang: UiLang): string {
  return CHECK_STATUS_DEFS[status].long[lang];
}

export function typeText(type: string, lang: UiLang): string {
  return typeLabel(type, lang);
}

export function metricText(metric: string, lang: UiLang): string {
  return metricLabel(metric, lang);
}

export { relationText };
