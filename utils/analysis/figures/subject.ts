// Who a figure is about: the entity owning its keyword (テンセントの売上高), else the nearest
// mention before it in the sentence, else the article's dominant Alibaba-group company, else (a page
// that names no company it is about) the company whose KB facts its precise amounts match.
import type { PreparedKb } from '../prepared-kb';
import type { Metric } from '../kb/types';
import { SEGMENT_METRICS } from '../vocabulary/metrics';
import type { EntitySpan } from '../entities/find';
import { rootOf } from '../entities/family';

const GROUP_ROOT = 'alibaba';
export const SUBJECT_TYPES = new Set(['company', 'unit', 'product', 'model']);
const EXEC_RELATIONS = new Set(['ceo_of', 'chairman_of', 'cfo_of', 'cto_of', 'founder_of', 'executive_of']);

/** Nearest preceding mention that can own a figure; people stand for the company they run,
 *  banks only for what the KB files under banks (price targets, forecasts). */
export function pickSubject(list: EntitySpan[], metric: Metric | undefined, kb: PreparedKb): { id: string; span: EntitySpan } | undefined {
  for (let k = list.length - 1; k >= 0; k--) {
    const span = list[k]!;
    const id = span.entityId;
    const e = kb.entities.get(id);
    if (!e) continue;
    if (SUBJECT_TYPES.has(e.type)) return { id, span };
    if (e.type === 'person') {
      const to = (kb.relationsByEntity.get(id) ?? []).find((r) => r.from === id && EXEC_RELATIONS.has(r.type) && kb.entities.get(r.to)?.type === 'company')?.to;
      if (to) return { id: to, span };
    }
    if (e.type === 'bank' && metric && hasFacts(id, metric, kb)) return { id, span };
  }
  return undefined;
}

