// The company a period is about, and its fiscal calendar (from the KB entity or its parent): a
// fiscal label is read with that company's calendar, never another's. The company is the one named
// nearest before the label in its sentence, else right after it in its sentence, else the one named
// most often before it in its paragraph (its topic, not a rival named once in passing), else the
// page's most-named one.
import type { PreparedKb } from '../prepared-kb';
import type { EntitySpan } from '../entities/find';
import type { FiscalCalendar } from '../vocabulary/fiscal';
import { sentenceIndex, type Sentences } from './sentences';
import type { CalendarAt } from './when-dates';

const COMPANY_TYPES = new Set(['company', 'unit']);
/** Words that point back to a company named before: 同社, 该公司, the company. */
const ANAPHOR = /同社|同グループ|该公司|該公司|该集团|該集團|the company|the group/i;
const BOTH = /両社|两家公司|兩家公司|双方|both companies/i;

/** The fiscal calendar of an entity: its own, else its parent's (a business unit reports with its group). */
function calendarOf(id: string, kb: PreparedKb): FiscalCalendar | undefined {
  for (let k = 0, cur: string | undefined = id; cur && k < 5; k++) {
    const e = kb.entities.get(cur);
    if (e?.fiscal) return e.fiscal;
    cur = e?.parent;
  }
  return undefined;
}

export function calendarAt(text: string, sents: Sentences, mentions: EntitySpan[], kb: PreparedKb): CalendarAt {
  const firms = mentions.filter((m) => COMPANY_TYPES.has(kb.entities.get(m.entityId)?.type ?? '')).sort((a, b) => a.start - b.start);
  const counts = new Map<string, number>();
  for (const m of firms) counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
  const top = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  const known = (id: string | undefined) => (id ? { company: id, cal: calendarOf(id, kb) ?? 'calendar' } : {});
  return (x: number) => {
    const [sa, sb] = sents[sentenceIndex(sents, x)] ?? [0, text.length];
    const para = Math.max(0, text.lastIndexOf('\n', sa - 1) + 1);
    let before: EntitySpan | undefined; // nearest before, in the sentence
    let after: EntitySpan | undefined; // first after, in the sentence
    const inPara = new Map<string, number>(); // named before it in the paragraph: how often
    let lastInPara: string | undefined;
    for (const m of firms) {
      if (m.start < para) continue;
      if (m.start >= sb) break;
      if (m.end <= x) {
        if (m.start >= sa) before = m;
        inPara.set(m.entityId, (inPara.get(m.entityId) ?? 0) + 1);
        lastInPara = m.entityId;
      } else if (!after && m.start >= x && m.start >= sa) after = m;
    }
    // アルファベットとマイクロソフトは第1四半期…: one label shared by companies of different fiscal years is a calendar quarter
    // (not a label with its fiscal year written: テンセントとアリババの2026財年第2四半期 is Alibaba's)
    const yearless = !/^\s?(?:(?:19|20)\d{2}|fy|\d{2}\s?(?:财年|財年))/i.test(text.slice(x, x + 12));
    const cals = new Set(firms.filter((m) => m.start >= sa && m.end <= x).map((m) => calendarOf(m.entityId, kb) ?? 'calendar'));
    if (yearless && cals.size > 1) return { cal: 'calendar' as FiscalCalendar };
    // (a text naming no company at all: a year-less 第1四半期 of national statistics or of listed firms at
    // large is a calendar quarter, not one of the default company's fiscal year)
    if (yearless && !firms.length) return { cal: 'calendar' as FiscalCalendar };
    const topic = [...inPara].sort((a, b) => b[1] - a[1] || (a[0] === lastInPara ? -1 : b[0] === lastInPara ? 1 : 0))[0]?.[0];
    // 同社の第1四半期 / the company's first quarter: the company named last before it, on any line
    const anaphor = !before && !after && !topic && ANAPHOR.test(text.slice(sa, x));
    // 両社の第1四半期 / both companies: the two named last before it, a calendar quarter when their years differ
    if (yearless && !before && !after && !topic && BOTH.test(text.slice(sa, x))) {
      const two = firms.filter((m) => m.end <= sa);
      const ids = [...new Set(two.map((m) => m.entityId).reverse())].slice(0, 2);
      if (ids.length === 2 && new Set(ids.map((id) => calendarOf(id, kb) ?? 'calendar')).size > 1) return { cal: 'calendar' as FiscalCalendar };
    }
    const last = anaphor ? firms.filter((m) => m.end <= sa).pop()?.entityId : undefined;
    return known((before ?? after)?.entityId ?? topic ?? last ?? top);
  };
}
