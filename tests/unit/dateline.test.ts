import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { datelineDate, iso, isoFromMeta } from '../../utils/analysis/text/dateline';
import { publishedDate } from '../../utils/dom/published';

describe('datelineDate', () => {
  it('reads a front-matter date', () => {
    expect(datelineDate('---\nlayout: post\ndate: 2025-11-07 16:39:06 +0000\n---\n本文')).toBe('2025-11-07');
  });
  it('reads a line that holds only a date (and a time)', () => {
    expect(datelineDate('アリババ、AI投資を拡大\n2025年2月25日 10:30\n本文です。')).toBe('2025-02-25');
    expect(datelineDate('見出し\n配信：2024/11/15(金)\n本文')).toBe('2024-11-15');
    expect(datelineDate('Alibaba lifts AI spending\nFeb 24, 2025\nHANGZHOU (Reuters) -')).toBe('2025-02-24');
  });
  it('ignores dates inside sentences (events, not datelines)', () => {
    expect(datelineDate('アリババは2025年2月24日、3,800億元を投資すると発表した。')).toBeUndefined();
    expect(datelineDate('The plan was announced on Feb 24, 2025 in Hangzhou, the company said in a statement today.')).toBeUndefined();
  });
  it('refuses impossible dates', () => {
    expect(iso(2025, 2, 30)).toBeUndefined();
    expect(datelineDate('見出し\n2025年13月1日\n')).toBeUndefined();
    expect(isoFromMeta('2025-02-24T09:00:00+09:00')).toBe('2025-02-24');
    expect(isoFromMeta('yesterday')).toBeUndefined();
  });
});

describe('publishedDate', () => {
  const doc = (head: string, body = '') => parseHTML(`<html><head>${head}</head><body>${body}</body></html>`).document as unknown as Document;
  it('reads Open Graph, schema.org, <time> and JSON-LD', () => {
    expect(publishedDate(doc('<meta property="article:published_time" content="2025-02-24T09:00:00+09:00">'))).toBe('2025-02-24');
    expect(publishedDate(doc('', '<article><time datetime="2024-11-15">11月15日</time><p>x</p></article>'))).toBe('2024-11-15');
    expect(publishedDate(doc('<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-09-12T02:00:45Z"}</script>'))).toBe('2025-09-12');
    expect(publishedDate(doc('<meta name="description" content="2025-01-01">'))).toBeUndefined();
  });
});
