// The line item of a figure whose sentence names none for it, from the shape of the sentence. Every
// answer here is a guess ('inferred'): the checks may confirm it but never flag on it.
// - a segment list under one line item (売上高は、A事業が44%増の995億元、クラウド(アリババクラウド)が
//   66%増の77億元…): each amount is its segment's line item, the segment its subject;
// - a growth rate joined to an amount (22%増の1143億元; jumped 34% YoY to RMB39.8 billion; RMB247.8
//   billion, marking a 2% rise): the growth of the amount's line item;
// - a segment with a growth verb and an amount (Cloud Intelligence Group jumped 34% to RMB39.8 billion):
//   the segment's revenue;
// - a results sentence naming no line item (2020年1-3月期業績は、…1143億元): its first amount is revenue.
// Estimates and consensus (予想, estimate, consensus, 预期) are never the company's figure: no guess.
import type { PreparedKb } from '../prepared-kb';
import type { Metric } from '../kb/types';
import type { EntitySpan } from '../entities/find';
import type { Figure } from '../types';
import type { Hit } from './choose-metric';
import { GROWTH_OF, METRIC_DEFS, MONEY_METRICS } from '../vocabulary/metrics';
import { pickSubject } from './subject';
import { MULTI_YEAR } from './metrics';

export interface Inferred {
  metric: Metric;
  /** The segment the list item or the clause names, when it is the figure's subject. */
  subject?: string;
}

const ESTIMATE =
  /予想|予測|見通し|見込み|コンセンサス|推定|試算|estimate|forecast|expect|consensus|guidance|projected|analyst|预期|预测|预计|預期|預測|預計|估计|估計/i;
const PART = /うち|其中|of which|including|内訳/i;
/** A growth rate said of what follows or precedes it. */
const GROWS_AFTER = /^\s?(?:増|減|増加|減少|伸び|成長|growth|rise|increase|jump|gain|decline|drop|上昇|增长|增長|下降)/i;
/** Between a growth rate and the amount it leads to: 22%増の1143億元, 34% year-over-year (YoY) to RMB39.8 billion. */
const RATE_TO_AMOUNT =
  /^(?:\s?(?:増加|減少|増|減|の増加|の減少|成長|伸び))?\s?(?:の|で)?\s?$|^\s?[,，]?\s?(?:至|达到|達到)\s?$|^(?:\s?(?:year[-\s](?:over|on)[-\s]year|yoy|y\/y|annually|from a year (?:earlier|ago)|[(（]\s?(?:yoy|y\/y)\s?[)）]))*\s?(?:to|at)\s?$/i;
/** Between an amount and the growth rate said of it: RMB247.8 billion ($34.7 billion), marking a 2% rise. */
const AMOUNT_TO_RATE = /^(?:\s?[(（][^()（）]{0,40}[)）])*\s?[,，、]?\s?(?:marking|representing|reflecting|which (?:is|was)|up|down)?\s?(?:a|an)?\s?$/i;
/** Between an amount and its growth rate, the period it is for: RMB247.8 billion for the quarter ended
 *  September 30, 2025, up 5% from a year earlier; RMB21 billion in the September quarter, up 52%. */
const AMOUNT_PERIOD_TO_RATE = /^\s(?:for|in|during|over)\s[^;.。、]{0,60}?[,，]\s?$/i;
const PERIOD_WORD = /quarter|year|half|months?|period|fiscal|\b(?:19|20)\d\d\b/i;
const AMOUNT_TO_RATE_AFTER = /^\s?(?:year[-\s](?:over|on)[-\s]year|yoy|annual|y\/y)?\s?(?:rise|increase|growth|gain|jump|decline|drop|decrease)/i;
/** A segment's clause that leads to its amount with a verb of growth: jumped 34% YoY to, が66%増の. */
const GROWTH_VERB =
  /(?:jump|rose|rise|rising|grew|grow|increas|climb|surg|soar|gain|expand|advanc|fell|fall|declin|drop|slid|増|伸び|减|減|增长|增長|下降|上升)/i;
