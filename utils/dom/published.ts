// The page's publication date from its metadata (Open Graph / schema.org / <time> / a dated
// canonical URL), as ISO. Plain DOM only (works with linkedom). The analysis also reads a date from
// the text and the page URL (utils/analysis/text/dateline.ts) when this finds none.
import { isoFromMeta, urlDate } from '../analysis/text/dateline';

const META = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[property="og:article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="publish-date"]',
  'meta[name="parsely-pub-date"]',
  'meta[name="sailthru.date"]',
  'meta[name="date"]',
  'meta[name="DC.date.issued"]',
  'meta[name="dc.date"]',
  'meta[property="og:published_time"]',
];

/** datePublished anywhere in a JSON-LD block (top level, in @graph, in a list). */
const LD_DATE = /"datePublished"\s*:\s*"([^"]{10,40})"/;

export function publishedDate(doc: Document): string | undefined {
  for (const sel of META) {
    const v = isoFromMeta(doc.querySelector(sel)?.getAttribute('content'));
    if (v) return v;
  }
  const time = doc.querySelector('time[itemprop="datePublished"], [itemprop="datePublished"][datetime], time[pubdate], article time[datetime]');
  const t = isoFromMeta(time?.getAttribute('datetime') ?? time?.getAttribute('content'));
  if (t) return t;
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]')).slice(0, 5)) {
    const v = isoFromMeta(LD_DATE.exec(s.textContent ?? '')?.[1]);
    if (v) return v;
  }
  // a dated canonical address (/2025/02/24/...), when the page is a copy or an AMP view
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  return urlDate(canonical ?? undefined);
}
