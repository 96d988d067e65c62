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
import { isCountUnit } from '../vocabulary/units';
import { BULLET, clauseBefore, clauseFrom, SCOPE_OPENER, sentenceBefore } from './clauses';
import { DEMONSTRATIVE, qualifier } from './qualifier';
import { COUNT_METRIC, COUNT_METRICS, GROWTH_OF, MONEY_METRICS, NON_GAAP_QUALIFIERS, PERCENT_METRICS } from '../vocabulary/metrics';

export interface Hit extends MetricHit {
  na: number; // normalised span (a / b are original offsets)
  nb: number;
}

// the whole company or a period (同社の売上高, 7-9月期の売上高); a named group (アモイ天グループ) is a segment
/** A non-GAAP qualifier (非GAAP, 経調整, adjusted, non-IFRS, and machine translation's 米国一般会計基準に従わない, 不按美国通用会计准则). */
const NON_GAAP = new RegExp(
  `${NON_GAAP_QUALIFIERS.map((q) => q.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')}|(?:会計基準|gaap)\\s?(?:に|へ)?\\s?(?:従わ|準拠し|基づか|よら)ない|非米国(?:一般)?会計基準|不(?:按|按照|依|根据|根據)\\s?(?:美国|美國)?\\s?(?:通用会计准则|通用會計準則|公认会计准则|公認會計準則|gaap)`,
  'i',
);
const NON_GAAP_AFTER = new RegExp(`^[\\s(（]{0,2}(?:${NON_GAAP.source})`, 'i');
// (a span of months summed, 第3四半期累計の売上高, 1~9月累計; the period's total, 期內總收入; the plain
// accounts, GAAPベースの純利益, are the line item itself)
const NEUTRAL_QUALIFIER =
  /^(?:同社|当社|自社|当グループ|同グループ|グループ全体|グループ|集団|集团|集團|本集团|该集团|全体|整体|整體|連結|合計|全社|公司|会社|総|總|总)$|(?:季度|季|四半期|当期|今期|期|年度|年|月|日|整体|整體|全体|累計|累计|期內|期内)(?:總|总)?$|(?:以|按)[^の的]{1,4}(?:计算|計算|计|計)$|^(?:米国会計基準|国際会計基準|gaap|ifrs)(?:ベース)?$/;
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
/** A conjunction or pronoun opening the clause (但经营利润, 而其营收): no qualifier of the keyword. */
const CONJUNCTION = /^(?:但是|但|而且|而|并且|並且|同时|同時|此外|另外|其)/;
/** A verb of spending after an amount (…を投じて, 投入して): the amount's line item is what it was spent on. */
const SPEND_VERB = /^(?:投じ|投入)/;
const PURPOSE_ITEMS: ReadonlySet<Metric> = new Set(['buyback', 'dividend']);
/** A verb that takes the keyword as its object (实现收入, 錄得收入, 取得营收): no qualifier of it. */
const RESULT_VERB = /(?:实现|實現|录得|錄得|取得|获得|獲得|达成|達成|创造|創造)$/;
/** A segment's name before 営業利益 / operating income (North America segment, Family of Apps, Reality Labs). */
const SEGMENT_WORD = /事業|部門|セグメント|业务|業務|分部|板块|segment|apps|labs|services|america|international/;

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
  if (!h && after[0] && (after[0].a - end <= 8 || (!before.length && after[0].a - end <= 24))) h = after[0];
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
  const around = clauseFrom(unitNamesBlanked(text, Math.max(0, h.a - 12), f.start, mentions, kb), h.a - Math.max(0, h.a - 12));
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
  let m = refine(h, norm, text, mentions, kb);
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

const PRICE_BEFORE =
  /(?:股价|股價|株価|終値|始値|収盤|收报|收報|报收|報收|收于|收於|收市报|每股|港股|美股|1株|一株|株は|株が|closed at|traded at|trading at|shares? (?:rose|fell|jumped|climbed|dropped|slid|gained|lost|closed|ended|traded)\b[^,.;]{0,24}?\bto|per share)\s?(?:は|为|為|at|of|to|で)?\s?(?:約|约|about|around)?\s?[^、，,。]{0,8}$/i;
