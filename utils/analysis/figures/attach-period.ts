// The period of one figure: the one its sentence names, else one a heading, an earlier sentence of
// its paragraph, its company's last period or the article's period passes on to it; then what the
// sentence says of it (a whole year, a plan's horizon, a return table's column, a comparison).
import type { Period } from '../kb/types';
import type { FiscalCalendar } from '../vocabulary/fiscal';
import type { Figure, PeriodFrom } from '../types';
import { RESULTS_METRICS } from '../vocabulary/metrics';
import { fiscalPeriod, monthSpan } from './periods';
import { fiscalPart } from './period-spans';
import { sequentialNext, shiftComparative } from './when-comparative';
import { pickPeriod } from './when-pick';
import { planFact, revisedPlanFact } from './plan-horizon';
import { inherited, isTime, type Scene, type Via } from './attach-scene';
import { carriedTo, ownPeriod } from './attach-carry';

/** 通期 / 全年 / 年間 (not 3年間) / 年度ベース / 同年度 / full year earlier in a figure's sentence: it is about a whole year, not a quarter. */
const WHOLE_YEAR =
  /通期|通年|全年度|全年|全財年|全财年|年度ベース|(?:会計)?年度全体|同年度(?!比|同期|末)|(?<![0-9０-９一二三四五六七八九十数何]\s?)年間(?!アクティブ|活跃|活躍)|full[-\s]year|(?<!(?:months?|quarters?|half|weeks?) of (?:the |its |this )?)fiscal[-\s]year(?!\s?(?:19|20)\d{2}|\s?ended|\s?ending)|for the (?:whole |full )?(?:fiscal )?year|annual/gi;
// (not "the first nine months of the fiscal year": a part of it)
// (年度資本開支, 通期, full-year: a year's total, not the quarter's)
const WHOLE_YEAR_WORD = /年度|全年|通年|通期|年間|\b(?:annual|full[-\s]year|for the year)\b/i;
const YOY_IN = /前年同期比|前年同四半期比|1年前比|一年前比|同比|按年|year[-\s](?:over|on)[-\s]year|from a year (?:earlier|ago)/i;
/** 売上高は2365億元で、前年同期の2247億元を上回った: a sentence comparing with the same period a year before. */
const SAME_PERIOD_IN = /前年同期|前年同四半期|前年の同じ四半期|昨年の同じ四半期|前年の同じ期間|昨年の同じ期間|昨年同期|去年同期|上年同期/;
/** 純利益は436億元だった。前年同期は277億元の赤字だった: the next sentence gives the same period a year before. */
const SAME_PERIOD_NEXT =
  /^\s*(?:なお|また|一方)?[、,]?\s?(?:前年同期|前年同四半期|前年の同じ四半期|昨年の同じ四半期|前年の同じ期間|昨年の同じ期間|昨年同期|去年同期|上年同期)(?:は|の|には|に)/;
const SAME_PERIOD_BEFORE =
  /(?:前年同期|前年同四半期|前年の同じ四半期|昨年の同じ四半期|前年の同じ期間|昨年の同じ期間|昨年同期|去年同期|上年同期)(?!比)[^。0-9]{0,16}$/;

