// Which metric a figure states: the nearest keyword before it in the sentence (売上高は…2,365億元),
// else one right after it (3,800億元を投資), refined by what qualifies the keyword
// (クラウド事業の売上高 → cloud_revenue, AI関連製品の売上高 → other, 非GAAP…純利益 → non-GAAP,
// クラウド事業の営業利益 → other: a segment's operating income is not the company's).
import type { PreparedKb } from '../prepared-kb';
import type { Metric } from '../kb/types';
import type { EntitySpan } from '../entities/find';
import type { Normalized } from '../text/normalize';
import type { Figure } from '../types';
import type { MetricHit } from './metrics';
import { BULLET, clauseBefore, clauseFrom, SCOPE_OPENER, sentenceBefore } from './clauses';
import { DEMONSTRATIVE, qualifier } from './qualifier';
import { cloudUnitTopic, lineOwner, modifier, NON_GAAP_AFTER, PART_AFTER, refine, unitAfter, unitNamesBlanked, unitRevenue } from './choose-metric-refine';
import { countMetric, sharePrice } from './choose-metric-kinds';
import { AFTER_WORDS, COUNT_METRICS, GROWTH_OF, MONEY_METRICS, PERCENT_METRICS } from '../vocabulary/metrics';

export interface Hit extends MetricHit {
  na: number; // normalised span (a / b are original offsets)
  nb: number;
}

const GROWTH_WORD = /^.{0,12}(?:成長|伸び|増|減|growth|grow|rose|fell|rise|increase|surge|jump|gain|decline|drop|增长|增長|下降|上昇|下落)/;
/** A rate after a verb of growth (成長(…), rose 5%, picking up by an annual 26%, up 3%). */
const GROWTH_BEFORE =
  /(?:(?:成長|伸び|増|growth|增长|增長)\s?[(（]|\b(?:rose|rises?|rising|grew|grows?|growing|increased|increases?|increasing|jumped|jumps?|jumping|climbed|climbs?|climbing|surged|surges?|surging|soared|soars?|soaring|gained|gains?|advanced|advances?|expanded|expands?|picked up|picking up|fell|falls?|falling|declined|declines?|decreased|decreases?|dropped|drops?|slipped|slips?|slid|shrank|shrinks?|plunged|plunges?|tumbled|tumbles?|up|down)(?:\sby)?(?:\san?)?(?:\s(?:annual|year[-\s](?:on|over)[-\s]year))?)\s?$/i;
const TOPIC = /^\s?(?:は|が|も|:|：|，)/;
const ADJACENT = /^\s?[)）]?\s?(?:の|的|を|of|in)?\s?$/; // after a conversion in brackets too: 66億ドル(約9600億円)を
/** A part of the total (のうち, 其中, of which) or an estimate (予想, forecast): not the keyword's own value. */
const PART = /のうち|うち、|其中|of which|including|内訳|占め|占比/;
const ESTIMATE = /予想|予測|見通し|見込み|コンセンサス|estimate|forecast|expect|consensus|guidance|projected|预期|预测|预计|預期|預測|預計/i;
/** Another scope than the whole (external customers, like-for-like, excluding…): not the KB's metric. */
const SCOPE =
  /外部|対外|海外|国内|国際|向け|除く|除いた|既存事業|同一条件|可比|剔除|不含|同口径|外部客户|external|overseas|domestic|international|excluding|like-for-like|organic/i;
