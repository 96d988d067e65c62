// The article's publication date: the page's own (metadata, CLI `date`), else a leading " date
// YYYY-MM-DD " that a site or corpus put before the text, a dateline (a front-matter `date:` line or a
// line near the top that holds nothing but a date), or the URL (/2025/02/24/, 20250224, a MongoDB
// ObjectId's timestamp). Dates inside sentences are events, not datelines, and are ignored. Used to
// resolve year-less dates, 今年 / 昨年 / last quarter; never itself a figure's period.

const FRONT = /^\s*date:\s*["']?(\d{4})-(\d{2})-(\d{2})/m;
const ALONE = [
  /^\s*(?:配信|公開|更新|発表|掲載|Published|Updated|发布时间|發佈時間)?[:：\s]*(\d{4})[年./-](\d{1,2})[月./-](\d{1,2})日?(?:\s*[（(][日月火水木金土][)）])?(?:\s+\d{1,2}[:：]\d{2})?\s*$/m,
];
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const EN = /^\s*(?:Published|Updated)?[:\s]*(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2}),\s+(\d{4})\b[^.\n]{0,30}$/im;

/** ISO date (YYYY-MM-DD) of the article's dateline in its first lines, or undefined. */
export function datelineDate(text: string): string | undefined {
  const head = text.slice(0, 600);
  const fm = FRONT.exec(head);
  if (fm) return iso(+fm[1]!, +fm[2]!, +fm[3]!);
  for (const re of ALONE) {
    const m = re.exec(head);
    if (m) return iso(+m[1]!, +m[2]!, +m[3]!);
  }
  const en = EN.exec(head);
  if (en) return iso(+en[3]!, MONTHS.indexOf(en[1]!.slice(0, 3).toLowerCase()) + 1, +en[2]!);
  return undefined;
}

/** A valid ISO date from parts, or undefined (so 2025-02-30 is refused). */
export function iso(y: number, m: number, d: number): string | undefined {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1) return undefined;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1) return undefined;
  return dt.toISOString().slice(0, 10);
}

/** Normalises a published-date string from page metadata ('2025-02-24T09:00:00+09:00') to ISO. */
export function isoFromMeta(s: string | null | undefined): string | undefined {
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(s ?? '');
  return m ? iso(+m[1]!, +m[2]!, +m[3]!) : undefined;
}

const PREFIX = /^\s*date\s(\d{4})-(\d{2})-(\d{2})\s/;

/** The " date 2024-05-01 " a site or corpus put before the text, and where the text proper starts. */
export function prefixDate(text: string): { date: string; end: number } | undefined {
  const m = PREFIX.exec(text.slice(0, 40));
  const date = m ? iso(+m[1]!, +m[2]!, +m[3]!) : undefined;
  return date ? { date, end: m![0].length } : undefined;
}

const URL_DATES = [
  /[/_-]((?:19|20)\d{2})[/_-](\d{1,2})[/_-](\d{1,2})(?=[/_.-]|$)/, // /2025/02/24/, -2025-02-24.
  /[/_-]((?:19|20)\d{2})(\d{2})(\d{2})(?=[/_.-]|$)/, // /20250224/
  /\/((?:19|20)\d{2})\/(\d{2})(\d{2})\//, // /2017/0519/ (people.com.cn, xinhuanet)
];
/** /2022/09/ followed by an article id or slug (not a day): a year and a month. */
const URL_MONTH = /\/((?:19|20)\d{2})\/(0[1-9]|1[0-2])\/(?!\d{1,2}(?:[/_.-]|$))/;
/** An ObjectId (24 hex digits) starts with its creation time in seconds: CMS article ids. */
const OBJECT_ID = /(?:^|[/=_-])([0-9a-f]{24})(?=$|[/?&#._-])/;

/** The date a URL carries, or undefined. */
export function urlDate(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '');
  for (const re of URL_DATES) {
    const m = re.exec(path);
    const d = m ? iso(+m[1]!, +m[2]!, +m[3]!) : undefined;
    if (d) return d;
  }
  // /2022/09/116345.html (a year and a month only): the month's last day (the facts known by then)
  const ym = URL_MONTH.exec(path);
  const d = ym ? iso(+ym[1]!, +ym[2]!, new Date(Date.UTC(+ym[1]!, +ym[2]!, 0)).getUTCDate()) : undefined;
  if (d) return d;
  const o = OBJECT_ID.exec(path.toLowerCase());
  if (o) {
    const t = parseInt(o[1]!.slice(0, 8), 16) * 1000;
    if (t >= Date.UTC(2010, 0, 1) && t < Date.UTC(2036, 0, 1)) return new Date(t).toISOString().slice(0, 10);
  }
  return undefined;
}

/** The article's publication date from what the analysis is given: the input's date, else the
 *  text's prefix or dateline, else the URL. */
export function articleDate(input: { text: string; url?: string; date?: string }): string | undefined {
  return isoFromMeta(input.date) ?? prefixDate(input.text)?.date ?? datelineDate(input.text) ?? urlDate(input.url);
}
