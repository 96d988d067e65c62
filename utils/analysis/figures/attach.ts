// Attaches a subject (entity), a metric and a period to each figure, and resolves year-less dates
// and relative periods. Sentences end at 。！？!? / newline / '. '; paragraphs at newlines.
// Everything is looked up per sentence, so the work grows linearly with the article.
import type { PreparedKb } from '../prepared-kb';
import type { EntitySpan } from '../entities/find';
import { toOriginal, type Normalized } from '../text/normalize';
import type { Figure, PeriodFrom } from '../types';
import { conversionPairs } from './convert';
import { chooseMetric, type Hit, type MetricChoice } from './choose-metric';
import { inferMetric, unitRevenue } from './infer-metric';
import { metricHits } from './metrics';
import { GROWTH_OF, MONEY_METRICS, RESULTS_METRICS } from '../vocabulary/metrics';
import { blockHeads, type Head } from './blocks';
import { fiscalPeriod, monthSpan, resolveRelative, samePeriod } from './periods';
import type { Period } from '../kb/types';
import type { FiscalCalendar } from '../vocabulary/fiscal';
import { paragraphOf, sentenceIndex, sentences, type Sentences } from './sentences';
import { dominantCompany, firmSubject, forecaster, kbSubject, keywordOwner, othersNamed, pickSubject } from './subject';
import { isBasis, pickPeriod, resolveTimes, shiftComparative } from './when';
import { calendarAt } from './fiscal-company';
import { identifyFromKb } from './date-from-kb';
import { planFact } from './plan-horizon';
import { returnTablePeriods } from './return-table';
import { respectivePeriods } from './respective';
import { restatedPeriods } from './restated';

export { related } from './subject';

export interface AttachContext {
  text: string;
  norm: Normalized;
  mentions: EntitySpan[];
  kb: PreparedKb;
  articleDate?: string;
  /** The text's sentences, when the caller has them. */
  sentences?: Sentences;
}

// (前四半期比, 上季度对比, 前四半期から12%増: a growth basis, no period of the figure)
const VAGUE_PERIOD =
  /(?:上半期|下半期|上期|下期|上半年|下半年|来期|来四半期|前四半期|下季度|上季度|下个季度|next quarter|last quarter|previous quarter|second half|first half|next year|coming years)(?!比|と比|对比|對比|から|より)/gi;