export function attachPeriod(f: Figure, si: number, scene: Scene, via: Via): void {
  const { text, kb } = scene.ctx;
  const [sa, sb] = scene.sents[si] ?? [0, text.length];
  const sFigs = scene.figsIn[si] ?? [];
  const head = scene.heads[si];
  const { timeVia, assumed, articlePeriod, articleVia, unresolvedIn, named, calAt, columns, respective, lastEnded, latestClosed, reportedLater } = scene;
  const { paraPeriodBefore, sentOf } = scene;
  // (下期も投資を続ける方針で、純利益は209億元と前年同期の436億元から減った: a clause compared with the year
  // before, apart from the clause of the vague period word, still takes the periods around it)
  const blocked = unresolvedIn.has(si) && !comparedClause(text, sa, f, scene.unresolvedAt.get(si) ?? []);
  let own: Figure | undefined;
  // period: this sentence, else an earlier sentence of the paragraph, else the article's
  const pick = pickPeriod(
    sFigs.filter((t) => isTime(t) && t.period),
    f,
    text,
    sFigs,
    f.metric,
    (t) => !!timeVia.get(t)?.comparison,
    (t) => !!timeVia.get(t)?.basis,
    (t) => !!timeVia.get(t)?.local,
  );
  let from: PeriodFrom | undefined;
  const listed = respective.get(f);
  if (listed) {
    f.period = listed; // …分别为112亿元、81亿元和121亿元
    via.period = 'sentence';
    from = { how: 'explicit', note: 'one of the periods listed with respectively' };
  } else if (pick) {
    f.period = pick.period;
    via.period = timeVia.get(pick)?.assumed ? 'assumed' : 'sentence';
    from = timeVia.get(pick)?.from;
    const next = sequentialNext(f, pick, sFigs, text, named);
    if (next) {
      f.period = next;
      from = { how: 'relative', note: 'the quarter after the one a sequential change is counted from' };
    }
  } else if (SAME_MONTH.test(text.slice(sa, sb)) && (own = monthBefore(scene, si, sa))) {
    // 9月が0.7%と…。…も前年同月の4.8%から1.1%に低下: a sentence on the same month is about the month named before
    f.period = own.period;
    via.period = 'paragraph';
    from = inherited(scene, own, 'the month named before (同月)');
  } else if (head?.period) {
    f.period = head.period.period; // the heading's period (2024年7-9月期:)
    via.period = assumed(head.period) ? 'assumed' : 'paragraph';
    from = inherited(scene, head.period, 'the heading above');
  } else if (!blocked) {
    const last = paraPeriodBefore[si];
    if (last) {
      f.period = last.period;
      via.period = assumed(last) ? 'assumed' : 'paragraph';
      from = inherited(scene, last, 'an earlier sentence of the paragraph');
    } else if ((own = ownPeriod(scene, f))) {
      // a paragraph about another company than the article's first period: that company's own
      // period named last before (テンセントも17年の第1四半期…, later テンセントの…34%増)
      f.period = own.period;
      via.period = assumed(own) ? 'assumed' : 'paragraph';
      from = inherited(scene, own, 'the period named last for its company');
    } else if ((own = carriedTo(scene, f, sa)) && own !== articlePeriod) {
      // a paragraph without a period of its own, after the text moved on from the article's first
      // period: the one named last (同社は15日、2025年1~3月期の決算を発表した。next paragraph:
      // クラウド部門の売上高は…), when it is about the same company
      f.period = own.period;
      via.period = assumed(own) ? 'assumed' : 'paragraph';
      from = inherited(scene, own, 'the period named last before its paragraph');
    } else if (
      articlePeriod &&
      (articlePeriod.start < f.start || sentOf(articlePeriod.start) === 0 || inHeadline(text, f.start) || (reportedLater && !!f.metric && f.metric !== 'other'))
    ) {
      f.period = articlePeriod.period;
      via.period = articleVia;
      from = inherited(scene, articlePeriod, "the article's first period");
    }
  }
  // "Revenue still grew 9 percent year over year" after a sentence on guidance for 2026: results
  // compared with a year before are of a period ended by the date, the article's, not a year under way
  const today = scene.ctx.articleDate ?? scene.firstDay; // (not a date the KB estimates: the text's own period stands)
  if (
    f.period &&
    !pick &&
    !listed &&
    today &&
    f.period.end > today.slice(0, 10) &&
    f.metric &&
    RESULTS_METRICS.has(f.metric) &&
    YOY_IN.test(text.slice(sa, sb)) &&
    articlePeriod &&
    articlePeriod.period!.end <= today.slice(0, 10)
  ) {
    f.period = articlePeriod.period;
    via.period = 'assumed';
    from = inherited(scene, articlePeriod, "the article's first period (the one named last had not ended by the date)");
  }
  // 通期の売上高は…: the last whole year named before, when the figure took a shorter period
  const yearWord = lastMatch(WHOLE_YEAR, text, sa, f.start);
  if (f.period && monthSpan(f.period) < 12 && yearWord >= 0 && !sFigs.some((t) => isTime(t) && t.start > yearWord && t.start < f.start)) {
    const year = lastYearBefore(named, f.start);
    const c = year ? {} : calAt(f.start);
    // 通年の売上高 with no year named before: the (fiscal) year of the quarter it took, with the
    // company's calendar (not 前年通期 / 去年全年: a year back)
    // (a part of a 2026年3月期 label: the year that label names, whatever company is near)
    const back = /[前昨去上]\s?(?:年\s?|年度\s?)?$/.test(text.slice(Math.max(0, yearWord - 3), yearWord));
    const labelled = year || back ? undefined : labelYear(f.period);
    const whole = year || back ? undefined : (labelled ?? (c.cal ? yearOf(f.period, c.cal) : undefined));
    if (year) {
      f.period = year.period;
      via.period = assumed(year) ? 'assumed' : 'paragraph';
      from = inherited(scene, year, 'the whole year named before');
    } else if (whole) {
      f.period = whole;
      via.period = 'assumed';
      from = {
        how: 'fiscal',
        ...(c.company && !labelled ? { company: c.company } : {}),
        note: `the ${c.cal === 'calendar' && !labelled ? '' : 'fiscal '}year of the period named before`,
      };
    }
  }
  const plan = planFact(f, kb) ?? revisedPlanFact(f, sFigs, text, kb);
  if (plan?.period && (!pick || monthSpan(f.period!) > 12 || f.metric)) {
    // the plan's own horizon (from its announcement), not one counted from this article's date
    f.period = plan.period;
    from = { how: 'relative', note: `the plan's horizon from its announcement (KB ${plan.id})` };
  }
  const column = columns.get(f);
  if (column) {
    // a return-table cell: its column's span up to the table's as-of date
    f.period = column;
    via.period = 'assumed';
    from = { how: 'relative', note: `the table column's span (${column.label})` };
  }
  // 年初来の設備投資: results so far this year run to the end of the last quarter reported
  if (f.period && (f.kind === 'money' || (f.metric && RESULTS_METRICS.has(f.metric))) && /^\d{4} to /.test(f.period.label ?? '')) {
    const [y, m] = f.period.end.split('-').map(Number) as [number, number];
    const qm = Math.floor(m / 3) * 3;
    if (qm >= 1)
      f.period = {
        start: f.period.start,
        end: `${y}-${String(qm).padStart(2, '0')}-${String(new Date(Date.UTC(y, qm, 0)).getUTCDate()).padStart(2, '0')}`,
        label: `${y} to Q${qm / 3}`,
      };
  }
  if (f.period && from) f.periodFrom = from;
  // 前年同期は20億元の赤字だった on a dated page naming no period: a year before the quarter the
  // article's date last closed (results news reports it), only when it is read as a comparison
  const guessed = !f.period && !!lastEnded && !blocked && SAME_PERIOD_BEFORE.test(text.slice(Math.max(sa, f.start - 30), f.start));
  // 1年前比26%の売上高増により334億元 / 营收同比增长5%至2365亿元 on a page naming no period: results
  // compared with a year before are those of the quarter the article's date (else the first date in
  // the text) last closed, as a guess
  if (
    !f.period &&
    !guessed &&
    latestClosed &&
    !blocked &&
    f.metric &&
    RESULTS_METRICS.has(f.metric) &&
    (YOY_IN.test(text.slice(sa, sb)) || SAME_PERIOD_IN.test(text.slice(sa, sb)) || SAME_PERIOD_NEXT.test(nextSentence(scene, si))) &&
    !WHOLE_YEAR_WORD.test(text.slice(sa, sb))
  ) {
    f.period = latestClosed;
    via.period = 'assumed';
    from = { how: 'relative', note: "a change over a year on a page naming no period: the quarter last closed by the article's date" };
    if (f.period) f.periodFrom = from;
  }
  if (guessed) f.period = lastEnded;
  if (shiftComparative(f, text, via, pick))
    f.periodFrom = guessed
      ? { how: 'relative', note: `${f.period!.label}, a comparison; the quarter from the article's date` }
      : { how: 'relative', note: `${f.period!.label}, a comparison` };
  // (前年同期から53%減: a change over the year before is of the quarter itself)
  else if (guessed && f.kind !== 'percent') f.period = undefined;
}

