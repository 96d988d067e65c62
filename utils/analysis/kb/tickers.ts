// A KB ticker is 'EXCHANGE:CODE'. Pages write the code alone, with its exchange's suffix as quote
// sites do (688256.SH, 0700.HK), or with the exchange glued before it as Chinese financial media do
// (HK9988, SH688256): the matcher and the lookup keys both take their forms from here.
const EXCHANGE_SUFFIXES: Record<string, readonly string[]> = { SSE: ['.SH', '.SS'], SZSE: ['.SZ'], HKEX: ['.HK'] };
const EXCHANGE_PREFIXES: Record<string, readonly string[]> = { SSE: ['SH'], SZSE: ['SZ'], HKEX: ['HK'] };

/** The forms a page writes a ticker in: its code, and the code with its exchange's suffix or prefix. */
export function tickerForms(ticker: string): string[] {
  const i = ticker.indexOf(':');
  const code = ticker.slice(i + 1);
  const ex = ticker.slice(0, i);
  return [code, ...(EXCHANGE_SUFFIXES[ex] ?? []).map((x) => code + x), ...(EXCHANGE_PREFIXES[ex] ?? []).map((x) => x + code)];
}
