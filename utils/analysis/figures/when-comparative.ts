// Comparatives: a figure stated for an earlier period (前年同期の…, a year earlier, 前期は…, the
// amount a change is counted from) has its period moved back by a year, a half or a quarter.
import type { Figure } from '../types';
import { monthSpan } from './periods';

type Via = NonNullable<Figure['via']>;

// (去年同期亏损29亿元, 去年同期为净流入137亿元: a short word of what it was may come between; 前年の同じ四半期:
// a machine translation's 前年同期; 2021年同期の人民元8.672億元: the currency word before the amount)
const PREV_YEAR_BEFORE =
  /(?:(?:前年同期実績|前年実績|前年同期|前年同時期|前年同四半期|前年の同じ四半期|昨年の同じ四半期|前年の同じ期間|昨年の同じ期間|前年同月|前年度|前年の同じ時期|前年の同時期|昨年の同じ時期|前年|昨年同期|昨年|去年同期|上年同期|去年|一年前|1年前|a year (?:earlier|ago)|((?:19|20)\d{2})\s?(年\s?度|财年|財年|年)\s?同期)(?:の|は|的|为|為|则为|則為|\s?of|:|：|(?:の実績|の水準)?\s?[(（]|(?:为|為)?(?:亏损|虧損|盈利|净流入|淨流入|净流出|淨流出|录得|錄得|蝕|蚀))|(?<![比較较])(?:上年同期|去年同期))\s?(?:約|约|about)?\s?(?:人民元|人民币|人民幣)?\s?$/i;
/** 去年同期經營利潤120億元 / 而去年同期为净亏损人民币28亿元: a line item's amount of the same period a year
 *  before (not 较去年同期增长: a growth compared with it). */
const PREV_YEAR_ITEM_ZH = /(?<![比較较对對与與和])(?:去年同期|上年同期|前年同期)(?:的)?([\u4e00-\u9fff]{1,8}?)?\s?(?:人民币|人民幣|约|約)?\s?$/;
const GROWTH_ZH = /[增長长降减減升跌比较較]/;
/** 较去年同期126亿元下降50.8%: an amount right after 较去年同期 is the year-before amount itself. */
const COMPARED_ITEM_ZH = /(?:较|較|比|相比)\s?(?:去年同期|上年同期)(?:的)?\s?(?:人民币|人民幣|约|約)?\s?$/;
/** 前年同期の63億元(同18.25元) / 438億元(前年同期277億元)、売上高は2365億元(同2248億元): the bracketed 同 amount
 *  is of the same earlier period. */
const PREV_YEAR_SAME_BRACKET =
  /(?:(?:前年同期|前年同四半期|昨年同期|去年同期|上年同期)(?!比)の\s?[^()（）。、,，]{0,24}|[(（]\s?(?:前年同期|前年同四半期|昨年同期|去年同期|上年同期)(?!比)[^()（）]{0,16}[)）][^。]{0,40})[(（][^()（）]{0,12}?同\s?$/;
/** 去年同期に…10億元の収益を得た: a clause that a year-before period heads (not 前年同期に比べ: a basis). */
const PREV_YEAR_CLAUSE =
  /(?:前年同期|前年同四半期|前年の同じ四半期|昨年の同じ四半期|前年の同じ期間|昨年の同じ期間|昨年同期|去年同期|上年同期)(?:に|には|において)(?!\s?(?:比|対|くら|較|続))[^。！？!?]{0,40}$/;
/** "to 4.6% from 3.8% year-over-year": the amount a change is counted from, a year before. */
const FROM_YOY_BEFORE = /\bfrom\s?$/i;
const FROM_YOY_AFTER = /^\s?(?:year[-\s](?:over|on)[-\s]year|yoy\b|y\/y|in the (?:same|year-ago) (?:quarter|period))/i;
/** 前年同期の93~99%増: a growth over the year before, of the figure's own period (not 前年同期の9%増から: its rate then;
 *  nor 前年同期の64%増、前四半期の59%増からは鈍った: a list of earlier rates). */
const OWN_GROWTH =
  /%\s?(?:の)?\s?(?:増|減|上昇|低下|伸び)(?!\S{0,4}(?:から|を上回|を下回|より)|[、,，][^。、,，]{0,12}?%\s?(?:の)?\s?(?:増|減)\S{0,4}(?:から|より))/;
/** 前年同期の売上高は2365億元 / 前年同期の純損益が…: the line item of the same period a year before. */
const PREV_YEAR_ITEM =
  /(?:前年同期|前年同四半期|前年の同じ四半期|昨年の同じ四半期|前年の同じ期間|昨年の同じ期間|昨年同期|去年同期|上年同期|(?:19|20)\d{2}\s?年\s?同期)の\s?[^\s。、,，;；0-9()（）]{1,12}?(?:は|が)\s?(?:約|约)?\s?(?:人民元|人民币|人民幣)?\s?$/;
/** "AからBに減少", "从A增至B", "from A to B": A is the earlier period's (a year before, or a quarter
 *  with a sequential basis in the sentence). */
const FROM_JA =
  /^\s?(?:[(（][^()（）]{1,24}[)）])?\s?から\s?(?:約|约)?\s?[0-9][^。、,，;；]{0,24}?(?:に|へ)(?:減少|増加|拡大|縮小|低下|上昇|増|減|伸び|落ち込|悪化|改善|膨ら)/;
const FROM_ZH_BEFORE = /从\s?(?:约|約)?\s?$/;
const FROM_ZH_AFTER =
  /^\s?(?:[(（][^()（）]{1,24}[)）])?\s?(?:骤|驟|大幅|急剧|急劇|飙|飆|跃|躍|猛|暴)?(?:增至|增长至|增長至|增加至|增长到|降至|下降至|减少至|減少至|减至|升至|跌至|提升至|提高至|上升至|下滑至|增到|降到|升到)/;
// (从19.2%飙升至35.9%, 从21.0%骤降至-20.9%: an adverb may come before the verb)
const SEQUENTIAL = /前期比|前四半期比|環比|环比|按季|sequential|quarter[-\s]on[-\s]quarter|quarter[-\s]over[-\s]quarter/i;
// (1742億円の赤字だった前年同期から改善: the amount names the year-before period after it; "the previous
// year" after a fiscal year named: the one before it)
const PREV_YEAR_AFTER =
  /^\s?(?:(?:の\s?(?:黒字|赤字|利益|損失))?\s?(?:だった|であった)\s?(?:前年同期|前年同四半期|昨年同期)|(?:in|for) the (?:same|year-ago) (?:quarter|period)(?: a year (?:earlier|ago)| last year)?|a year (?:earlier|ago)|in the year-ago (?:quarter|period)|(?:in\s)?the (?:previous|prior|preceding) (?:fiscal\s)?year\b|(?:\(|（)前年同期(?:\)|）))/i;
/** "versus last year's $1.3 billion", "from last year's third-quarter net income of $15.3 billion": the
 *  amount a change is counted from, a year before. */
const LAST_YEARS_BEFORE = /\b(?:compared (?:with|to)|versus|vs\.?|from|than)\slast year'?s\s(?:[a-z-]+\s){0,4}?(?:of\s)?(?:about\s|around\s)?$/i;
/** "a 15.8% rise three months ago", "RMB2 billion a quarter earlier": the quarter before. */
const PREV_QUARTER_AFTER = /^\s?(?:[a-z/-]+\s){0,3}?(?:three months|a quarter) (?:earlier|ago|before)\b/i;
const PREV_YEAR_TOPIC =
  /^\s*(?:なお|また|一方)?[、,]?\s?(?:(?:前年同期|前年同四半期|前年の同じ四半期|昨年の同じ四半期|前年の同じ期間|昨年の同じ期間|昨年同期|前年同月|前年の同じ時期|前年)(?:は|には)|(?:前年同期|前年同四半期|前年の同じ四半期|昨年の同じ四半期|前年の同じ期間|昨年の同じ期間|昨年同期)\s?[:：])|^\s*(?:a year (?:earlier|ago)|in the year-ago (?:quarter|period)|in the same (?:quarter|period) (?:last year|a year (?:earlier|ago)|of (?:the previous|last) year))(?:,|\s(?:it|they|the company|revenue|sales|net income|profit)\s(?:was|were|had|stood|came|totaled|totalled|reported|posted))/i;
const PREV_QUARTER_BEFORE = /(?:前四半期|前期|上季度|上一季度|the previous quarter|the prior quarter)(?:の|は|的|为|為)?\s?$/i;
/** 3億円(前期2億円の赤字)へ、…2億円(同12億円の赤字)へ: a bracketed 同 amount after a bracketed 前期 one is of that period too. */
const PREV_PERIOD_SAME_BRACKET = /[(（]\s?前期(?!比)[^()（）]{0,16}[)）][^。]{0,40}[(（][^()（）]{0,12}?同\s?$/;
/** 前期は… / 前期の純損益は… at the head of a sentence: it is about the period before (前期: the one before
 *  of the same length, a year before a fiscal year; 前四半期: the quarter before). */
const PREV_PERIOD_TOPIC = /^\s*(?:なお|また|一方)?[、,]?\s?(前期|前の期|前四半期)(?:の[^。、,，]{0,12}?)?(?:は|には)/;

/** "前年同期の2,365億元", "RMB236.5 billion a year earlier": the figure is about an earlier period.
 *  Returns whether it moved the period (not when its period is the comparison's own words: 前四半期の…). */
export function shiftComparative(f: Figure, text: string, via: Via, pick?: Figure): boolean {
  if (!f.period) return false;
  // 前年度は9411億元: the period is that word's own, already the year before
  if (pick && pick.end <= f.start && f.start - pick.start <= 20 && /^(?:前年度|昨年度|前年|昨年|去年|上年)$/.test(text.slice(pick.start, pick.end)))
    return false;
  const before = text.slice(Math.max(0, f.start - 20), f.start);
  const after = text.slice(f.end, f.end + 60);
  let prev = PREV_YEAR_BEFORE.exec(before);
  // ("RMB 40.7 billion in the same quarter of 2024": it took the period named right after it, already the earlier one)
  const namedAfter = !!pick && pick.start >= f.end && pick.start - f.end <= 40;
  // (前年同期の93~99%増の見通し: the growth of the period the sentence is about)
  if (prev && f.kind === 'percent' && OWN_GROWTH.test(text.slice(f.start, f.end + 24))) prev = null;
  const zh = f.kind === 'money' ? PREV_YEAR_ITEM_ZH.exec(before) : null;
  const zhItem = (!!zh && !GROWTH_ZH.test(zh[1] ?? '')) || (f.kind === 'money' && COMPARED_ITEM_ZH.test(before));
  const wide = text.slice(Math.max(0, f.start - 60), f.start);
  // (not when it took the period "last year" named right before it, already the year before)
  const lastYears =
    (f.kind === 'money' || f.kind === 'percent') &&
    LAST_YEARS_BEFORE.test(text.slice(Math.max(0, f.start - 60), f.start)) &&
    !(pick && /^last year/i.test(text.slice(pick.start, pick.end)));
  const earlier =
    lastYears ||
    zhItem ||
    PREV_YEAR_SAME_BRACKET.test(wide) ||
    (!pick && PREV_YEAR_CLAUSE.test(wide)) ||
    (FROM_YOY_BEFORE.test(before) && FROM_YOY_AFTER.test(after));
  // 較2024年同期的230億元: the same months of the year named (when it is before the figure's own)
  // (2024年度同期: counted from the fiscal year of the figure's own period when its label names one)
  const fy = prev?.[2] && !/^年$/.test(prev[2]) ? /^FY(\d{4})/.exec(f.period.label ?? '')?.[1] : undefined;
  const years = prev?.[1] ? Number(fy ?? f.period.start.slice(0, 4)) - Number(prev[1]) : 1;
  if (years < 1) return false;
  // なお前年同期は…274億元の特別利益を計上していた / A year earlier, …: the sentence is about the year before
  const sa = Math.max(text.lastIndexOf('。', f.start - 1), text.lastIndexOf('\n', f.start - 1), text.lastIndexOf('. ', f.start - 1)) + 1;
  const head = text.slice(sa, f.start);
  // (not inside a bracket that turns to the current period: (当期の株式報酬費用は57%減の71億元))
  const topic = head.length <= 80 && PREV_YEAR_TOPIC.test(head) && !pick && !/当期|今期|本期|当四半期|[(（][^)）]*$/.test(head);
  // 前期 is the period before of the same length: a year before a (fiscal) year, a half before a half
  const span = monthSpan(f.period);
  const prevSpan = (word: string) => (/^前(?:の)?期/.test(word) && (span === 6 || span === 12) ? span : 3);
  const prevTopic = !pick && head.length <= 80 ? PREV_PERIOD_TOPIC.exec(head) : null;
  const prevWord = PREV_QUARTER_BEFORE.exec(before)?.[0] ?? (PREV_PERIOD_SAME_BRACKET.test(wide) ? '前期' : undefined);
  let back =
    prev || (PREV_YEAR_AFTER.test(after) && !namedAfter) || topic || PREV_YEAR_ITEM.test(before) || earlier
      ? 12 * years
      : prevWord
        ? prevSpan(prevWord)
        : PREV_QUARTER_AFTER.test(after)
          ? 3
          : prevTopic
            ? prevSpan(prevTopic[1]!)
            : 0;
  // (a period named well before it in the sentence, not the one the amount is written with: 第三季度…,经营利润率从21.0%骤降至…)
  if (
    !back &&
    (!pick || (pick.end <= f.start && f.start - pick.end > 16)) &&
    (f.kind === 'money' || f.kind === 'percent') &&
    (FROM_JA.test(after) || (FROM_ZH_BEFORE.test(before) && FROM_ZH_AFTER.test(after)))
  ) {
    const sentence = text.slice(Math.max(0, f.start - 60), f.end + 60);
    back = SEQUENTIAL.test(sentence) ? 3 : 12;
  }
  if (!back) return false;
  if (pick && back === 3 && pick.end <= f.start && PREV_QUARTER_BEFORE.test(text.slice(pick.start, f.start))) return false;
  const s = new Date(f.period.start + 'T00:00:00Z');
  const e = new Date(f.period.end + 'T00:00:00Z');
  s.setUTCMonth(s.getUTCMonth() - back);
  const e2 = new Date(Date.UTC(e.getUTCFullYear(), e.getUTCMonth() - back + 1, 0));
  f.period = { start: s.toISOString().slice(0, 10), end: e2.toISOString().slice(0, 10), label: `${back} months before ${f.period.label ?? f.period.start}` };
  via.period = 'assumed';
  return true;
}

const SEQUENTIAL_BETWEEN = /环比|環比|按季|sequential|quarter[-\s](?:on|over)[-\s]quarter|from the previous quarter/i;
/** Q2是327亿,所以环比下滑6%: a sequential change after the amount of the quarter it took is counted from
 *  that quarter: it is of the quarter after it (one the text names). Returns that quarter, else undefined. */
export function sequentialNext(f: Figure, pick: Figure, others: Figure[], text: string, named: Figure[]): Figure['period'] {
  const p = pick.period;
  if (!p || monthSpan(p) !== 3 || pick.end > f.start) return undefined;
  if (!(f.kind === 'percent' || f.kind === 'money')) return undefined;
  if (f.basis !== 'qoq' && !SEQUENTIAL_BETWEEN.test(text.slice(pick.end, f.start))) return undefined;
  // (its own clause after that amount: not "revenue of $51.2 billion rose 25% quarter over quarter")
  if (!others.some((o) => o !== f && o.kind === 'money' && o.start >= pick.end && o.end <= f.start && /[,，;；]/.test(text.slice(o.end, f.start))))
    return undefined;
  // (the quarter named last before it, with no other period between: Q3…,Q2是327亿,所以环比 is Q2's amount then the change)
  if (others.some((o) => o !== pick && (o.kind === 'period' || o.kind === 'date') && o.start >= pick.end && o.end <= f.start)) return undefined;
  const s = new Date(p.start + 'T00:00:00Z');
  s.setUTCMonth(s.getUTCMonth() + 3);
  const e = new Date(Date.UTC(s.getUTCFullYear(), s.getUTCMonth() + 3, 0));
  const next = { start: s.toISOString().slice(0, 10), end: e.toISOString().slice(0, 10), label: `quarter after ${p.label ?? p.start}` };
  // (only when the text names that later quarter: 第三季純利X,按季增13% is of the third quarter itself)
  return named.some((t) => t.period?.start === next.start && t.period.end === next.end) ? next : undefined;
}