const LEADS_TO = /(?:\bto|\bat|に|の|至|达到|達到|为|為)\s?$/i;
/** A results announcement as the clause's topic (業績は、決算は, results:) naming no line item. */
const RESULTS_TOPIC = /(?:業績|決算|results|业绩|業績|财报|財報)\s?(?:は|が|:|：|，|,|、)/gi;
/** A line item's keyword opening a list (売上高は、 / revenue: / 收入方面,). */
const LIST_HEAD = /^\s?(?:は|:|：|方面)\s?[、，,]?/;
const TOP_DELIM = /[、，,;；]/;

export interface InferContext {
  text: string;
  kb: PreparedKb;
  /** Where the figure's sentence starts. */
  sentenceStart: number;
  /** The sentence's figures (not the conversions in brackets), hits and mentions. */
  figures: Figure[];
  hits: Hit[];
  mentions: EntitySpan[];
  /** The metric chooseMetric gives a figure of the sentence (without inference). */
  chosen: (g: Figure) => Metric | undefined;
  /** The figure's own choice came from this keyword. */
  hitOf: (g: Figure) => Hit | undefined;
}

/** The revenue line item the KB files a segment's own revenue under (revenue, cloud revenue). */
export function unitRevenue(id: string, kb: PreparedKb): Metric | undefined {
  if (kb.entities.get(id)?.type !== 'unit') return undefined;
  const own = new Set((kb.factsBySubject.get(id) ?? []).map((x) => x.metric));
  return own.has('revenue') ? 'revenue' : own.has('cloud_revenue') ? 'cloud_revenue' : undefined;
}

/** A segment's own line item for a head metric: revenue as the segment files it; another item only
 *  when the KB has it for the segment. */
function segmentMetric(id: string, head: Metric, kb: PreparedKb): Metric | undefined {
  if (kb.entities.get(id)?.type !== 'unit') return undefined;
  if (head === 'revenue' || head === 'cloud_revenue') return unitRevenue(id, kb);
  return (kb.factsBySubject.get(id) ?? []).some((x) => x.metric === head) ? head : undefined;
}

const grows = (f: Figure, text: string) => !!(f.change || f.basis || GROWS_AFTER.test(text.slice(f.end, f.end + 14)));

/** The growth line item of a money line item (revenue → revenue growth). */
const growthOf = (m: Metric | undefined) => (m ? GROWTH_OF[m] : undefined);

/** listOnly: the figure's keyword was found but refined away ('other'): only a list item may name it. */
export function inferMetric(f: Figure, ctx: InferContext, listOnly = false, depth = 0): Inferred | undefined {
  if (f.kind !== 'money' && f.kind !== 'percent') return undefined;
  const item = listItem(f, ctx);
  if (item || listOnly || depth > 1) return item;
  return f.kind === 'percent'
    ? (joinedRate(f, ctx, depth) ?? stockMove(f, ctx) ?? revenueChange(f, ctx) ?? segmentRate(f, ctx))
    : (segmentClause(f, ctx) ?? resultsTopic(f, ctx) ?? spending(f, ctx) ?? revenueChange(f, ctx));
}

