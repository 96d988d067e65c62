// Command-line options of `alibaba-reader analyze` (and `npm run analyze`, which runs it).
import { isAbsolute, resolve } from 'node:path';

export interface CliOptions {
  jsonl: boolean;
  tokenize: boolean;
  help: boolean;
  files: string[]; // as given (ids); '-' = standard input
}

export const USAGE = `usage: alibaba-reader analyze [--jsonl] [--tokenize] [FILE ...]
       (in the project: npm run -s analyze -- [--jsonl] [--tokenize] [FILE ...])

Analyses news text against the bundled KB and prints AnalysisResult JSON (utils/types.ts).
Offsets (start/end) are UTF-16 indexes into the analysed text, end exclusive.

  FILE          a .html/.htm file is read as a web page: its article text is extracted as the
                extension does it and returned as "text"; any other file is plain UTF-8 text.
                No FILE (or "-"): read standard input.
  --jsonl       every input line is JSON {"id"?, "text", "lang"?, "title"?, "url"?, "date"?}; one result
                line per input line, in order, written as soon as the line is analysed
                (blank lines are skipped). A bad line gives {"id"?, "error": "..."} in its place.
  --tokenize    also run the Japanese tokenizer (kuromoji, ~1-2 s to load once) and add
                "unknownProperNouns" (names the KB does not know) and "readings" (kanji names).
                Off by default: the analysis itself does not need it.
  -h, --help    this text.

The article's date (year-less dates, 今年, last quarter, 第1四半期 are read against it): the
input's "date" (ISO), else the page's metadata for .html (article:published_time, JSON-LD
datePublished, <time datetime>), else a leading " date YYYY-MM-DD " before the text, a dateline,
or a date in the URL. It is never itself a figure.

Figures: "value" is signed — a decrease is negative and also says "change": "decrease"
(9%減 → -9, -3.4% → -3.4, 2ポイント低下 → -2 pt, 3691億円の赤字 → -369100000000); money is in
units of its "unit" currency (CNY, USD, JPY, HKD, EUR, GBP, TWD, SGD, KRW, CHF, INR, AUD, CAD, NGN);
a rate is kind "rate" with unit QUOTE/BASE (1元=約20円 → 20 JPY/CNY); a garble such as
1億2345億6,700万 is kept with "malformed": true and value null, and is never checked. A figure's
"period" has {start, end, label?} and "periodFrom": {how: explicit | fiscal | relative |
inherited, company?, note?} — a fiscal label is read with the calendar of its company (Alibaba's
year ends in March, a Japanese company's 2025年度 starts in April 2025, Microsoft's ends in June).

Output: one FILE or stdin → one JSON line; several FILEs → one line each, in order, with
"id" = the path (a failed file gives {"id", "error"}). Errors are also reported on stderr as
"analyze: <file or line N>: <reason>"; the exit code is 1 when any input failed, 2 on a
usage or setup error, else 0.`;

export class UsageError extends Error {}

/** The command's one subcommand; `alibaba-reader --help` alone prints the usage too. */
const COMMAND = 'analyze';

export function parseArgs(argv: string[]): CliOptions {
  const o: CliOptions = { jsonl: false, tokenize: false, help: false, files: [] };
  const [first, ...rest] = argv;
  if (first === '-h' || first === '--help') return { ...o, help: true };
  if (first !== COMMAND) throw new UsageError(first === undefined ? `missing command: ${COMMAND} (see --help)` : `unknown command ${first} (see --help)`);
  let onlyFiles = false;
  for (const a of rest) {
    if (onlyFiles || a === '-' || !a.startsWith('-')) o.files.push(a);
    else if (a === '--') onlyFiles = true;
    else if (a === '--jsonl') o.jsonl = true;
    else if (a === '--tokenize') o.tokenize = true;
    else if (a === '-h' || a === '--help') o.help = true;
    else throw new UsageError(`unknown option ${a} (see --help)`);
  }
  return o;
}

/**
 * Where a FILE argument points. `npm run` starts scripts in the package root, so relative
 * paths are taken from the caller's directory (INIT_CWD) when npm ran this very script.
 */
export function resolveInput(file: string, env: NodeJS.ProcessEnv = process.env): string {
  if (isAbsolute(file)) return file;
  const base = env.npm_lifecycle_event === 'analyze' && env.INIT_CWD ? env.INIT_CWD : process.cwd();
  return resolve(base, file);
}
