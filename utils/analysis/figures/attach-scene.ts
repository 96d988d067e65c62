// What attaching context to figures needs to know about the whole article, computed once: its
// sentences and what each holds, the company it is about, the periods it names and which of them
// is the article's own, which period each paragraph carries on, and the figures that convert others.
import type { PreparedKb } from '../prepared-kb';
import type { EntitySpan } from '../entities/find';
import { normalize, toOriginal, type Normalized } from '../text/normalize';
import { extractFigures } from './extract';
import type { Figure, PeriodFrom } from '../types';
import type { Period } from '../kb/types';
import { conversionPairs } from './convert';
import { chooseMetric, type Hit, type MetricChoice } from './choose-metric';
import { metricHits } from './metrics';
import { blockHeads, type Head } from './blocks';
import { monthSpan, resolveRelative, samePeriod } from './periods';
import { paragraphOf, sentenceIndex, sentences, type Sentences } from './sentences';
import { dominantCompany } from './subject';
import { resolveTimes } from './when';
import { isBasis } from './when-basis';
import type { CalendarAt, TimeVia } from './when-dates';
import { calendarAt } from './fiscal-company';
import { identifyFromKb } from './date-from-kb';
import { returnTablePeriods } from './return-table';
import { respectivePeriods } from './respective';

export interface AttachContext {
  text: string;
  norm: Normalized;
  mentions: EntitySpan[];
  kb: PreparedKb;
  articleDate?: string;
  /** The text's sentences, when the caller has them. */
  sentences?: Sentences;
  /** The period the page's title names (アリババ、24年7~9月期は…), for a text that names none. */
  titlePeriod?: Period;
}

/** The first period of up to a year a title names, read with the article's date (none if it names none). */
export function periodOfTitle(title: string, articleDate?: string): Period | undefined {
  const tn = normalize(title);
  const times = extractFigures(tn, title).filter((f) => f.kind === 'period');
  resolveTimes(times, { norm: tn, articleDate, text: title });
  const ps = times.map((f) => f.period).filter((p): p is Period => !!p && monthSpan(p) <= 12);
  return ps.find((p) => monthSpan(p) <= 6) ?? ps[0];
}

export type Via = NonNullable<Figure['via']>;

// (前四半期比, 上季度对比, 前四半期から12%増: a growth basis, no period of the figure)
const VAGUE_PERIOD =
  /(?:上半期|下半期|上期|下期|上半年|下半年|来期|来四半期|前四半期|下季度|上季度|下个季度|(?<!\b(?:from|than|over|versus|vs\.?|compared (?:with|to)) (?:the )?)(?:next quarter|last quarter|previous quarter|second half|first half|next year|coming years))(?!比|と比|对比|對比|から|より)/gi;
// ("a 22% increase from the previous quarter": the basis of a change names no period of the sentence)
export const isTime = (f: Figure) => f.kind === 'date' || f.kind === 'period';
/** Results compared with a year before, in a text. */
const YOY_TEXT = /year[-\s](?:over|on)[-\s]year|from the year-ago|from a year (?:earlier|ago)|前年同期比|同比|按年/i;
/** After a span: a running total (上半期累計, 1-9月期の累計) or the whole fiscal year (2026年3月期通期). */
const RUNNING_AFTER = /^\s?(?:の)?\s?(?:累計|累積|通期)/;
/** An outlook or a plan in the sentence of a span: 通期見通し, 業績予想, 计划. */
const OUTLOOK_IN = /見通し|予想|見込|計画|目標|ガイダンス|guidance|outlook|forecast|预计|预期|計劃|计划/i;

/** Items bucketed by the sentence that holds their start. */
function bySentence<T>(items: T[], start: (t: T) => number, sentOf: (x: number) => number, n: number): T[][] {
  const out: T[][] = Array.from({ length: n }, () => []);
  for (const it of items) out[sentOf(start(it))]?.push(it);
  return out;
}

export interface Scene {
  ctx: AttachContext;
  figures: Figure[];
  sents: Sentences;
  sentOf: (x: number) => number;
  /** Per sentence: the entity mentions, metric keywords and figures it holds. */
  mentionsIn: EntitySpan[][];
  hitsIn: Hit[][];
  figsIn: Figure[][];
  /** The company the article is about, named or (when it names none) identified from its amounts. */
  dominant?: string;
  implied?: string;
  /** The date the KB's facts suggest, for a page without one. */
  estimated?: string;
  calAt: CalendarAt;
  timeVia: Map<Figure, TimeVia>;
  assumed: (t: Figure) => boolean;
  /** Sentences with a period word nothing resolved: no period is inherited into them. */
  unresolvedIn: Set<number>;
  /** Where those words are, per sentence. */
  unresolvedAt: Map<number, number[]>;
  heads: Array<Head | undefined>;
  /** Periods named, in order, that may pass on to later sentences. */
  named: Figure[];
  articlePeriod?: Figure;
  articleVia: Via['period'];
  /** The last named period of each sentence's paragraph before it. */
  paraPeriodBefore: Array<Figure | undefined>;
  carried: Figure[];
  companyOf: Map<Figure, string | undefined>;
  /** The quarter the article's date last closed, and whether it is the article's period. */
  lastEnded?: Period;
  reportedLater: boolean;
  latestClosed?: Period;
  firstDay?: string;
  /** Conversion index → its source amount's index, and the conversions themselves. */
  pairs: Map<number, number>;
  conversions: Set<Figure>;
  columns: Map<Figure, Period>;
  respective: Map<Figure, Period>;
  /** Each figure's own metric choice in sentence si, computed once. */
  choose: (g: Figure, si: number) => MetricChoice;
}