/** 通期 / 全年 / full year earlier in a figure's sentence: it is about a whole year, not a quarter. */
const WHOLE_YEAR = /通期|通年|全年度|全年|全財年|全财年|full[-\s]year|for the (?:whole |full )?(?:fiscal )?year|annual/gi;
type Via = NonNullable<Figure['via']>;
/** A name as its clause's topic, after its bracket too: クラウド事業(阿里雲)は, Alibaba Cloud's. */
const TOPIC_AFTER = /^[)）]?\s?(?:は|が|も|の|，|,|'s|’s)/;
const isTime = (f: Figure) => f.kind === 'date' || f.kind === 'period';

/** Items bucketed by the sentence that holds their start. */
function bySentence<T>(items: T[], start: (t: T) => number, sentOf: (x: number) => number, n: number): T[][] {
  const out: T[][] = Array.from({ length: n }, () => []);
  for (const it of items) out[sentOf(start(it))]?.push(it);
  return out;
}

export function attachContext(figures: Figure[], ctx: AttachContext): Figure[] {
  const { text, norm, kb } = ctx;
  const sents = ctx.sentences ?? sentences(text);
  const n = Math.max(1, sents.length);
  const para: number[] = [];
  const sentOf = (x: number) => sentenceIndex(sents, x);
  const mentions = [...ctx.mentions].sort((x, y) => x.start - y.start);
  const dominant = dominantCompany(mentions, kb, text);
  // what the precise amounts identify, only when the page lacks it: its date, or the company it is about
  const identity = !ctx.articleDate || !dominant ? identifyFromKb(figures, kb, new Set(ctx.mentions.map((m) => m.entityId)), text) : {};
  const estimated = ctx.articleDate ? undefined : identity.date;
  const calAt = calendarAt(text, sents, ctx.mentions, kb);
  const timeVia = resolveTimes(figures, {
    norm,
    articleDate: ctx.articleDate,
    estimatedDate: estimated,
    calendarAt: calAt,
    text,
  });
  const unresolvedIn = new Set<number>();
  // (not one a change is counted from: 第3四半期から12%増 names the basis, not the sentence's period)
  for (const f of figures) if (isTime(f) && !f.period && !isBasis(norm, f)) unresolvedIn.add(sentOf(f.start));
  // period words that name no date (下半期, next quarter): nothing may be inherited across them
  // (前四半期 resolved to a quarter names one)
  const resolvedAt = new Set(figures.filter((f) => isTime(f) && f.period).map((f) => f.start));
  for (const r of text.matchAll(VAGUE_PERIOD)) if (!resolvedAt.has(r.index!)) unresolvedIn.add(sentOf(r.index!));
  const times = figures.filter((f) => isTime(f) && f.period);
  const hits: Hit[] = metricHits(norm.text).map((h) => {
    const [a, b] = toOriginal(norm, h.a, h.b);
    return { ...h, na: h.a, nb: h.b, a, b };
  });
  const hitsIn = bySentence(hits, (h) => h.a, sentOf, n);
  const mentionsIn = bySentence(mentions, (m) => m.start, sentOf, n);
  const figsIn = bySentence(figures, (f) => f.start, sentOf, n);
  // a page that names no company it is about (剔除高鑫零售…): the one its precise amounts identify
  const implied = dominant ? undefined : identity.subject;
  const assumed = (t: Figure) => !!timeVia.get(t)?.assumed;
  const heads = blockHeads(text, sents, figures, mentions, hits, kb, () => true);

  // The article's period: the first stated one up to a year (else the first inferred one); evidence
  // only when it is the one short period named. Periods pass on to later sentences whether stated or
  // inferred (then the figures taking them are 'assumed'), but not a relative span of years (今後3年間).
  const named = times.filter((t) => {
    const tv = timeVia.get(t);
    return t.kind === 'period' && !tv?.comparison && !tv?.basis && !tv?.local && !(tv?.from.how === 'relative' && monthSpan(t.period!) > 12);
  });
  // (a growth basis still counts as a second short period named: the article period is then no evidence)
  const stated = times.filter((t) => t.kind === 'period' && !timeVia.get(t)?.comparison && !timeVia.get(t)?.local && !assumed(t));
  // (a quarter or half named anywhere before a year: 【2024年最新版】 in a headline is no results period)
  // (but a fiscal year named first, stated, is the results period itself: 25年3月期は62%増益, then its
  // fourth quarter further down)
  const first = named[0];
  const fiscalFirst = first && !assumed(first) && monthSpan(first.period!) === 12 && /^FY|fiscal year/.test(first.period!.label ?? '') ? first : undefined;
  const articlePeriod = fiscalFirst ?? named.find((t) => monthSpan(t.period!) <= 6) ?? named.find((t) => monthSpan(t.period!) <= 12);
  const short = stated.filter((t) => monthSpan(t.period!) <= 6);
  const articleVia: Via['period'] =
    articlePeriod && !assumed(articlePeriod) && monthSpan(articlePeriod.period!) <= 6 && short.every((t) => samePeriod(t.period!, articlePeriod.period!))
      ? 'article'
      : 'assumed';
  /** A period taken from another sentence: how it was read there, and from where. */
  const inherited = (t: Figure, where: string): PeriodFrom => {
    const src = timeVia.get(t)?.from;
    const note = [`from ${where}`, src?.how === 'fiscal' ? `a fiscal label${src.company ? ` of ${src.company}` : ''}` : '', src?.note ?? '']
      .filter(Boolean)
      .join('; ');
    return { how: 'inherited', ...(src?.company ? { company: src.company } : {}), note };
  };
  // The last stated period of each paragraph before each sentence.
  const lastInPara = new Map<number, Figure>();
  const paraPeriodBefore: Array<Figure | undefined> = [];
  for (let si = 0, k = 0; si < n; si++) {
    const sa = sents[si]?.[0] ?? 0;
    const p = paragraphOf(text, sa, para);
    paraPeriodBefore[si] = lastInPara.get(p);
    for (; k < named.length && named[k]!.start < (sents[si]?.[1] ?? text.length) + 1; k++) {
      const t = named[k]!;
      if (t.start >= sa) lastInPara.set(paragraphOf(text, t.start, para), t);
    }
  }

  // periods a later paragraph without one of its own carries on: stated, not relative (昨年, 過去4四半期),
  // not bound to one amount (2023年第1四半期の23%から)
  const carried = named.filter((t) => !timeVia.get(t)?.relWord && !/^\s?の\s?(?:約|约)?\s?[0-9]/.test(text.slice(t.end, t.end + 6)));
  // the company each stated period is about (the one its sentence names next to it)
  const companyOf = new Map<Figure, string | undefined>(named.map((t) => [t, calAt(t.start).company]));
  const ownPeriod = (f: Figure): Figure | undefined => {
    const who = f.subject ?? calAt(f.start).company;
    if (!who || !articlePeriod || companyOf.get(articlePeriod) === who || !companyOf.get(articlePeriod)) return undefined;
    let out: Figure | undefined;
    for (const t of named) if (t.end <= f.start && companyOf.get(t) === who) out = t;
    return out;
  };
  // the period named last before a paragraph, for a figure of the same company (or of none named)
  const carriedTo = (f: Figure, x: number): Figure | undefined => {
    const t = lastNamedBefore(carried, x);
    if (!t) return undefined;
    const who = calAt(f.start).company ?? f.subject;
    const its = companyOf.get(t);
    return !who || !its || its === who ? t : undefined;
  };
  let own: Figure | undefined;
  // a dated results article whose first period, named further down, is the last quarter ended by its
  // date: the results before it are that quarter's (テンセントはQ1に引き続き好調…売上高は29%増, Q2の…)
  const lastEnded = ctx.articleDate || estimated ? resolveRelative({ type: 'quarter', from: 'latest' }, ctx.articleDate ?? estimated) : undefined;
  const reportedLater = !!articlePeriod && !!lastEnded && monthSpan(articlePeriod.period!) === 3 && samePeriod(articlePeriod.period!, lastEnded);
  const pairs = conversionPairs(figures, text);
  const conversions = new Set([...pairs.keys()].map((i) => figures[i]!));
  const indexOf = new Map(figures.map((g, i) => [g, i]));
  const choices = new Map<Figure, MetricChoice>(); // each figure's own metric choice, once
  const lastOf = new Map<number, number>(); // primary → end of its last conversion in its sentence
  for (const [b, a] of pairs) if (sentOf(figures[b]!.start) === sentOf(figures[a]!.start)) lastOf.set(a, Math.max(lastOf.get(a) ?? 0, figures[b]!.end));

  const columns = returnTablePeriods(text, figures, ctx.articleDate);
  const respective = respectivePeriods(text, figures, sents, sentOf);

  // (年度資本開支, 通期, full-year: a year's total, not the quarter's)
  const WHOLE_YEAR_WORD = /年度|全年|通年|通期|年間|\b(?:annual|full[-\s]year|for the year)\b/i;
  const YOY_IN = /前年同期比|前年同四半期比|1年前比|一年前比|同比|按年|year[-\s](?:over|on)[-\s]year|from a year (?:earlier|ago)/i;
  const firstDay = figures.find((t) => t.kind === 'date' && t.period && t.period.start === t.period.end)?.period?.start;
  const latestClosed = lastEnded ?? (firstDay ? resolveRelative({ type: 'quarter', from: 'latest' }, firstDay) : undefined);
  const SAME_PERIOD_BEFORE = /(?:前年同期|前年同四半期|昨年同期|去年同期|上年同期)(?!比)[^。0-9]{0,16}$/;
  figures.forEach((f, idx) => {
    if (f.kind !== 'money' && f.kind !== 'percent' && f.kind !== 'count') return;
    if (pairs.has(idx)) return; // takes its source's context below
    const si = sentOf(f.start);
    const [sa, sb] = sents[si] ?? [0, text.length];
    const sFigs = figsIn[si] ?? [];
    const sMent = mentionsIn[si] ?? [];
    const choose = (g: Figure): MetricChoice => {
      let c = choices.get(g);
      if (!c) choices.set(g, (c = chooseMetric(g, hitsIn[si] ?? [], norm, text, lastOf.get(indexOf.get(g)!) ?? g.end, sMent, kb, sFigs)));
      return c;
    };
    const choice = choose(f);
    if (choice.metric) f.metric = choice.metric;
    const head = heads[si];
    if (!f.metric && head?.hits.length) f.metric = questionMetric(f, head);
    const via: Via = {};
    if (choice.guessed) via.metric = 'inferred';
    // no line item named for it: one the sentence's shape implies (a list under one line item, a
    // growth rate joined to an amount, a segment's clause, a results sentence), as a guess
    const guess =
      !f.metric || (f.metric === 'other' && choice.hit)
        ? inferMetric(
            f,
            {
              text,
              kb,
              sentenceStart: sa,
              figures: sFigs.filter((g) => !conversions.has(g)),
              hits: hitsIn[si] ?? [],
              mentions: sMent,
              chosen: (g) => choose(g).metric,
              hitOf: (g) => choose(g).hit,
            },
            !!f.metric,
          )
        : undefined;
    if (guess) {
      f.metric = guess.metric;
      via.metric = 'inferred';
    } else if (!f.metric && columns.has(f)) {
      f.metric = 'share_price_change'; // a cell of a return table (騰落率 columns)
      via.metric = 'inferred';
    }
    // subject: the entity the keyword belongs to (テンセントの売上高), else the nearest before the figure
    const before = sMent.filter((m) => m.end <= f.start);
    const owner = choice.hit && !guess && !choice.subject ? keywordOwner(choice.hit, sMent, text, kb) : undefined;
    const given = guess?.subject ?? choice.subject;
    const near = owner || given ? undefined : pickSubject(before, f.metric, kb);
    const subj = given ?? owner?.entityId ?? near?.id;
    if (subj) {
      f.subject = subj;
      via.subject = owner || given || !othersNamed(subj, sMent, sa, sb, kb) || firmSubject(near!.span, before, text) ? 'sentence' : 'mixed';
      // a segment's revenue is the line item the KB files it under (Alibaba Cloud's revenue is its
      // cloud revenue, not the group's revenue); a guess all the same, as the segment's revenue may
      // be reported in more than one scope (with or without inter-segment revenue)
      const ownRevenue = unitRevenue(subj, kb);
      if (
        ownRevenue === 'cloud_revenue' &&
        (f.metric === 'revenue' || f.metric === 'revenue_growth') &&
        (owner || given || firmSubject(near!.span, before, text) || TOPIC_AFTER.test(text.slice(near!.span.end, near!.span.end + 4)))
      ) {
        f.metric = f.metric === 'revenue' ? 'cloud_revenue' : 'cloud_revenue_growth';
        via.metric = 'inferred';
      }
    } else if (head?.subject) {
      f.subject = head.subject; // the heading's company (■7-9月期（アリババ）)
      via.subject = 'sentence';
    } else if (f.metric && f.metric !== 'other' && (dominant ?? implied)) {
      f.subject = dominant ?? implied;
      via.subject = dominant ? 'article' : 'identified';
    }
    // "ゴールドマンは…4600億元に達すると予測": the forecaster's figure, not the company's
    const by = f.subject ? forecaster(f.subject, before, text, f, sb, kb) : undefined;
    if (by) {
      f.subject = by;
      via.subject = 'sentence';
    } else if (by === '') f.metric = 'other';
    // a company's cloud unit named by a common noun (its cloud division): the unit, when the KB has one
    if (choice.guessed && f.subject && (f.metric === 'cloud_revenue' || f.metric === 'cloud_revenue_growth'))
      f.subject = cloudUnitOf(f.subject, kb) ?? f.subject;
    if (f.subject && f.metric) f.subject = kbSubject(f.subject, f.metric, kb);
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
    } else if (head?.period) {
      f.period = head.period.period; // the heading's period (2024年7-9月期:)
      via.period = assumed(head.period) ? 'assumed' : 'paragraph';
      from = inherited(head.period, 'the heading above');
    } else if (!unresolvedIn.has(si)) {
      const last = paraPeriodBefore[si];
      if (last) {
        f.period = last.period;
        via.period = assumed(last) ? 'assumed' : 'paragraph';
        from = inherited(last, 'an earlier sentence of the paragraph');
      } else if ((own = ownPeriod(f))) {
        // a paragraph about another company than the article's first period: that company's own
        // period named last before (テンセントも17年の第1四半期…, later テンセントの…34%増)
        f.period = own.period;
        via.period = assumed(own) ? 'assumed' : 'paragraph';
        from = inherited(own, 'the period named last for its company');
      } else if ((own = carriedTo(f, sa)) && own !== articlePeriod) {
        // a paragraph without a period of its own, after the text moved on from the article's first
        // period: the one named last (同社は15日、2025年1~3月期の決算を発表した。next paragraph:
        // クラウド部門の売上高は…), when it is about the same company
        f.period = own.period;
        via.period = assumed(own) ? 'assumed' : 'paragraph';
        from = inherited(own, 'the period named last before its paragraph');
      } else if (
        articlePeriod &&
        (articlePeriod.start < f.start ||
          sentOf(articlePeriod.start) === 0 ||
          inHeadline(text, f.start) ||
          (reportedLater && !!f.metric && f.metric !== 'other'))
      ) {
        f.period = articlePeriod.period;
        via.period = articleVia;
        from = inherited(articlePeriod, "the article's first period");
      }
    }
    // "Revenue still grew 9 percent year over year" after a sentence on guidance for 2026: results
    // compared with a year before are of a period ended by the date, the article's, not a year under way
    const today = ctx.articleDate ?? firstDay; // (not a date the KB estimates: the text's own period stands)
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
      from = inherited(articlePeriod, "the article's first period (the one named last had not ended by the date)");
    }
    // 通期の売上高は…: the last whole year named before, when the figure took a shorter period
    const yearWord = lastMatch(WHOLE_YEAR, text, sa, f.start);
    if (f.period && monthSpan(f.period) < 12 && yearWord >= 0 && !sFigs.some((t) => isTime(t) && t.start > yearWord && t.start < f.start)) {
      const year = lastYearBefore(named, f.start);
      const c = year ? {} : calAt(f.start);
      // 通年の売上高 with no year named before: the (fiscal) year of the quarter it took, with the
      // company's calendar (not 前年通期 / 去年全年: a year back)
      const whole =
        !year && c.cal && !/[前昨去上]\s?(?:年\s?|年度\s?)?$/.test(text.slice(Math.max(0, yearWord - 3), yearWord)) ? yearOf(f.period, c.cal) : undefined;
      if (year) {
        f.period = year.period;
        via.period = assumed(year) ? 'assumed' : 'paragraph';
        from = inherited(year, 'the whole year named before');
      } else if (whole) {
        f.period = whole;
        via.period = 'assumed';
        from = {
          how: 'fiscal',
          ...(c.company ? { company: c.company } : {}),
          note: `the ${c.cal === 'calendar' ? '' : 'fiscal '}year of the period named before`,
        };
      }
    }
    const plan = planFact(f, kb);
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
    const guessed = !f.period && !!lastEnded && !unresolvedIn.has(si) && SAME_PERIOD_BEFORE.test(text.slice(Math.max(sa, f.start - 30), f.start));
    // 1年前比26%の売上高増により334億元 / 营收同比增长5%至2365亿元 on a page naming no period: results
    // compared with a year before are those of the quarter the article's date (else the first date in
    // the text) last closed, as a guess
    if (
      !f.period &&
      !guessed &&
      latestClosed &&
      !unresolvedIn.has(si) &&
      f.metric &&
      RESULTS_METRICS.has(f.metric) &&
      YOY_IN.test(text.slice(sa, sb)) &&
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
    else if (guessed) f.period = undefined;
    if (via.subject || via.period || via.metric) f.via = via;
  });
  const fromSource = () => {
    for (const [b, a] of pairs) {
      const src = figures[a]!;
      const f = figures[b]!;
      for (const k of ['metric', 'subject', 'period', 'via'] as const) if (src[k] !== undefined) (f as unknown as Record<string, unknown>)[k] = src[k];
    }
  };
  fromSource();
  // a headline amount restated in the body takes its period (then so do its conversions)
  restatedPeriods(figures, new Set([...pairs.keys()].map((i) => figures[i]!)));
  fromSource();
  // Year-less dates and relative periods nothing could resolve are dropped.
  return figures.filter((f) => !(isTime(f) && !f.period));
}