/** The mention right before the keyword (テンセントの売上高, Alibaba's revenue, 阿里巴巴第二季度营收). */
export function keywordOwner(h: { a: number }, mentions: EntitySpan[], text: string, kb: PreparedKb): EntitySpan | undefined {
  let best: EntitySpan | undefined;
  for (const m of mentions) if (m.end <= h.a && h.a - m.end <= 12 && (!best || m.end > best.end)) best = m;
  if (!best || !SUBJECT_TYPES.has(kb.entities.get(best.entityId)?.type ?? '')) return undefined;
  const gap = text.slice(best.end, h.a);
  return /^(?:の|的|'s|’s|\s|グループ|集団|集团|[0-9０-９年度月第一二三四季财財期半上下qQfFyY\-–〜～~])*$/.test(gap) ? best : undefined;
}

/** Does the sentence also name a company unrelated to the subject? */
export function othersNamed(subject: string, mentions: EntitySpan[], sa: number, sb: number, kb: PreparedKb): boolean {
  const mine = new Set(related(subject, kb));
  return mentions.some((m) => m.start >= sa && m.end <= sb && !mine.has(m.entityId) && ['company', 'unit'].includes(kb.entities.get(m.entityId)?.type ?? ''));
}

/** The subject is the clause's topic (バイトダンスは…) or the sentence's first name. */
export function firmSubject(span: EntitySpan, list: EntitySpan[], text: string): boolean {
  return /^(?:氏|社|グループ)?\s?(?:は|が|も|，|,)/.test(text.slice(span.end, span.end + 6)) || list[0]?.entityId === span.entityId;
}

function hasFacts(id: string, metric: Metric, kb: PreparedKb): boolean {
  return (kb.factsBySubject.get(id) ?? []).some((x) => x.metric === metric);
}

/** The entity, its parent and its children. */
export function related(id: string, kb: PreparedKb): string[] {
  const p = kb.entities.get(id)?.parent;
  return [id, ...(p ? [p] : []), ...(kb.children.get(id) ?? [])];
}

/** Follow the KB's convention: Alibaba Cloud's cloud revenue is filed under 'alibaba', say. */
export function kbSubject(id: string, metric: Metric, kb: PreparedKb): string {
  if (hasFacts(id, metric, kb) || !SEGMENT_METRICS.has(metric)) return id;
  return related(id, kb).find((r) => hasFacts(r, metric, kb)) ?? id;
}

/** The same, once the figure's period is known: the related unit the KB files the line item under for
 *  that period (customer management revenue: Taobao and Tmall Group's until 2025, then Alibaba China
 *  E-commerce Group's), else the one kbSubject chose. */
export function kbSubjectFor(id: string, metric: Metric, period: { start: string; end: string }, kb: PreparedKb): string | undefined {
  if (hasFacts(id, metric, kb) || !SEGMENT_METRICS.has(metric)) return undefined;
  const inPeriod = (r: string) =>
    (kb.factsBySubject.get(r) ?? []).some((x) => x.metric === metric && x.period?.start === period.start && x.period?.end === period.end);
  const found = related(id, kb).filter(inPeriod);
  return found.length === 1 ? found[0] : undefined;
}

/** Most-mentioned company or unit of the Alibaba group ('alibaba' on ties), when no company
 *  outside the group is named as often (an article about Tencent is not about Alibaba); else the one
 *  outside company the article is clearly about. A name cited as the article's source (【上海共同】,
 *  (英Reutersの報道), ©共同通信社) does not count; an outside company's units count for the
 *  company (SoftBank and its Vision Fund). */
export function dominantCompany(mentions: EntitySpan[], kb: PreparedKb, text: string): string | undefined {
  const counts = new Map<string, number>();
  const out = new Map<string, number>();
  for (const m of mentions) {
    if (excluded(m, text) || cited(m, text)) continue;
    const e = kb.entities.get(m.entityId);
    if (!e || (e.type !== 'company' && e.type !== 'unit')) continue;
    if (!inGroup(e.id, kb)) {
      const id = rootOf(kb, e.id);
      out.set(id, (out.get(id) ?? 0) + 1);
      continue;
    }
    counts.set(e.id, (counts.get(e.id) ?? 0) + 1);
  }
  const [top, second] = [...out].sort((a, b) => b[1] - a[1]);
  const outside = top?.[1] ?? 0;
  let best: string | undefined;
  let n = 0;
  for (const [id, c] of counts) if (c > n || (c === n && id === GROUP_ROOT)) [best, n] = [id, c];
  // several of the group's units named equally often (its segments, each once): the group itself
  if (best !== GROUP_ROOT && [...counts.values()].filter((c) => c === n).length > 1) best = GROUP_ROOT;
  const group = [...counts.values()].reduce((a, b) => a + b, 0);
  if (best && group > outside) return best;
  if (!top) return undefined;
  // an article about one company outside the group (テンセントの決算, OpenAI's funding round): that
  // company, when it is named at least three times and twice as often as any other company and the
  // group, or it is the one company the article names at all, in its opening sentence (a short report
  // on Microsoft's quarter; not a round-up naming one known company among unknown ones)
  if (!second && !group && opens(top[0], mentions, text, kb)) return top[0];
  return top[1] >= 3 && top[1] >= 2 * Math.max(second?.[1] ?? 0, group) ? top[0] : undefined;
}

// 【上海共同】, [北京 ロイター], (ブルームバーグ):, (英Reutersの報道), 共同通信が報じた, ©一般社団法人共同通信社,
// 路透社报道: the name of the article's source, not of what it is about (but not "according to X":
// 据腾讯披露 is the company's own word; nor a name in brackets, 聯想集団 [レノボ・グループ], 【アリババ】)
const COPYRIGHT = /(?:©|\(c\)|copyright)\s?(?:一般社団法人|株式会社)?\s?$/i;
const REPORTED = /^(?:社)?\s?(?:の報道|が報じ|は報じ|が伝え|の取材|報導|报道)/;

/** Is the mention the article's cited source (a news agency, a paper)? */
export function cited(m: { start: number; end: number }, text: string): boolean {
  const before = text.slice(Math.max(0, m.start - 16), m.start);
  const after = text.slice(m.end, m.end + 8);
  if (COPYRIGHT.test(before) || REPORTED.test(after)) return true;
  // a dateline: a place, then the agency (【上海共同】, 【北京=共同】, [北京 ロイター]), or the paper's own
  // dispatch (【明報專訊】)
  if ((/【[^】\s]{1,6}$/.test(before) && after.startsWith('】')) || (/\[[^\]\n]{1,8}\s$/.test(before) && after.startsWith(']'))) return true;
  if (before.endsWith('【') && /^(?:專訊|专讯|訊|讯|電|电)】/.test(after)) return true;
  // a credit opening the text: (ブルームバーグ):
  return /[(（]\s?$/.test(before) && /^\s?[)）]\s?[:：]/.test(after);
}

/** Is the company (or one of its units) named in the text's opening sentence? */
function opens(id: string, mentions: EntitySpan[], text: string, kb: PreparedKb): boolean {
  const end = text.search(/[。！？!?\n]|\.\s/);
  const first = end < 0 ? text.length : end;
  return mentions.some((m) => m.start < first && rootOf(kb, m.entityId) === id);
}

// 剔除高鑫零售和银泰业务的可比收入, excluding Sun Art, 楽天を除く: a company named only to be left out
// of a figure is not what the article is about
const EXCLUDE_BEFORE = /(?:剔除|除去|扣除|不含|不包括|不计|excluding|exclusive of|other than|except(?:\s+for)?)[^。．！？!?，,；;:：]{0,16}$/i;
const EXCLUDE_AFTER = /^[^。．！？!?、，,]{0,8}?(?:を除く|を除き|を除いた|除く|以外)/;

/** Is the mention one the text leaves out (剔除X和Y, X以外, excluding X)? */
export function excluded(m: { start: number; end: number }, text: string): boolean {
  return EXCLUDE_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start)) || EXCLUDE_AFTER.test(text.slice(m.end, m.end + 12));
}