const PRICE_AFTER = /^\s?(?:\/股|\/株|每股|per share|a share|apiece|per ads|an ads)/i;
const TARGET = /目標|目标|目標價|target/i;
/** Earnings per share (每股收益 2.55元, 1株当たり利益): an amount per share that is no price. */
const EARNINGS = /每股(?:美[国國]存[托託]股|ads)?(?:基本|攤薄|摊薄)?(?:收益|盈利|盈餘|盈余)|[1一]株(?:当たり)?(?:純)?利益|earnings per|\beps\b/i;

/** A share's price (収报138.5港元, HK$138.5 per share, 株価は138.5香港ドル): never a turnover or revenue. */
function sharePrice(f: Figure, text: string): boolean {
  if (f.value >= 1e4 || f.valueMax !== undefined) return false;
  const before = clauseBefore(text, f.start);
  if (TARGET.test(before) || EARNINGS.test(before)) return false;
  return PRICE_AFTER.test(text.slice(f.end, f.end + 10)) || PRICE_BEFORE.test(before) || /^\s?(?:报|報)\s?$/.test(before);
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

function countMetric(f: Figure, hits: Hit[], end: number, text: string): Metric | undefined {
  const s = f.surface.toLowerCase();
  if (f.unit === 'models') return /派生|衍生|derivative/.test(s) || near(hits, f, end, 'derivative_models', text) ? 'derivative_models' : undefined;
  if (f.unit === 'users')
    return /ユーザー|利用者|会員|用户|用戶|user|member/.test(s) || near(hits, f, end, 'users', text) || f.value >= 1e6 ? 'users' : undefined;
  if (f.unit === 'count') return /ダウンロード|download|下载|下載/.test(s) || near(hits, f, end, 'downloads', text) ? 'downloads' : undefined;
  const u = String(f.unit);
  return isCountUnit(u) ? COUNT_METRIC[u] : undefined;
}

/** The keyword right before (ダウンロード数は4億回; not across a 、 to the next item) or right after. */
function near(hits: Hit[], f: Figure, end: number, m: Metric, text: string): boolean {
  return hits.some(
    (h) => h.metric === m && ((h.b <= f.start && f.start - h.b <= 12 && !/[、,，;；]/.test(text.slice(h.b, f.start))) || (h.a >= end && h.a - end <= 8)),
  );
}

/** "revenue from China commerce retail businesses", "sales of its cloud unit": a part named after the
 *  keyword (not an amount, a period or the company). */
const PART_AFTER =
  /^\s(?:from|of)\s(?!(?:rmb|usd|us\$|hk\$|\$|¥|yuan|the (?:quarter|year|period|company|group)|about|around|approximately|nearly|over|more|roughly|just|some|\d))[a-z]/i;

function refine(h: Hit, norm: Normalized, text: string, mentions: EntitySpan[], kb: PreparedKb): Metric {
  if (h.metric === 'operating_income' && segmentBefore(norm.text, h.na)) return 'other';
  // "its cloud computing unit was a vibrant spot with revenue picking up": a unit's revenue, unnamed
  if (h.metric === 'revenue' && UNIT_CLAUSE.test(clauseAt(norm.text, h.na, 80)) && !mentions.some((m) => m.end <= h.a && h.a - m.end <= 80)) return 'other';
  if ((h.metric === 'revenue' || h.metric === 'operating_income') && PART_AFTER.test(text.slice(h.b, h.b + 24))) {
    // only the company itself keeps the group's line item (revenue of Alibaba Group)
    const named = mentions.find((m) => m.start >= h.b && m.start - h.b <= 12);
    return named && kb.entities.get(named.entityId)?.type === 'company' ? h.metric : 'other';
  }
  if (h.metric !== 'revenue' && h.metric !== 'net_income' && h.metric !== 'operating_income') return h.metric;
  const q = qualifier(norm.text, h.na).replace(CONJUNCTION, '');
  if (!q || RESULT_VERB.test(q) || DEMONSTRATIVE.test(q)) return h.metric;
  // (a segment of fintech and cloud together, フィンテック・クラウドサービス収入, is no cloud revenue)
  if (/クラウド|云|雲|cloud/.test(q)) return h.metric === 'revenue' && !/フィンテック|fintech|金融/.test(q) ? 'cloud_revenue' : 'other';
  if (/顧客管理|客户管理|客戶管理|customer management/.test(q)) return h.metric === 'operating_income' ? 'other' : 'cmr';
  if (h.metric === 'revenue' && /株|股/.test(q)) return 'turnover';
  // (a rate, an amount or a comparison is no segment: 1年前比26%の売上高増, 2,477億元の売上高; nor a
  // period before の: 7─9月の総売上高)
  if (
    /^[a-z0-9\s.'-]*$/.test(q) ||
    NEUTRAL_QUALIFIER.test(q) ||
    /[0-9].*(?:%|％|元|円|ドル)$|比$/.test(q) ||
    q.split('の').every((x) => NEUTRAL_QUALIFIER.test(x))
  )
    return h.metric;
  // 歸屬普通股股東的淨利潤, 経调整净利润: the qualifier makes the net income a specific line item
  // (a non-GAAP figure attributable to shareholders is the non-GAAP line item)
  if (h.metric === 'net_income' && NON_GAAP.test(q)) return 'non_gaap_net_income';
  if (h.metric === 'net_income' && /归属|歸屬|帰属|attributable/.test(q)) return 'net_income_attrib';
  // the qualifier names a company ("アリババの売上高"), or a business unit whose own revenue the KB
  // records (中国电商分部收入, 国际数字商业分部收入): keep; another segment or a product: 'other'
  const qa = h.a - 24;
  const bare = q.replace(/(?:グループ|集団|集团|集團|社)$/, '');
  const seg = q.replace(/(?:分部|部門|事業部|事業|业务|業務|板块|板塊|セグメント|segment)$/, '');
  const unitForms = [q, bare, seg, seg.replace(/(?:グループ|集団|集团|集團)$/, '')];
  const named = mentions.some((m) => {
    if (m.end > h.a || m.start < qa) return false;
    const name = normKey(text.slice(m.start, m.end));
    const type = kb.entities.get(m.entityId)?.type;
    // (a name right before the keyword is the whole qualifier, even one with a particle inside: タオバオと天猫グループの)
    const joined = /^\s?(?:の|的)?\s?$/.test(text.slice(m.end, h.a));
    if (type === 'company') return joined || [q, bare].some((x) => x.endsWith(name));
    return type === 'unit' && h.metric === 'revenue' && unitRevenue(m.entityId, kb) && (joined || unitForms.some((x) => x.endsWith(name)));
  });
  return named ? h.metric : 'other';
}

/** text[a, b) with the names of business units the KB records revenue for blanked out. */
function unitNamesBlanked(text: string, a: number, b: number, mentions: EntitySpan[], kb: PreparedKb): string {
  let w = text.slice(a, b);
  for (const m of mentions) {
    if (m.start < a || m.end > b || kb.entities.get(m.entityId)?.type !== 'unit' || !unitRevenue(m.entityId, kb)) continue;
    w = w.slice(0, m.start - a) + ' '.repeat(m.end - m.start) + w.slice(m.end - a);
  }
  return w;
}

/** A unit the KB records revenue for under its own id (a reporting segment). */
const unitRevenue = (id: string, kb: PreparedKb) => (kb.factsBySubject.get(id) ?? []).some((x) => x.metric === 'revenue');

const normKey = (s: string) => s.toLowerCase().replace(/[・·\s]/g, '');

/** A line-item term of the KB (type metric) with the business it belongs to (parent), named right
 *  before a revenue keyword (即時零售業務營收, quick commerce revenue), when the KB has that business's
 *  revenue: the business. */
function lineOwner(h: Hit, mentions: EntitySpan[], text: string, kb: PreparedKb): string | undefined {
  for (const m of mentions) {
    if (m.end > h.a || h.a - m.end > 3 || !/^\s?(?:的|の|of)?\s?$/.test(text.slice(m.end, h.a))) continue;
    const e = kb.entities.get(m.entityId);
    if (e?.type !== 'metric' || !e.parent) continue;
    if ((kb.factsBySubject.get(e.parent) ?? []).some((x) => x.metric === 'revenue')) return e.parent;
  }
  return undefined;
}

/** A sentence opening with a company's cloud business named by a common noun (Alibaba's cloud
 *  division, The Chinese company's cloud computing unit, Its cloud arm), up to the keyword with no
 *  other line item or sentence end between. */
const CLOUD_UNIT_OPENING =
  /^(?:[\s"“]*)(?:(?:the\s)?[a-z0-9.&\s-]{0,40}?(?:'s|’s)\s|its\s|the\s)?cloud(?:\s(?:computing|intelligence|services))?\s(?:unit|division|business|arm|segment)\b/i;
function cloudUnitTopic(s: string, a: number): boolean {
  const w = s.slice(Math.max(0, a - 160), a);
  const cut = Math.max(w.lastIndexOf('。'), w.lastIndexOf('. '), w.lastIndexOf('\n'));
  if (cut < 0 && a > 160) return false;
  const sentence = cut >= 0 ? w.slice(cut + 1) : w;
  return CLOUD_UNIT_OPENING.test(sentence) && !/[0-9]|revenue|sales|profit|income|ebita/i.test(sentence.replace(CLOUD_UNIT_OPENING, ''));
}

/** A business unit as the clause's topic, in English (a unit, a division, a segment, an arm). */
const UNIT_CLAUSE = /\b(?:unit|division|segment|arm)\b/;

/** The clause before a in s, up to n characters (back to the last . , ; 。 、). */
function clauseAt(s: string, a: number, n: number): string {
  const w = s.slice(Math.max(0, a - n), a);
  const cut = Math.max(...['、', '。', '，', ',', '. ', ';'].map((p) => w.lastIndexOf(p)));
  return cut >= 0 ? w.slice(cut + 1) : w;
}

/** A segment named in the clause right before the keyword (国際事業の営業利益, North America segment operating income). */
function segmentBefore(s: string, a: number): boolean {
  const w = s.slice(Math.max(0, a - 24), a);
  const cut = Math.max(...['、', '。', '，', ',', '.', ';'].map((p) => w.lastIndexOf(p)));
  return SEGMENT_WORD.test(cut >= 0 ? w.slice(cut + 1) : w);
}

/** 非GAAP / 調整後 → non-GAAP; 普通株主に帰属する → attributable, when said earlier in the clause. */
function modifier(h: Hit, m: Metric, norm: Normalized): Metric {
  if (m !== 'net_income' && m !== 'net_income_attrib' && m !== 'eps') return m;
  let w = norm.text.slice(Math.max(0, h.na - 30), h.na);
  const cut = Math.max(w.lastIndexOf('。'), w.lastIndexOf('. '));
  if (cut >= 0) w = w.slice(cut + 1);
  if (m === 'eps' || m === 'net_income_attrib') {
    // the clause's own words only (another item's 調整後 is not this one's); for attributable net
    // income also the condition before it (非GAAPでは、株主に帰属する純利益は), but never another
    // figure's clause (調整後EBITAは100億元、株主に帰属する…)
    const parts = w.split(/[;；,，、]/);
    const c = parts.pop()!;
    const cond = m === 'net_income_attrib' && !/[0-9]/.test(parts.at(-1) ?? '') ? (parts.at(-1) ?? '') : '';
    return NON_GAAP.test(`${c}、${cond}`) ? (m === 'eps' ? 'non_gaap_eps' : 'non_gaap_net_income') : m;
  }
  if (NON_GAAP.test(w)) return 'non_gaap_net_income';
  if (/株主に帰属|帰属する|归属于|歸屬於|attributable/.test(w)) return 'net_income_attrib';
  return m;
}