const SCOPE_AFTER = /^\s?[(（]?(?:既存事業|同一条件|外部|like-for-like|excluding|剔除|可比)/i;
/** Who gives or holds the money, not a line item: a keyword right after the amount names it. */
const PARTY = /^(?:投資家|投资者|投資者|投資銀行|investors?)$/;
/** 占 / 佔 / 占比 before a total or a percentage: a share of it. */
const SHARE_OF = /(?:[占佔](?:比)?|比重|シェア|割合|構成比|share of)\s?(?:总|總|整体|整體|全体|集团|集團)?[^0-9、，,;；。]{0,5}$/;
/** A line item named as a cause (…事業の収益成長により): not the figure's own (unless a rate qualifies
 *  it: 26%の売上高増により、334億元に達し). */
const CAUSE = /^\s?(?:の)?(?:成長|伸び|増加|増|growth)?\s?(?:により|によって|に支えられ|が牽引|を背景に)/;
const LINKED = /^\s?(?:から|→|->|~|〜|to\b|from\b)/;
/** A list item naming the cloud segment right before its figures (、クラウド事業が3.5%増の). */
const CLOUD_ITEM =
  /[、，,]\s?(?:クラウド|云|雲)(?:コンピューティング|计算|計算)?(?:事業|部門|业务|業務|セグメント)\s?(?:が|は)\s?(?:[0-9.,]+\s?[%％]\s?(?:増|減)?\s?の?)?\s?$/;
/** An amount, then what it goes to, then the verb of spending (3,800億元をクラウドとAIインフラの強化に投資する). */
const SPENT_ON = /^\s?[)）]?\s?を[^。、，,;；!?！？0-9]{1,40}に\s?$/;
const spentOn = (h: Hit, gap: string) => (h.metric === 'investment_plan' || h.metric === 'capex') && SPENT_ON.test(gap.replace(/^\s?[(（][^()（）]*[)）]/, ''));
/** A verb of spending after an amount (…を投じて, 投入して): the amount's line item is what it was spent on. */
const SPEND_VERB = /^(?:投じ|投入)/;
const PURPOSE_ITEMS: ReadonlySet<Metric> = new Set(['buyback', 'dividend']);
export interface MetricChoice {
  metric?: Metric;
  hit?: Hit; // the keyword it came from
  /** The line item is implied, not named (the revenue of a cloud unit the sentence opens with): a guess. */
  guessed?: true;
  /** The business whose line item the keyword's qualifier names (即時零售業務營收: quick commerce's). */
  subject?: string;
  /** The keyword's qualifier points back to a unit named before (同部門の売上高, 该板块收入). */
  refers?: true;
}