/** Is f in a clause of its own (after 、 / , past every vague period word) that compares with a year before? */
function comparedClause(text: string, sa: number, f: Figure, vague: number[]): boolean {
  const head = text.slice(sa, f.start);
  const cut = Math.max(head.lastIndexOf('、'), head.lastIndexOf('，'), head.lastIndexOf(', '));
  if (cut < 0) return false;
  const from = sa + cut;
  if (vague.some((x) => x >= from)) return false;
  const end = text.slice(f.end, f.end + 40).search(/[、，。]|, /);
  const clause = text.slice(from, end < 0 ? f.end + 40 : f.end + end);
  return SAME_PERIOD_IN.test(clause) || YOY_IN.test(clause);
}

/** The text of the sentence after sentence si in the same paragraph ('' if none). */
function nextSentence(scene: Scene, si: number): string {
  const cur = scene.sents[si];
  const nx = scene.sents[si + 1];
  if (!cur || !nx || scene.ctx.text.slice(cur[1], nx[0]).includes('\n\n')) return '';
  return scene.ctx.text.slice(nx[0], nx[1]);
}

/** Where the last match of a global regex in text[a, b) starts, or -1. */
function lastMatch(re: RegExp, text: string, a: number, b: number): number {
  let at = -1;
  re.lastIndex = 0;
  const part = text.slice(a, b);
  for (let r = re.exec(part); r; r = re.exec(part)) at = a + r.index;
  return at;
}