export function buildScene(figures: Figure[], ctx: AttachContext): Scene {
  const { text, norm, kb } = ctx;
  const sents = ctx.sentences ?? sentences(text);
  const n = Math.max(1, sents.length);
  const sentOf = (x: number) => sentenceIndex(sents, x);
  const mentions = [...ctx.mentions].sort((x, y) => x.start - y.start);
  const dominant = dominantCompany(mentions, kb, text);
  // what the precise amounts identify, only when the page lacks it: its date, or the company it is about
  const identity = !ctx.articleDate || !dominant ? identifyFromKb(figures, kb, new Set(ctx.mentions.map((m) => m.entityId)), text) : {};
  // (not a date before a quarter or half the text names with its year: the KB matched an older period)
  const estimated =
    ctx.articleDate || !identity.date
      ? undefined
      : figures.some((f) => f.kind === 'period' && f.period && monthSpan(f.period) <= 6 && f.period.end > identity.date!)
        ? undefined
        : identity.date;
  const calAt = calendarAt(text, sents, ctx.mentions, kb);
  const timeVia = resolveTimes(figures, { norm, articleDate: ctx.articleDate, estimatedDate: estimated, calendarAt: calAt, text });
  const unresolvedIn = new Set<number>();
  // (not one a change is counted from: 第3四半期から12%増 names the basis, not the sentence's period)
  const unresolvedAt = new Map<number, number[]>();
  const block = (x: number) => {
    unresolvedIn.add(sentOf(x));
    unresolvedAt.set(sentOf(x), [...(unresolvedAt.get(sentOf(x)) ?? []), x]);
  };
  for (const f of figures) if (isTime(f) && !f.period && !isBasis(norm, f)) block(f.start);
  // period words that name no date (下半期, next quarter): nothing may be inherited across them
  // (前四半期 resolved to a quarter names one)
  const resolvedAt = new Set(figures.filter((f) => isTime(f) && f.period).map((f) => f.start));
  for (const r of text.matchAll(VAGUE_PERIOD)) if (!resolvedAt.has(r.index!)) block(r.index!);
  const times = figures.filter((f) => isTime(f) && f.period);
  const hits: Hit[] = metricHits(norm.text).map((h) => {
    const [a, b] = toOriginal(norm, h.a, h.b);
    return { ...h, na: h.a, nb: h.b, a, b };
  });
  const hitsIn = bySentence(hits, (h) => h.a, sentOf, n);
  const mentionsIn = bySentence(mentions, (m) => m.start, sentOf, n);
  const figsIn = bySentence(figures, (f) => f.start, sentOf, n);
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
  // (a text naming no period: the one its title names, as a figure before the text)
  const fromTitle: Figure | undefined =
    !named.length && ctx.titlePeriod ? { start: 0, end: 0, surface: '', kind: 'period', value: NaN, unit: 'period', period: ctx.titlePeriod } : undefined;
  // (a dated text naming no period at all whose results are compared with a year before: the quarter
  // its date last closed, as an assumed article period: "the latest release … grew 24% year-over-year")
  const lastClosedQ = ctx.articleDate ? resolveRelative({ type: 'quarter', from: 'latest' }, ctx.articleDate) : undefined;
  const yoyGuess: Figure | undefined =
    !named.length && !fromTitle && lastClosedQ && !times.length && YOY_TEXT.test(text)
      ? { start: 0, end: 0, surface: '', kind: 'period', value: NaN, unit: 'period', period: lastClosedQ }
      : undefined;
  const articlePeriod = fiscalFirst ?? named.find((t) => monthSpan(t.period!) <= 6) ?? named.find((t) => monthSpan(t.period!) <= 12) ?? fromTitle ?? yoyGuess;
  const short = stated.filter((t) => monthSpan(t.period!) <= 6);
  const articleVia: Via['period'] =
    articlePeriod &&
    articlePeriod !== fromTitle &&
    articlePeriod !== yoyGuess &&
    !assumed(articlePeriod) &&
    monthSpan(articlePeriod.period!) <= 6 &&
    short.every((t) => samePeriod(t.period!, articlePeriod.period!))
      ? 'article'
      : 'assumed';
  // A period named after the article's own that ends before it starts (In 2024, the company spent…;
  // In fiscal 2025, revenue was…): a look back for its own sentence, the sentences after it return to
  // the article's period
  // (and a longer span named after the article's quarter as a running total or an outlook: 上半期累計では…,
  // 2026年3月期の通期見通しは…: an aside, the sentences after it are about the quarter again)
  const lookBack = (t: Figure) =>
    !!articlePeriod &&
    t !== articlePeriod &&
    t.start > articlePeriod.end &&
    (t.period!.end < articlePeriod.period!.start ||
      (monthSpan(t.period!) > monthSpan(articlePeriod.period!) &&
        t.period!.end >= articlePeriod.period!.end &&
        (RUNNING_AFTER.test(text.slice(t.end, t.end + 8)) || OUTLOOK_IN.test(text.slice(t.start, sentEnd(t.start))))));
  const sentEnd = (x: number) => sents[sentOf(x)]?.[1] ?? text.length;
  // The last stated period of each paragraph before each sentence.
  const para: number[] = [];
  const lastInPara = new Map<number, Figure>();
  const paraPeriodBefore: Array<Figure | undefined> = [];
  for (let si = 0, k = 0; si < n; si++) {
    const sa = sents[si]?.[0] ?? 0;
    const p = paragraphOf(text, sa, para);
    paraPeriodBefore[si] = lastInPara.get(p);
    for (; k < named.length && named[k]!.start < (sents[si]?.[1] ?? text.length) + 1; k++) {
      const t = named[k]!;
      if (t.start >= sa && !lookBack(t)) lastInPara.set(paragraphOf(text, t.start, para), t);
    }
  }
  // periods a later paragraph without one of its own carries on: stated, not relative (昨年, 過去4四半期),
  // not bound to one amount (2023年第1四半期の23%から)
  const carried = named.filter((t) => !timeVia.get(t)?.relWord && !lookBack(t) && !/^\s?の\s?(?:約|约)?\s?[0-9]/.test(text.slice(t.end, t.end + 6)));
  // the company each stated period is about (the one its sentence names next to it)
  const companyOf = new Map<Figure, string | undefined>(named.map((t) => [t, calAt(t.start).company]));
  // a dated results article whose first period, named further down, is the last quarter ended by its
  // date: the results before it are that quarter's (テンセントはQ1に引き続き好調…売上高は29%増, Q2の…)
  const lastEnded = ctx.articleDate || estimated ? resolveRelative({ type: 'quarter', from: 'latest' }, ctx.articleDate ?? estimated) : undefined;
  const reportedLater = !!articlePeriod && !!lastEnded && monthSpan(articlePeriod.period!) === 3 && samePeriod(articlePeriod.period!, lastEnded);
  const firstDay = figures.find((t) => t.kind === 'date' && t.period && t.period.start === t.period.end)?.period?.start;
  const latestClosed = lastEnded ?? (firstDay ? resolveRelative({ type: 'quarter', from: 'latest' }, firstDay) : undefined);

  const pairs = conversionPairs(figures, text);
  const conversions = new Set([...pairs.keys()].map((i) => figures[i]!));
  const indexOf = new Map(figures.map((g, i) => [g, i]));
  const choices = new Map<Figure, MetricChoice>();
  const lastOf = new Map<number, number>(); // primary → end of its last conversion in its sentence
  for (const [b, a] of pairs) if (sentOf(figures[b]!.start) === sentOf(figures[a]!.start)) lastOf.set(a, Math.max(lastOf.get(a) ?? 0, figures[b]!.end));
  const choose = (g: Figure, si: number): MetricChoice => {
    let c = choices.get(g);
    if (!c) {
      const end = lastOf.get(indexOf.get(g)!) ?? g.end;
      choices.set(g, (c = chooseMetric(g, hitsIn[si] ?? [], norm, text, end, mentionsIn[si] ?? [], kb, figsIn[si] ?? [])));
    }
    return c;
  };

  return {
    ctx,
    figures,
    sents,
    sentOf,
    mentionsIn,
    hitsIn,
    figsIn,
    dominant,
    implied: dominant ? undefined : identity.subject,
    estimated,
    calAt,
    timeVia,
    assumed,
    unresolvedIn,
    unresolvedAt,
    heads,
    named,
    articlePeriod,
    articleVia,
    paraPeriodBefore,
    carried,
    companyOf,
    lastEnded,
    reportedLater,
    latestClosed,
    firstDay,
    pairs,
    conversions,
    columns: returnTablePeriods(text, figures, ctx.articleDate),
    respective: respectivePeriods(text, figures, sents, sentOf),
    choose,
  };
}

/** A period taken from another sentence: how it was read there, and from where. */
export function inherited(scene: Scene, t: Figure, where: string): PeriodFrom {
  const src = scene.timeVia.get(t)?.from;
  const note = [`from ${where}`, src?.how === 'fiscal' ? `a fiscal label${src.company ? ` of ${src.company}` : ''}` : '', src?.note ?? '']
    .filter(Boolean)
    .join('; ');
  return { how: 'inherited', ...(src?.company ? { company: src.company } : {}), note };
}
