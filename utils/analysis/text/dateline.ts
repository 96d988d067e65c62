// The article's publication date, when the text itself states it in a dateline: a front-matter
// `date:` line or a line near the top that holds nothing but a date (and maybe a time). Dates inside
// sentences are events, not datelines, and are ignored. Used to resolve 今年 / 昨年 / this year.

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