/** Where the last match of a global regex in text[a, b) starts, or -1. */
function lastMatch(re: RegExp, text: string, a: number, b: number): number {
  let at = -1;
  re.lastIndex = 0;
  const part = text.slice(a, b);
  for (let r = re.exec(part); r; r = re.exec(part)) at = a + r.index;
  return at;
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

/** The last period named before x. */
function lastNamedBefore(named: Figure[], x: number): Figure | undefined {
  let out: Figure | undefined;
  for (const t of named) if (t.end <= x) out = t;
  return out;
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

/** "Q: …売上高は？ A: 2,477億元": the question's keyword gives the answer's figure its metric. */
function questionMetric(f: Figure, head: Head): Figure['metric'] {
  for (let k = head.hits.length - 1; k >= 0; k--) {
    const m = head.hits[k]!.metric;
    if (m === 'other') continue;
    if (f.kind === 'money' && MONEY_METRICS.has(m)) return m;
    if (f.kind === 'percent' && (f.change || f.basis) && GROWTH_OF[m]) return GROWTH_OF[m];
  }
  return undefined;
}

/** The business unit of a company that files cloud revenue (Alibaba → Alibaba Cloud); a unit is its own. */
function cloudUnitOf(id: string, kb: PreparedKb): string | undefined {
  if (unitRevenue(id, kb) === 'cloud_revenue') return id;
  for (const e of kb.entities.values()) if (e.parent === id && e.type === 'unit' && unitRevenue(e.id, kb) === 'cloud_revenue') return e.id;
  return undefined;
}
