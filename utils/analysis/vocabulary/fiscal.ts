// Fiscal calendars: when a company's fiscal year ends and which year names it. A fiscal label is
// resolved with the calendar of the company it is about, never with another company's.

const FISCAL_CALENDAR_DEFS = {
  /** The calendar year (most Chinese tech firms, Amazon, Alphabet, Meta, Tencent, Baidu). */
  calendar: { endMonth: 12, namedBy: 'end' },
  /** Ends 31 March, named by the year it ends: Alibaba's FY2026 = 2025-04-01..2026-03-31. */
  'march-end': { endMonth: 3, namedBy: 'end' },
  /** Ends 31 March, named by the year it starts: a Japanese company's 2025年度 = 2025-04..2026-03. */
  'march-start': { endMonth: 3, namedBy: 'start' },
  /** Ends 30 June, named by the year it ends: Microsoft's FY2026 = 2025-07-01..2026-06-30. */
  'june-end': { endMonth: 6, namedBy: 'end' },
  /** Ends 31 May (Oracle's FY2026 = 2025-06-01..2026-05-31). */
  'may-end': { endMonth: 5, namedBy: 'end' },
  /** Ends in late January, named by the year it ends (NVIDIA's FY2026 ≈ Feb 2025–Jan 2026). */
  'january-end': { endMonth: 1, namedBy: 'end' },
  /** Ends in late September, named by the year it ends (Apple's FY2025 ≈ Oct 2024–Sep 2025). */
  'september-end': { endMonth: 9, namedBy: 'end' },
} as const satisfies Record<string, { endMonth: number; namedBy: 'start' | 'end' }>;
export type FiscalCalendar = keyof typeof FISCAL_CALENDAR_DEFS;
export const FISCAL_CALENDARS = Object.keys(FISCAL_CALENDAR_DEFS) as [FiscalCalendar, ...FiscalCalendar[]];

/** First month (1-12) and its year of fiscal year `fy` in a calendar. */
export function fiscalYearStart(cal: FiscalCalendar, fy: number): { year: number; month: number } {
  const { endMonth, namedBy }: { endMonth: number; namedBy: string } = FISCAL_CALENDAR_DEFS[cal];
  const endYear = namedBy === 'end' ? fy : fy + (endMonth === 12 ? 0 : 1);
  const startMonth = (endMonth % 12) + 1;
  return { year: startMonth === 1 ? endYear : endYear - 1, month: startMonth };
}