/** 18%増収 / 5%減収 (revenue up / down) names revenue; so does the amount in brackets after it (18%増収(301億元)). */
const REVENUE_CHANGE = /(?:増収|減収)$/;
const AFTER_REVENUE_CHANGE = /[0-9]\s?(?:%|％)\s?(?:の)?(?:増収|減収)\s?[(（]\s?(?:約)?\s?$/;
function revenueChange(f: Figure, ctx: InferContext): Inferred | undefined {
  const { text } = ctx;
  if (f.kind === 'percent')
    return REVENUE_CHANGE.test(f.surface) || /^\s?(?:の)?(?:増収|減収)/.test(text.slice(f.end, f.end + 4)) ? { metric: 'revenue_growth' } : undefined;
  return AFTER_REVENUE_CHANGE.test(text.slice(Math.max(0, f.start - 16), f.start)) ? { metric: 'revenue' } : undefined;
}

/** Spending on computing (servers, data centres, AI infrastructure) named in the sentence. */
const INFRA = /インフラ|サーバー|データセンター|計算資源|infrastructure|servers?\b|data cent|computing|算力|服务器|服務器|数据中心|數據中心|基础设施|基礎設施/i;
const SPENT = /(?:\bspent|\binvested|費やし|投じた|支出した|花费了|花費了|投入了)/i;
const COMMITS = /(?:committed|pledged|plans? to (?:invest|spend)|will (?:invest|spend)|計画|予定|拟投|將投|将投|承诺|承諾)/i;

/** Right after an amount: a span of years, then a plan (three-year cloud and AI commitment, の3カ年投資計画). */
const PLAN_AFTER =
  /^\s?(?:[-\s](?:worth|in))?\s?(?:the\s)?(?:(?:two|three|four|five|ten|[2-9])[-\s]year|(?:の\s?)?(?:[2-9２-９二三四五十]|10)\s?(?:カ年|ヶ年|か年|年間の?|年))\s?(?:[^\s]+\s){0,4}?(?:commitment|pledge|plan|investment plan|spending plan|投資計画|投资计划|投資計劃)\b/i;

/** Alibaba has committed RMB 380bn over three years to cloud and AI infrastructure (a plan);
 *  バイトダンスは昨年、AI関連サーバーに80億ドルを費やした (capital spending). */
function spending(f: Figure, ctx: InferContext): Inferred | undefined {
  const { text } = ctx;
  // "RMB 380 billion three-year cloud and AI commitment", "3,800億元の3カ年投資計画": an amount naming a
  // plan over years right after it
  const follows = text.slice(f.end, f.end + 48).split(/[、，,;；。:：]|\.\s/)[0]!;
  if (PLAN_AFTER.test(follows) && !/[0-9]/.test(follows) && !ESTIMATE.test(follows + clauseOf(text.slice(Math.max(ctx.sentenceStart, f.start - 50), f.start))))
    return { metric: 'investment_plan' };
  const end = text.slice(f.end).search(/[。;；]|\.\s/);
  const sentence = text.slice(ctx.sentenceStart, end < 0 ? text.length : f.end + end);
  if (!INFRA.test(sentence) || ESTIMATE.test(sentence)) return undefined;
  // the verb in the amount's own clause: right before it, or right after it (…80億ドルを費やした)
  const before = clauseOf(text.slice(Math.max(ctx.sentenceStart, f.start - 50), f.start));
  const after = text.slice(f.end, f.end + 24).split(/[、，,;；。]/)[0]!;
  const clause = before + ' ' + after;
  if (COMMITS.test(clause) && MULTI_YEAR.test(sentence)) return { metric: 'investment_plan' };
  if (SPENT.test(clause) && !COMMITS.test(clause)) return { metric: 'capex' };
  return undefined;
}

/** A share or an ADR as the clause's topic (米上場株は, Alibaba's ADRs, 阿里巴巴美股). */
const STOCK = /株価|上場株|株式|(?<!持ち)株(?:は|が|も)|\badrs?\b|\bshares\b|\bstock\b|股价|股價|美股|港股|[A-Z]株/i;
/** Not the share price: a stake, a holder, stock pay (株式の10%, 株主, 株式報酬, stake). */
const NOT_PRICE = /株主|株式報酬|持ち株|持株|出資|保有|取得|売却|指数|指數|index|stake|holding|owns|shareholder|股东|股東|持股|比率|比例/i;
/** A move of a price, right after the rate (10%下落, 15%急騰, 0.3%高) or right before it (fell about 2.3%). */
const MOVE_AFTER = /^\s?(?:下落|上昇|高(?!い)|安(?!い)|急騰|急落|急伸|値上がり|値下がり|反発|反落|下げ|上げ|上涨|下跌|大涨|大跌|飙升|飈升|涨|跌)/;
const MOVE_BEFORE =
  /(?:fell|rose|jumped|climbed|dropped|slid|gained|lost|surged|plunged|tumbled|soared|rallied|sank|declined|advanced|漲|跌|升|飈|飆|涨)\s?(?:by\s)?(?:about|around|nearly|almost|more than|over|約|约|近|逾)?\s?$/i;

/** ADRs fell about 2.3% / 米上場株は一時約10%下落した: the change of the share price. */
function stockMove(f: Figure, ctx: InferContext): Inferred | undefined {
  const { text } = ctx;
  // the share named up to 40 characters back in the sentence (エヌビディア株は8日の時間外取引で、一時0.3%高)
  const window = text.slice(Math.max(ctx.sentenceStart, f.start - 40), f.start);
  if (!STOCK.test(window) || NOT_PRICE.test(window) || ESTIMATE.test(clauseOf(window))) return undefined;
  if (!f.change && !MOVE_AFTER.test(text.slice(f.end, f.end + 6)) && !MOVE_BEFORE.test(clauseOf(window))) return undefined;
  return { metric: 'share_price_change' };
}

/** The last clause of w: after its last 、 , ; 。 */
function clauseOf(w: string): string {
  const cut = Math.max(...['、', '，', ',', ';', '；', '。'].map((p) => w.lastIndexOf(p)));
  return cut >= 0 ? w.slice(cut + 1) : w;
}

/** 売上高は、主力のA事業が44%増の995億元、クラウド(アリババクラウド)が66%増の77億元… */
function listItem(f: Figure, ctx: InferContext): Inferred | undefined {
  const { text, kb } = ctx;
  const own = ctx.hitOf(f);
  const heads = ctx.hits.filter((h) => h.b <= f.start && h.metric !== 'other' && MONEY_METRICS.has(h.metric) && LIST_HEAD.test(text.slice(h.b, h.b + 4)));
  const head = heads[heads.length - 1];
  if (!head || (own && own !== head)) return undefined;
  // the item holding f: back to the last delimiter outside brackets, after the head
  const start = itemStart(text, head.b, f.start);
  if (start === undefined) return undefined;
  // a list: another amount of the kind in another item of the sentence
  const amounts = ctx.figures.filter((g) => g.kind === 'money' && g.start > head.b && g !== f);
  if (!amounts.some((g) => itemStart(text, head.b, g.start) !== start)) return undefined;
  const first = ctx.figures.find((g) => g.start >= start && (g.kind === 'money' || g.kind === 'percent'));
  const name = text.slice(start, first ? first.start : f.start);
  if (PART.test(name) || ESTIMATE.test(text.slice(start, f.end))) return undefined;
  const seg = ctx.mentions.find((m) => m.start >= start && m.end <= (first ? first.start : f.start) && kb.entities.get(m.entityId)?.type === 'unit');
  if (!seg) return undefined;
  const m = segmentMetric(seg.entityId, head.metric, kb);
  if (!m) return undefined;
  if (f.kind === 'money') return { metric: m, subject: seg.entityId };
  const g = growthOf(m);
  return g && grows(f, text) ? { metric: g, subject: seg.entityId } : undefined;
}

/** Where the list item holding x starts: after the last 、 , ; outside brackets between a and x. */
function itemStart(text: string, a: number, x: number): number | undefined {
  let depth = 0;
  for (let k = x - 1; k >= a; k--) {
    const c = text[k]!;
    if (c === ')' || c === '）') depth++;
    else if (c === '(' || c === '（') {
      if (depth === 0) return undefined; // inside a bracket (うち…)
      depth--;
    } else if (depth === 0 && TOP_DELIM.test(c)) return k + 1;
  }
  return a;
}

/** 22%増の1143億元 / jumped 34% YoY to RMB39.8 billion / RMB247.8 billion, marking a 2% rise. */
function joinedRate(f: Figure, ctx: InferContext, depth: number): Inferred | undefined {
  const { text } = ctx;
  if (!grows(f, text)) return undefined;
  const money = ctx.figures.filter((g) => g.kind === 'money');
  const next = money.find((g) => g.start >= f.end);
  const prev = [...money].reverse().find((g) => g.end <= f.start);
  let amount: Figure | undefined;
  if (next && RATE_TO_AMOUNT.test(text.slice(f.end, next.start))) amount = next;
  else if (prev && AMOUNT_TO_RATE.test(text.slice(prev.end, f.start)) && (f.change || AMOUNT_TO_RATE_AFTER.test(text.slice(f.end, f.end + 24)))) amount = prev;
  else if (prev && f.change && periodBetween(text.slice(prev.end, f.start))) amount = prev;
  if (!amount) return undefined;
  const chosen = ctx.chosen(amount);
  const inferred = chosen ? undefined : inferMetric(amount, ctx, false, depth + 1);
  const m = growthOf(chosen ?? inferred?.metric);
  if (!m || METRIC_DEFS[m].kind !== 'percent') return undefined;
  return inferred?.subject ? { metric: m, subject: inferred.subject } : { metric: m };
}

/** " for the quarter ended September 30, 2025, ": a period phrase, then a comma, before the rate. */
const periodBetween = (gap: string) => AMOUNT_PERIOD_TO_RATE.test(gap) && PERIOD_WORD.test(gap);

/** Cloud Intelligence Group jumped 34% year-over-year to RMB39.8 billion: the segment's revenue. */
function segmentClause(f: Figure, ctx: InferContext): Inferred | undefined {
  const { text, kb } = ctx;
  const before = ctx.mentions.filter((m) => m.end <= f.start);
  const named = pickSubject(before, undefined, kb);
  const m = named ? unitRevenue(named.id, kb) : undefined;
  // no unit named: a company's cloud business named by a common noun (クラウドサービス部門も…);
  // its subject is the company's cloud unit, found later from the company
  const seg: { end: number; metric: Metric; subject?: string } | undefined =
    named && m ? { end: named.span.end, metric: m, subject: named.id } : cloudNoun(text, ctx.sentenceStart, f.start);
  if (!seg) return undefined;
  const gap = text.slice(seg.end, f.start);
  if (gap.length > 60 || /[。;；]/.test(gap) || ESTIMATE.test(gap) || PART.test(gap)) return undefined;
  if (ctx.hits.some((h) => h.a >= seg.end && h.b <= f.start)) return undefined;
  if (ctx.figures.some((g) => g.kind === 'money' && g !== f && g.start >= seg.end && g.end <= f.start)) return undefined;
  if (!GROWTH_VERB.test(gap) || !LEADS_TO.test(gap)) return undefined;
  return seg.subject ? { metric: seg.metric, subject: seg.subject } : { metric: seg.metric };
}

/** クラウドサービス部門も26%増と…: a change rate right after a unit (or a cloud business named by a
 *  common noun) as its clause's topic, no keyword between: the growth of the unit's revenue. */
function segmentRate(f: Figure, ctx: InferContext): Inferred | undefined {
  const { text, kb } = ctx;
  if (!f.change || f.basis === 'qoq' || ESTIMATE.test(text.slice(f.end, f.end + 12))) return undefined;
  const named = pickSubject(
    ctx.mentions.filter((m) => m.end <= f.start),
    undefined,
    kb,
  );
  const m = named ? unitRevenue(named.id, kb) : undefined;
  const seg = named && m ? { end: named.span.end, metric: m, subject: named.id } : cloudNoun(text, ctx.sentenceStart, f.start);
  const growth = seg && GROWTH_OF[seg.metric];
  if (!seg || !growth || !/^\s?(?:は|も|が|则|則)?\s?$/.test(text.slice(seg.end, f.start))) return undefined;
  return seg.subject ? { metric: growth, subject: seg.subject } : { metric: growth };
}

/** A cloud business named by a common noun as its clause's topic (クラウドサービス部門も, 云业务, 雲業務). */
const CLOUD_NOUN =
  /(?:クラウド(?:サービス|コンピューティング)?(?:事業|部門)|(?:智能)?[云雲](?:计算|計算|智能)?(?:业务|業務|部门|部門|板块|板塊))\s?(?:は|も|が|则|則)?/g;
function cloudNoun(text: string, from: number, to: number): { end: number; metric: Metric; subject?: string } | undefined {
  let end = -1;
  for (const r of text.slice(from, to).matchAll(CLOUD_NOUN)) end = from + r.index! + r[0].length;
  return end < 0 ? undefined : { end, metric: 'cloud_revenue' };
}

/** 2020年1-3月期業績は、前年同期比22%増の1143億元: the first amount of a results sentence is revenue. */
function resultsTopic(f: Figure, ctx: InferContext): Inferred | undefined {
  const { text } = ctx;
  if (f.kind !== 'money') return undefined;
  const sa = ctx.sentenceStart;
  let topicEnd = -1;
  for (const r of text.slice(sa, f.start).matchAll(RESULTS_TOPIC)) topicEnd = sa + r.index! + r[0].length;
  if (topicEnd < 0) return undefined;
  const gap = text.slice(topicEnd, f.start);
  if (/[。;；]/.test(gap) || ESTIMATE.test(gap) || ESTIMATE.test(text.slice(f.end, f.end + 12))) return undefined;
  if (ctx.hits.some((h) => h.a >= topicEnd && h.b <= f.start)) return undefined;
  if (ctx.figures.some((g) => g.kind === 'money' && g !== f && g.start >= topicEnd && g.end <= f.start)) return undefined;
  return { metric: 'revenue' };
}
