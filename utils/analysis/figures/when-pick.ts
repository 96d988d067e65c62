// The period of an amount among the dates and periods of its sentence: the one it names
// (…だった4〜6月期), the one before it, or the English one after it, leaving out comparison bases,
// spans of other clauses, event months and the periods bound to another amount.
import type { Metric } from '../kb/types';
import type { Figure } from '../types';
import { RESULTS_METRICS } from '../vocabulary/metrics';
import { monthSpan } from './periods';

const STOCK_METRICS = new Set<Metric>(['share_price', 'market_cap', 'turnover', 'price_target', 'share_price_change']);

/** Between an amount and the period it describes: 36億元の黒字だった(4〜6月期), 1億元の赤字であった(前期). */
const NAMES_PERIOD = /^\s?(?:の\s?(?:黒字|赤字|純利益|純損失|利益|損失|売上高?))?\s?(?:だった|であった|を計上した)\s?$/;
const MONTH_OF = /^\s?(?:単月|单月)?\s?(?:の|的|中|内|期间|期間)/;
/** 9月が0.7%と前年同月の6.4%: a month whose topic marker the figure follows, or one a later 同月 points back to. */
const MONTH_TOPIC = /^\s?(?:が|は)\s?(?:約|约)?\s?$|^\s?(?:が|は)[^。、,，]{0,16}?(?:と|、)\s?前年同月の\s?(?:約|约)?\s?$/;
const COMPARED = /を上回|を超え|を下回|より|から|超过|超過|高于|高於|低于|低於|多于|少于|\b(?:than|above|below|exceed)/;
/** (2025年8月、Statcounterによる) / (2025年8月時点): a month in brackets dates the figures around it. */
/** Between a basis amount and the change counted from it: its conversion in brackets, then から / より. */
const FROM_AMOUNT = /^\s?(?:[(（][^()（）。]{0,30}[)）])?\s?(?:から|より)\s?$/;
const PAREN_BEFORE = /[(（]\s?$/;
const PAREN_MONTH_AFTER = /^\s?(?:[、,，)）]|時点|时点|現在|现在|末)/;
const EN_LINK = /^(?:[\x20-\x7e\s]*\b(?:for|in|during|over|through)\s+(?:(?:the|its|fiscal)\s+)*|\s+)$/;
/** Between an amount and the period it is of: "(US$1.4 billion) in the", " growth recorded in the". */
const EN_OWN = /^\s*(?:[(（][^()（）]{0,30}[)）]\s*)?(?:[a-z]+\s+){0,2}?(?:for|in|during)\s+(?:(?:the|its)\s+)*$/i;
const EN_ITEM_AFTER = /^\s(?:capex|capital expenditures?|capital spending|revenue|sales|net income|profit|earnings|spending)\b/i;
/** A year right before the noun of the amount: "2025 capex up to ~$93B", "its 2026 revenue of $5 billion". */
const EN_ATTRIB =
  /^\s(?:capex|capital expenditures?|capital spending|revenue|sales|net income|profit|earnings|spending)\s(?:[a-z][a-z-]*\s){0,2}?(?:(?:up to|to|of|at|as much as|about|around|nearly|was|were|is|reached|hit)\s)*~?$/i;

/** A clause of its own between an amount and a later period: "$85 billion and forecasted an increase for next year". */
const NEW_CLAUSE = /\b(?:and|but|while)\s(?:also\s)?[a-z]+ed\b/i;

const AMOUNT_IN_SAME = /^\s?(?:[(（][^()（）]{0,30}[)）]\s?)?(?:in|for|during) the same (?:quarter|period|three months)(?: of the year)? (?:of|in)\s$/i;

