// Turns the Fed H.10 monthly averages (../shared/data/fx-monthly-fed-h10.csv) into the KB's reference
// rates, kb/fx/h10-monthly.jsonl: one record per currency the product converts and month, from 2015-01
// to the latest month every currency has, each against USD as H.10 quotes it. Cross rates (CNY→JPY, …)
// are derived at run time from the two dollar rates of the same month, never stored.
//   npx tsx scripts/fx-h10.ts [CSV]            write the file
//   npx tsx scripts/fx-h10.ts --check [CSV]    exit 1 when the file is not what the CSV gives
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FxRate } from '../utils/analysis/kb/types';
import { CURRENCIES, type Currency } from '../utils/analysis/vocabulary/currencies';
import { ROOT } from './lib/kb-files';

export const H10_CSV = join(ROOT, '..', 'shared', 'data', 'fx-monthly-fed-h10.csv');
export const H10_FILE = join(ROOT, 'kb', 'fx', 'h10-monthly.jsonl');
const SOURCE = 'fed-h10-monthly';
const FIRST_MONTH = '2015-01';

/** Currencies of the vocabulary that H.10 does not publish: read, never converted. */
type NotInH10 = 'USD' | 'NGN';
type H10Currency = Exclude<Currency, NotInH10>;

/** H.10's country names for the currencies the product converts (every one the vocabulary has,
 *  but those H.10 does not publish). */
const COUNTRY: Record<H10Currency, string> = {
  CNY: 'China',
  JPY: 'Japan',
  HKD: 'Hong Kong',
  EUR: 'Euro',
  GBP: 'United Kingdom',
  TWD: 'Taiwan',
  AUD: 'Australia',
  CAD: 'Canada',
  SGD: 'Singapore',
  KRW: 'South Korea',
  CHF: 'Switzerland',
  INR: 'India',
};

/** Units per US dollar a month's average can plausibly be, 2015 on. The CSV's README says a few
 *  countries are quoted the other way (US$ per unit), but the file itself holds units per dollar for
 *  every country; this check fails loudly if that ever changes. */
/** The currencies with reference rates, in the vocabulary's order. */
export const H10_CURRENCIES = CURRENCIES.filter((c): c is H10Currency => c in COUNTRY);

const PLAUSIBLE: Record<H10Currency, [number, number]> = {
  CNY: [6, 7.6],
  JPY: [95, 175],
  HKD: [7.7, 7.9],
  EUR: [0.75, 1.1],
  GBP: [0.55, 1],
  TWD: [27, 35],
  AUD: [1.15, 1.8],
  CAD: [1.15, 1.5],
  SGD: [1.25, 1.5],
  KRW: [1000, 1600],
  CHF: [0.75, 1.05],
  INR: [60, 110],
};

/** The records the CSV gives, ordered by month then currency. */
export function h10Records(csv: string): FxRate[] {
  const byCountry = new Map<string, Map<string, number>>();
  for (const line of csv.split('\n').slice(1)) {
    const [date, country, value] = line.trim().split(',');
    if (!date || !country || !value) continue;
    const month = date.slice(0, 7);
    if (month < FIRST_MONTH) continue;
    (byCountry.get(country) ?? byCountry.set(country, new Map()).get(country)!).set(month, Number(value));
  }
  const codes = H10_CURRENCIES;
  const series = codes.map((c) => {
    const s = byCountry.get(COUNTRY[c]);
    if (!s?.size) throw new Error(`H.10: no series for ${c} (${COUNTRY[c]})`);
    return s;
  });
  // the months every currency has (from 2015-01)
  const first = series
    .map((s) => [...s.keys()].sort()[0]!)
    .sort()
    .pop()!;
  const last = series.map((s) => [...s.keys()].sort().pop()!).sort()[0]!;
  const out: FxRate[] = [];
  for (let m = first; m <= last; m = nextMonth(m)) {
    codes.forEach((c, k) => {
      const rate = series[k]!.get(m);
      if (rate === undefined) throw new Error(`H.10: ${c} has no rate for ${m}`);
      const [lo, hi] = PLAUSIBLE[c];
      if (!(rate >= lo && rate <= hi)) throw new Error(`H.10: ${c} ${m} = ${rate} per US$ is outside ${lo}-${hi}: is the series quoted the other way?`);
      out.push({ id: `usd${c.toLowerCase()}-${m}`, base: 'USD', quote: c, rate, date: `${m}-01`, kind: 'month-average', source: SOURCE, status: 'verified' });
    });
  }
  return out;
}

function nextMonth(m: string): string {
  const [y, mo] = m.split('-').map(Number) as [number, number];
  return mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, '0')}`;
}

export const renderRecords = (rows: FxRate[]) => rows.map((r) => JSON.stringify(r)).join('\n') + '\n';

function main() {
  const args = process.argv.slice(2);
  const check = args.includes('--check');
  const csv = args.find((a) => !a.startsWith('--')) ?? H10_CSV;
  if (!existsSync(csv)) {
    console.error(`fx-h10: ${csv} not found`);
    process.exit(2);
  }
  const rows = h10Records(readFileSync(csv, 'utf8'));
  const text = renderRecords(rows);
  const months = new Set(rows.map((r) => r.date.slice(0, 7)));
  const span = `${[...months][0]}..${[...months].pop()}`;
  if (check) {
    const ok = existsSync(H10_FILE) && readFileSync(H10_FILE, 'utf8') === text;
    console.log(
      ok
        ? `kb/fx/h10-monthly.jsonl is up to date (${rows.length} records, ${span})`
        : 'kb/fx/h10-monthly.jsonl differs from the CSV: run npx tsx scripts/fx-h10.ts',
    );
    process.exit(ok ? 0 : 1);
  }
  writeFileSync(H10_FILE, text);
  console.log(`kb/fx/h10-monthly.jsonl: ${rows.length} records, ${months.size} months (${span}), ${rows.length / months.size} currencies against USD`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
