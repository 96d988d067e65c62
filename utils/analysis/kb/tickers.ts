// A KB ticker is 'EXCHANGE:CODE'. Pages write the code alone, or with its exchange's suffix as quote
// sites do (688256.SH, 0700.HK): the matcher and the lookup keys both take their forms from here.
const EXCHANGE_SUFFIXES: Record<string, readonly string[]> = { SSE: ['.SH', '.SS'], SZSE: ['.SZ'], HKEX: ['.HK'] };

/** The forms a page writes a ticker in: its code, and the code with its exchange's suffix. */
export function tickerForms(ticker: string): string[] {
  const i = ticker.indexOf(':');
  const code = ticker.slice(i + 1);
  return [code, ...(EXCHANGE_SUFFIXES[ticker.slice(0, i)] ?? []).map((x) => code + x)];
}