/** The metric of a money / percent / count figure, and its keyword. `end` covers its conversions. */
export function chooseMetric(
  f: Figure,
  hits: Hit[],
  norm: Normalized,
  text: string,
  end: number,
  mentions: EntitySpan[],
  kb: PreparedKb,
  others: Figure[] = [],
): MetricChoice {
  if (f.kind === 'count') return { metric: countMetric(f, hits, end, text) };
  if (f.kind === 'money' && sharePrice(f, text)) return { metric: 'share_price' };
  // 4.8%増収、84.8%営業減益: the word right after a percentage names its line item
  if (f.kind === 'percent') {
    // 2桁成長(13%), double-digit growth (13%): the rate in brackets is the one just said in words
    const said = others.find((o) => o !== f && o.kind === 'percent' && /^\s?[(（]\s?$/.test(text.slice(o.end, f.start)));
    if (said)
      return chooseMetric(
        said,
        hits,
        norm,
        text,
        said.end,
        mentions,
        kb,
        others.filter((o) => o !== f),
      );
    const w = text.slice(f.start, f.end + 6).replace(/^[^%％]*[%％]\s?/, ''); // (the figure's span may hold it)
    const named = AFTER_WORDS.find(([x]) => w.startsWith(x));
    if (named) return { metric: named[1] };
  }
  const fits = (m: Metric) => (f.kind === 'money' ? MONEY_METRICS.has(m) : !COUNT_METRICS.has(m));
  const usable = hits.filter((h) => fits(h.metric));
  // a total a share is taken of (占总收入56.6%) names no amount but that share
  const before = usable.filter(
    (h) =>
      h.b <= f.start &&
      f.start - h.b <= 60 &&
      !(CAUSE.test(text.slice(h.b, h.b + 12)) && !/[0-9%％]\s?の?\s?$/.test(text.slice(Math.max(0, h.a - 3), h.a))) &&
      !blocked(h, f, others, text) &&
      !(SHARE_OF.test(text.slice(Math.max(0, h.a - 3), h.a)) && others.some((o) => o !== f && o.start >= h.b && o.end <= f.start)),
  );
  // a keyword after the amount names it only within its clause (…709億元,同比增長10%;自由現金流… is not its)
  // (a bullet or a reference mark ends the clause too: …同比增长9% [6] - 即时零售业务收入…)
  const after = usable.filter((h) => h.a >= end && !/[;；。]/.test(text.slice(end, h.a)) && !new RegExp(BULLET.source).test(text.slice(end, h.a)));
  let h: Hit | undefined = before[before.length - 1];
  // a blocker inside a modifier (…研究開発投資のために80%増) does not beat the clause's topic (設備投資は)
  if (h && h.metric === 'other' && !TOPIC.test(text.slice(h.b, h.b + 2))) {
    const topic = [...before].reverse().find((x) => x.metric !== 'other' && TOPIC.test(text.slice(x.b, x.b + 2)));
    if (topic) h = topic;
  }
  if (!h && after[0] && (after[0].a - end <= 8 || (!before.length && (after[0].a - end <= 24 || spentOn(after[0], text.slice(end, after[0].a)))))) h = after[0];
  // "58億ドルの自社株買い": a keyword joined by の beats one far before
  // (and so does one right after a party: 投資家から66億ドルを調達, from investors … raised)
  else if (h && after[0] && ADJACENT.test(text.slice(end, after[0].a)) && (f.start - h.b > 10 || PARTY.test(h.kw))) h = after[0];
  if (!h) return {};
  // "119億ドルを投じて…自社株買いした": money spent on a buyback (or a dividend) is that line item
  if (SPEND_VERB.test(h.kw) && h.a >= end) {
    const verb = h;
    const purpose = usable.find((x) => PURPOSE_ITEMS.has(x.metric) && x.a > verb.b && x.a - verb.b <= 40 && !/[。;；]/.test(text.slice(verb.b, x.a)));
    if (purpose) h = purpose;
  }
  const other = { metric: 'other' as Metric, hit: h };
  if (PART.test(text.slice(Math.min(h.b, f.start), f.start))) return other;
  if (
    ESTIMATE.test(clauseBefore(text, f.start)) ||
    /^\s?[(（]?(?:予想|予測|見込み|estimated?|forecast|expected|预期|预计)/i.test(text.slice(f.end, f.end + 12))
  )
    return other;
  // (a scope word of the clause before, …外部商業化收入佔比提升，客戶管理收入…, is not this one's)
  // (a scope word inside a reporting unit's name, 国内EC関連 / 海外EC事業, names that unit, not a scope)
  // (nor one describing a reporting unit named after it: 国内ECサイト事業の淘天集団は2%増: that unit's figure)
  const from = Math.max(0, h.a - 12);
  const unitEnd = mentions.filter((m) => m.start >= from && m.end <= f.start && unitRevenue(m.entityId, kb)).at(-1)?.end;
  const around = unitEnd ? text.slice(unitEnd, f.start) : clauseFrom(unitNamesBlanked(text, from, f.start, mentions, kb), h.a - from);
  if ((SCOPE.test(around) && !/gaap|調整|调整/i.test(around)) || SCOPE_AFTER.test(text.slice(f.end, f.end + 16))) return other;
  const opening = sentenceBefore(text, f.start);
  if (SCOPE_OPENER.test(opening) && !/gaap|調整|调整/i.test(opening)) return other; // (非GAAP項目を除くと: the non-GAAP basis)
  // "Alibaba's cloud division delivered …, with revenue rising 34% to …": the cloud unit's revenue
  if (h.metric === 'revenue' && h.b <= f.start && cloudUnitTopic(norm.text, h.na) && !PART_AFTER.test(text.slice(h.b, h.b + 24))) {
    if (f.kind === 'money') return { metric: 'cloud_revenue', hit: h, guessed: true };
    if (f.change || f.basis || GROWTH_WORD.test(text.slice(f.end, f.end + 14)) || GROWTH_BEFORE.test(text.slice(Math.max(0, f.start - 32), f.start)))
      return { metric: 'cloud_revenue_growth', hit: h, guessed: true };
  }
  // 即時零售業務營收, quick commerce revenue: a business line the KB files under a business of its own
  const line = h.metric === 'revenue' && h.b <= f.start ? lineOwner(h, mentions, text, kb) : undefined;
  if (line) {
    if (f.kind === 'money') return { metric: 'revenue', hit: h, guessed: true, subject: line };
    if (f.change || f.basis || GROWTH_WORD.test(text.slice(f.end, f.end + 14)) || GROWTH_BEFORE.test(text.slice(Math.max(0, f.start - 32), f.start)))
      return { metric: 'revenue_growth', hit: h, guessed: true, subject: line };
  }
  // "revenue from Taobao and Tmall Group": the revenue of a unit the KB records revenue for, named
  const unit = h.metric === 'revenue' && h.b <= f.start ? unitAfter(h, mentions, text, kb) : undefined;
  if (unit) {
    if (f.kind === 'money') return { metric: 'revenue', hit: h, subject: unit };
    if (f.change || f.basis || GROWTH_WORD.test(text.slice(f.end, f.end + 14)) || GROWTH_BEFORE.test(text.slice(Math.max(0, f.start - 32), f.start)))
      return { metric: 'revenue_growth', hit: h, subject: unit };
  }
  let m = refine(h, norm, text, mentions, kb);
  // one revenue keyword over a list whose items name their segment (売上高は、クラウド事業が3.5%増の
  // 772億元、物流事業が…): the cloud segment's item is cloud revenue (a guess: no flag rests on it)
  if (m === 'other' && h.metric === 'revenue' && h.b <= f.start && CLOUD_ITEM.test(text.slice(Math.max(h.b, f.start - 40), f.start))) {
    if (f.kind === 'money') return { metric: 'cloud_revenue', hit: h, guessed: true };
    if (f.change || f.basis || GROWTH_WORD.test(text.slice(f.end, f.end + 14))) return { metric: 'cloud_revenue_growth', hit: h, guessed: true };
  }
  if (m === 'revenue' || m === 'net_income' || m === 'net_income_attrib' || m === 'eps') m = modifier(h, m, norm);
  if (m === 'net_income' && /^[\s(（]{0,2}(?:普通株主|株主に帰属|归属|歸屬|attributable)/.test(text.slice(h.b, h.b + 12))) m = 'net_income_attrib';
  if (m === 'net_income' && NON_GAAP_AFTER.test(text.slice(h.b, h.b + 12))) m = 'non_gaap_net_income';
  const refers = m === 'revenue' && DEMONSTRATIVE.test(qualifier(norm.text, h.na)) ? { refers: true as const } : {};
  if (f.kind === 'money') return { metric: MONEY_METRICS.has(m) ? m : 'other', hit: h, ...refers };
  // percent
  const grows = !!(
    f.change ||
    f.basis ||
    f.approx === 'atleast' ||
    GROWTH_WORD.test(text.slice(f.end, f.end + 14)) ||
    GROWTH_BEFORE.test(text.slice(Math.max(0, f.start - 32), f.start))
  );
  const g = GROWTH_OF[m];
  if (g && grows) return { metric: g, hit: h, ...refers };
  if (m === 'share_price') return { metric: 'share_price_change', hit: h };
  if (PERCENT_METRICS.has(m)) return { metric: m, hit: h };
  return { metric: g ? 'other' : undefined, hit: h };
}

/** A keyword belongs to the first amount after it: another amount of the same kind in between blocks it
 *  (not a share of a total between them: 收入347亿元 占总收入14.0% 同比增长19%). */
function blocked(h: Hit, f: Figure, others: Figure[], text: string): boolean {
  return others.some(
    (o) =>
      o !== f &&
      o.kind === f.kind &&
      o.start >= h.b &&
      o.end <= f.start &&
      !LINKED.test(text.slice(o.end, f.start)) &&
      !(o.kind === 'percent' && SHARE_OF.test(text.slice(Math.max(0, o.start - 8), o.start))),
  );
}