/** The period for a figure among the sentence's dates and periods. */
export function pickPeriod(
  all: Figure[],
  f: Figure,
  text: string,
  others: Figure[],
  metric?: Metric,
  comparison?: (t: Figure) => boolean,
  basis?: (t: Figure) => boolean,
  local?: (t: Figure) => boolean,
): Figure | undefined {
  // "36億元の黒字だった4〜6月期から", "165億元の赤字だった21年7〜9月期と比べ": the amount names the period after it
  const named = all.find((t) => t.kind === 'period' && t.start >= f.end && NAMES_PERIOD.test(text.slice(f.end, t.start)));
  if (named) return named;
  // "19.1 billion yuan in the second quarter" after "down from": the period compared with is the own
  // period of the amount right before it
  const basisOwn = basis
    ? all.find(
        (t) =>
          basis(t) &&
          t.kind === 'period' &&
          t.start >= f.end &&
          t.start - f.end <= 40 &&
          EN_OWN.test(text.slice(f.end, t.start)) &&
          !others.some((o) => o.start >= f.end && o.end <= t.start && o.kind !== 'date' && o.kind !== 'period'),
      )
    : undefined;
  if (basisOwn) return basisOwn;
  if (basis) all = all.filter((t) => !basis(t));
  // 年初至今股价上涨592%: a span of its own clause reaches only the figures right after it
  // ("RMB 120 billion has been deployed … over the past year": or an English one the amount is linked to after it)
  if (local)
    all = all.filter(
      (t) =>
        !local(t) || (t.end <= f.start && f.start - t.end <= 40) || (t.start >= f.end && t.start - f.end <= 60 && EN_LINK.test(text.slice(f.end, t.start))),
    );
  // a month is the figure's period when it qualifies it (3月のMAU), not when it dates an event
  // (3月に公表した, 本年2月、…宣布): those are announcements
  // a day (9月30日までの, 20日の発表) is never the period of reported results (a funding round may
  // take its day)
  const flow = !!metric && RESULTS_METRICS.has(metric);
  const list = all.filter(
    (t) =>
      !(
        t.kind === 'date' &&
        t.period &&
        monthSpan(t.period) === 1 &&
        t.period.start !== t.period.end &&
        !MONTH_OF.test(text.slice(t.end, t.end + 4)) &&
        !(t.end <= f.start && MONTH_TOPIC.test(text.slice(t.end, f.start))) &&
        !(PAREN_BEFORE.test(text.slice(t.start - 2, t.start)) && PAREN_MONTH_AFTER.test(text.slice(t.end, t.end + 3)))
      ) && !(flow && t.period && t.period.start === t.period.end),
  );
  if (!list.length) return undefined;
  // 8月が1.5%: the month the figure is stated for, before any quarter of the sentence
  const topic = list.find(
    (t) => t.kind === 'date' && t.period && monthSpan(t.period) === 1 && t.end <= f.start && MONTH_TOPIC.test(text.slice(t.end, f.start)),
  );
  if (topic) return topic;
  // "2025年の1500億元を上回る1600億元": a period bound to the amount this one is compared with is not its own
  // ("21年の5601億元から1%下がった", 昨年第4四半期の人民元5820万元より18.1%低下: the year-ago amount a change is counted from is bound too)
  const bound = (t: Figure) =>
    others.some(
      (o) =>
        (o.kind === f.kind || (f.kind === 'percent' && o.kind === 'money' && FROM_AMOUNT.test(text.slice(o.end, f.start)))) &&
        o.start >= t.end &&
        o.end <= f.start &&
        /^\s?(?:の|的)?\s?(?:(?:前年同期|前年同月|前年|前期)比|同)?\s?(?:人民元|人民币|人民幣)?\s?$/.test(text.slice(t.end, o.start)) &&
        COMPARED.test(text.slice(o.start, f.start)),
    );
  // 較上季損失147億元擴大；經營利潤率負100.9%, "RMB 13 billion in the same period of 2024, representing a 12%
  // increase": a quarter compared with reaches the amount right after it only
  const passed = (t: Figure) =>
    (!!comparison?.(t) && others.some((o) => o.start >= t.end && o.end <= f.start && (o.kind === 'money' || o.kind === 'percent'))) ||
    // (the amount it was named for is right before it)
    (!!comparison?.(t) &&
      t.end <= f.start &&
      others.some((o) => o !== f && o.end <= t.start && (o.kind === 'money' || o.kind === 'percent') && AMOUNT_IN_SAME.test(text.slice(o.end, t.start))));
  const before = list.filter((t) => t.end <= f.start && !bound(t) && !passed(t));
  // ("raising 2025 capex to ~$93B": a year heading a line item is the period of the amount after it)
  const attributive = (t: Figure) => EN_ITEM_AFTER.test(text.slice(t.end, t.end + 28));
  const after = list.filter((t) => t.start >= f.end);
  const attrib = before.find((t) => t.kind === 'period' && /^\d{4}$/.test(t.period?.label ?? '') && EN_ATTRIB.test(text.slice(t.end, f.start)));
  if (attrib) return attrib;
  const kinds: Array<Figure['kind']> = metric && STOCK_METRICS.has(metric) ? ['date', 'period'] : ['period', 'date'];
  // English puts the period after the amount: "RMB 36 billion for 2026", "spent ... in 2025"
  const linked = after.find(
    (t) =>
      t.start - f.end <= 60 &&
      EN_LINK.test(text.slice(f.end, t.start)) &&
      !NEW_CLAUSE.test(text.slice(f.end, t.start)) &&
      !others.some(
        (o) => o.start >= f.end && o.end <= t.start && (o.kind === 'money' || o.kind === 'percent') && !/[(（]\s?$/.test(text.slice(f.end, o.start)),
      ),
  );
  if (linked) return linked;
  // an English sentence that names its period after the amounts: "jumped 34% to RMB39.8 billion
  // ($5.62 billion) for its second fiscal quarter ended September 30"
  const only = !before.length
    ? after.find(
        (t) =>
          t.kind === 'period' &&
          !comparison?.(t) &&
          !attributive(t) &&
          /^[\x20-\x7e\s]*$/.test(text.slice(f.end, t.start)) &&
          !/[;；]/.test(text.slice(f.end, t.start)) &&
          /[a-z]{2}/i.test(text.slice(f.end, t.start)),
      )
    : undefined;
  if (only) return only;
  for (const k of kinds) {
    const b = before.filter((t) => t.kind === k).pop();
    if (b) return b;
    const a = after.find(
      (t) =>
        t.kind === k &&
        t.start - f.end <= 40 &&
        !/[、,，;；]/.test(text.slice(f.end, t.start)) &&
        !others.some((o) => o.start >= f.end && o.end <= t.start && o.kind !== 'date' && o.kind !== 'period'),
    );
    if (a) return a;
  }
  return undefined;
}