function inGroup(id: string, kb: PreparedKb): boolean {
  for (let k = 0, cur: string | undefined = id; cur && k < 5; k++, cur = kb.entities.get(cur)?.parent) if (cur === GROUP_ROOT) return true;
  return false;
}

const FORECAST = /予測|予想|見込|見通し|試算|推計|推定|预测|預測|预计|預計|预期|預期|预估|預估|估计|估計|forecasts?|estimates?|expects?|projects?|predicts?/i;
const SPEAKS =
  /^(?:氏|社|証券|銀行|集团|集團)?\s?(?:は|が|によると|によれば|の試算|の予測|の予想|的?预测|的?预计|的?估计|认为|認為|表示|称|稱|指出|分析师|analysts?|said|says|expects|estimates|forecasts|predicts|projects)/i;

/** A bank or another company that forecasts the figure (its clause's topic, and the sentence says
 *  予測 / forecast): the figure is that party's estimate, not the subject's own number. Returns the
 *  bank's id ('' for another company: the figure is then nobody's reported value). */
export function forecaster(
  subject: string,
  before: EntitySpan[],
  text: string,
  f: { start: number; end: number },
  sb: number,
  kb: PreparedKb,
): string | undefined {
  const clause = text.slice(f.end, sb).split(/[、,，;；]/)[0]!;
  const mine = new Set(related(subject, kb));
  for (const m of before) {
    const type = kb.entities.get(m.entityId)?.type;
    if (mine.has(m.entityId) || (type !== 'bank' && type !== 'company')) continue;
    if (!FORECAST.test(text.slice(m.end, f.start)) && !FORECAST.test(clause)) continue;
    if (SPEAKS.test(text.slice(m.end, m.end + 8))) return type === 'bank' ? m.entityId : '';
  }
  return undefined;
}
