// How a line-item keyword's qualifier refines it (choose-metric reads it): クラウド事業の売上高 → cloud
// revenue, 非GAAP…純利益 → non-GAAP, 国際事業の営業利益 → a segment's ('other'), revenue of Alibaba Group →
// the group's.
import type { PreparedKb } from '../prepared-kb';
import type { Metric } from '../kb/types';
import type { EntitySpan } from '../entities/find';
import type { Normalized } from '../text/normalize';
import type { Hit } from './choose-metric';
import { DEMONSTRATIVE, qualifier } from './qualifier';
import { NON_GAAP_QUALIFIERS } from '../vocabulary/metrics';

// the whole company or a period (同社の売上高, 7-9月期の売上高); a named group (アモイ天グループ) is a segment
/** A non-GAAP qualifier (非GAAP, 経調整, adjusted, non-IFRS, and machine translation's 米国一般会計基準に従わない, 不按美国通用会计准则). */
const NON_GAAP = new RegExp(
  `${NON_GAAP_QUALIFIERS.map((q) => q.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')}|(?:会計基準|gaap)\\s?(?:に|へ)?\\s?(?:従わ|準拠し|基づか|よら)ない|非米国(?:一般)?会計基準|不(?:按|按照|依|根据|根據)\\s?(?:美国|美國)?\\s?(?:通用会计准则|通用會計準則|公认会计准则|公認會計準則|gaap)`,
  'i',
);
export const NON_GAAP_AFTER = new RegExp(`^[\\s(（]{0,2}(?:${NON_GAAP.source})`, 'i');
// (a span of months summed, 第3四半期累計の売上高, 1~9月累計; the period's total, 期內總收入; the plain
// accounts, GAAPベースの純利益, are the line item itself)
const NEUTRAL_QUALIFIER =
  /^(?:同社|当社|自社|当グループ|同グループ|グループ全体|グループ|集団|集团|集團|本集团|该集团|全体|整体|整體|連結|合計|全社|公司|会社|総|總|总)$|(?:季度|季|四半期|当期|今期|期|年度|年|月|日|整体|整體|全体|累計|累计|期內|期内)(?:總|总)?$|(?:以|按)[^の的]{1,4}(?:计算|計算|计|計)$|^(?:米国会計基準|国際会計基準|gaap|ifrs)(?:ベース)?$/;
/** A conjunction or pronoun opening the clause (但经营利润, 而其营收): no qualifier of the keyword. */
const CONJUNCTION = /^(?:但是|但|而且|而|并且|並且|同时|同時|此外|另外|其)/;
/** A verb that takes the keyword as its object (实现收入, 錄得收入, 取得营收): no qualifier of it. */
const RESULT_VERB = /(?:实现|實現|录得|錄得|取得|获得|獲得|达成|達成|创造|創造)$/;
/** A segment's name before 営業利益 / operating income (North America segment, Family of Apps, Reality Labs). */
const SEGMENT_WORD = /事業|部門|セグメント|业务|業務|分部|板块|segment|apps|labs|services|america|international/;

/** "revenue from China commerce retail businesses", "sales of its cloud unit": a part named after the
 *  keyword (not an amount, a period or the company). */
export const PART_AFTER =
  /^\s(?:from|of)\s(?!(?:rmb|usd|us\$|hk\$|\$|¥|yuan|the (?:quarter|year|period|company|group)|about|around|approximately|nearly|over|more|roughly|just|some|\d))[a-z]/i;

const CLOUD_BEFORE = /\bcloud(?:\s(?:computing|intelligence|services?))?(?:\s(?:business|unit|division|segment|group))?(?:'s|’s)?\s$/i;

export function refine(h: Hit, norm: Normalized, text: string, mentions: EntitySpan[], kb: PreparedKb): Metric {
  if (h.metric === 'operating_income' && segmentBefore(norm.text, h.na)) return 'other';
  // "its cloud computing unit was a vibrant spot with revenue picking up": a unit's revenue, unnamed
  if (h.metric === 'revenue' && UNIT_CLAUSE.test(clauseAt(norm.text, h.na, 80)) && !mentions.some((m) => m.end <= h.a && h.a - m.end <= 80)) return 'other';
  if ((h.metric === 'revenue' || h.metric === 'operating_income') && PART_AFTER.test(text.slice(h.b, h.b + 24))) {
    // only the company itself keeps the group's line item (revenue of Alibaba Group)
    const named = mentions.find((m) => m.start >= h.b && m.start - h.b <= 12);
    return named && kb.entities.get(named.entityId)?.type === 'company' ? h.metric : 'other';
  }
  if (h.metric !== 'revenue' && h.metric !== 'net_income' && h.metric !== 'operating_income') return h.metric;
  // English compounds: cloud business revenue, cloud computing revenue
  if (h.metric === 'revenue' && CLOUD_BEFORE.test(norm.text.slice(Math.max(0, h.na - 40), h.na))) return 'cloud_revenue';
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
export function unitNamesBlanked(text: string, a: number, b: number, mentions: EntitySpan[], kb: PreparedKb): string {
  let w = text.slice(a, b);
  for (const m of mentions) {
    if (m.start < a || m.end > b || kb.entities.get(m.entityId)?.type !== 'unit' || !unitRevenue(m.entityId, kb)) continue;
    w = w.slice(0, m.start - a) + ' '.repeat(m.end - m.start) + w.slice(m.end - a);
  }
  return w;
}

/** A unit the KB records revenue for under its own id (a reporting segment). */
export const unitRevenue = (id: string, kb: PreparedKb) => (kb.factsBySubject.get(id) ?? []).some((x) => x.metric === 'revenue');

const normKey = (s: string) => s.toLowerCase().replace(/[・·\s]/g, '');

/** A line-item term of the KB (type metric) with the business it belongs to (parent), named right
 *  before a revenue keyword (即時零售業務營收, quick commerce revenue), when the KB has that business's
 *  revenue: the business. */
export function lineOwner(h: Hit, mentions: EntitySpan[], text: string, kb: PreparedKb): string | undefined {
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
export function cloudUnitTopic(s: string, a: number): boolean {
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
export function modifier(h: Hit, m: Metric, norm: Normalized): Metric {
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

/** A reporting unit named right after a revenue keyword as its source ("revenue from Taobao and Tmall
 *  Group", "sales of its cloud unit" is no name): the unit, when the KB records its own revenue. */
export function unitAfter(h: Hit, mentions: EntitySpan[], text: string, kb: PreparedKb): string | undefined {
  if (!PART_AFTER.test(text.slice(h.b, h.b + 24))) return undefined;
  const m = mentions.find((x) => x.start >= h.b && /^\s(?:from|of)\s(?:the\s|its\s)?$/i.test(text.slice(h.b, x.start)));
  return m && kb.entities.get(m.entityId)?.type === 'unit' && unitRevenue(m.entityId, kb) ? m.entityId : undefined;
}
