// A Japanese writer's 年度 counts a fiscal year by the year it starts (2016年度 = April 2016 to March 2017),
// while a company that names its years by their end (Alibaba: FY2017 ends March 2017) reads 2016年度第3四半期
// a year earlier. When the sentence reports results just announced, the reading whose period closed
// shortly before the article's date is the one meant. Pure.
import type { Period } from '../kb/types';
import type { FiscalCalendar } from '../vocabulary/fiscal';
import { fiscalPeriod, type FiscalLabel } from './periods';

const DAY = 86_400_000;
const ANNOUNCED = /発表|公表|決算/;
/** 2016年度 / 16年度 (not 2016财年, 2016会計年度, FY2016: those name the company's own year). */
const JA_NENDO = /^\d{2,4}\s?年度/;

const daysBetween = (a: string, b: string) => (Date.parse(b.slice(0, 10)) - Date.parse(a.slice(0, 10))) / DAY;

/** The start-year reading of a 年度 label, when only it fits a report of results just announced. */
export function startYearReading(
  label: FiscalLabel,
  p: Period,
  cal: FiscalCalendar | undefined,
  surface: string,
  sentence: string,
  articleDate?: string,
): Period | undefined {
  if (!articleDate || !cal || cal === 'calendar' || !JA_NENDO.test(surface) || !ANNOUNCED.test(sentence)) return undefined;
  const alt = fiscalPeriod({ ...label, fy: label.fy + 1 }, cal);
  if (alt.start.slice(0, 4) !== String(label.fy)) return undefined; // the calendar does not start its years a year early
  const lagOwn = daysBetween(p.end, articleDate);
  const lagAlt = daysBetween(alt.end, articleDate);
  return lagOwn > 300 && lagAlt >= 0 && lagAlt <= 120 ? alt : undefined;
}
