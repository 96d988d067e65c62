// The page's publication date from its metadata (Open Graph / schema.org / <time>), as ISO.
// Plain DOM only (works with linkedom).
import { isoFromMeta } from '../analysis/text/dateline';

const META = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="date"]',
  'meta[name="DC.date.issued"]',
  'meta[property="og:published_time"]',
];

export function publishedDate(doc: Document): string | undefined {
  for (const sel of META) {
    const v = isoFromMeta(doc.querySelector(sel)?.getAttribute('content'));
    if (v) return v;
  }
  const time = doc.querySelector('article time[datetime], time[itemprop="datePublished"], time[pubdate]');
  const t = isoFromMeta(time?.getAttribute('datetime'));
  if (t) return t;
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]')).slice(0, 5)) {
    const m = /"datePublished"\s*:\s*"([^"]{10,40})"/.exec(s.textContent ?? '');
    const v = isoFromMeta(m?.[1]);
    if (v) return v;
  }
  return undefined;
}