/** The whole fiscal year of a part of an N年M月期 label (FY ending 2026-03 Q1-Q2 → 2025-04..2026-03). */
function labelYear(p: Period): Period | undefined {
  const m = /^FY ending (\d{4})-(\d{2})/.exec(p.label ?? '');
  return m ? fiscalPart(+m[1]!, +m[2]!, 0, false, '通期') : undefined;
}

/** The (fiscal) year holding period p in calendar cal. */
function yearOf(p: Period, cal: FiscalCalendar): Period | undefined {
  const y = Number(p.start.slice(0, 4));
  for (const fy of [y, y + 1, y - 1]) {
    const w = fiscalPeriod({ fy }, cal);
    if (w.start <= p.start && p.end <= w.end) return w;
  }
  return undefined;
}

/** A sentence on the same month (a year before): 前年同月, 同月. */
const SAME_MONTH = /前年同月|同月(?!末)/;
/** The month (not a day) named last in the sentences of si's paragraph before it. */
function monthBefore(scene: Scene, si: number, sa: number): Figure | undefined {
  const para = scene.ctx.text.lastIndexOf('\n', sa - 1) + 1;
  for (let k = si - 1; k >= 0 && (scene.sents[k]?.[0] ?? -1) >= para; k--) {
    const m = (scene.figsIn[k] ?? []).filter((t) => t.kind === 'date' && t.period && monthSpan(t.period) === 1 && t.period.start !== t.period.end).pop();
    if (m) return m;
  }
  return undefined;
}

/** The last period of twelve months named before x. */
function lastYearBefore(named: Figure[], x: number): Figure | undefined {
  let out: Figure | undefined;
  for (const t of named) if (t.end <= x && monthSpan(t.period!) === 12) out = t;
  return out;
}

/** A figure in a short line without a sentence end near the top: a headline, which names the
 *  article's subject before its body names the period. */
function inHeadline(text: string, x: number): boolean {
  if (x > 600) return false;
  const a = text.lastIndexOf('\n', x - 1) + 1;
  let b = text.indexOf('\n', x);
  if (b < 0) b = text.length;
  const line = text.slice(a, b);
  return line.length <= 80 && !/[。．！？!?]|\.\s/.test(line);
}
