// Tools for the real-page gold set (tests/fixtures/real-gold):
//   npx tsx scripts/real-gold.ts resolve ID...   turn draft spans ({"find": "...", "nth": k}) into offsets + hashes
//   npx tsx scripts/real-gold.ts show ID         the page with its gold marked in place, for review (stdout only)
//   npx tsx scripts/real-gold.ts check           validate every gold file against its page and the KB
//   npx tsx scripts/real-gold.ts kb [WORD]       KB entity ids and names, to annotate with
//   npx tsx scripts/real-gold.ts split           write split.json once (refuses when it exists)
// Drafts may hold page text in `find`; resolve removes it, so committed files hold none.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { loadKbIndex } from './lib/kb-files';
import { readRealPage, realPageIds } from './lib/real-pages';
import { GoldFile, SPLIT_FILE, goldIds, goldPath, goldProblems, readGold, spanHash } from './lib/real-gold';

type Json = Record<string, unknown>;
const ASCII_WORD = /[A-Za-z0-9]/;
const DIGIT = /[0-9０-９]/;

/** Start offsets of s in text, with word edges for ASCII and numeric edges for figures. */
function occurrences(text: string, s: string, numeric: boolean): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(s); s && i >= 0; i = text.indexOf(s, i + 1)) {
    const before = text[i - 1] ?? '';
    const after = text[i + s.length] ?? '';
    if (ASCII_WORD.test(s[0]!) && ASCII_WORD.test(before) && !numeric) continue;
    if (ASCII_WORD.test(s[s.length - 1]!) && ASCII_WORD.test(after) && !numeric) continue;
    if (numeric && DIGIT.test(s[0]!) && DIGIT.test(before)) continue;
    if (numeric && DIGIT.test(s[s.length - 1]!) && DIGIT.test(after)) continue;
    out.push(i);
  }
  return out;
}

function resolveOne(id: string): string[] {
  const path = goldPath(id);
  const draft = JSON.parse(readFileSync(path, 'utf8')) as Json;
  const text = readRealPage(id).text;
  const problems: string[] = [];
  const place = (item: Json, numeric: boolean): Array<{ s: number; e: number }> => {
    if (typeof item.find !== 'string') return [{ s: item.s as number, e: item.e as number }];
    const occ = occurrences(text, item.find, numeric);
    const len = item.find.length;
    if (!occ.length) {
      problems.push(`not found: ${JSON.stringify(item.find)}`);
      return [];
    }
    if (typeof item.nth === 'number') {
      const at = occ[item.nth];
      if (at === undefined) {
        problems.push(`${JSON.stringify(item.find)}: nth ${item.nth} but ${occ.length} occurrence(s)`);
        return [];
      }
      return [{ s: at, e: at + len }];
    }
    if (numeric || item.all === false) return [{ s: occ[0]!, e: occ[0]! + len }];
    return occ.map((s) => ({ s, e: s + len }));
  };
  const strip = (item: Json) => {
    const { find: _f, nth: _n, all: _a, s: _s, e: _e, h: _h, ...rest } = item;
    return rest;
  };
  let ents: Json[] = [];
  for (const item of (draft.entities as Json[]) ?? [])
    for (const sp of place(item, false)) ents.push({ ...sp, h: spanHash(text.slice(sp.s, sp.e)), ...strip(item) });
  // Longest wins: drop a mention inside a longer one; the same span twice is kept once.
  ents.sort((a, b) => (a.s as number) - (b.s as number) || (b.e as number) - (a.e as number));
  const kept: Json[] = [];
  for (const m of ents) {
    const outer = kept.find((k) => (k.s as number) <= (m.s as number) && (m.e as number) <= (k.e as number));
    if (outer) {
      if (outer.s === m.s && outer.e === m.e && outer.id !== m.id) problems.push(`span ${m.s}-${m.e} given to ${outer.id} and ${m.id}`);
      continue;
    }
    kept.push(m);
  }
  ents = kept;
  const figs: Json[] = [];
  for (const item of (draft.figures as Json[]) ?? [])
    for (const sp of place(item, true)) figs.push({ s: sp.s, e: sp.e, h: spanHash(text.slice(sp.s, sp.e)), ...strip(item) });
  figs.sort((a, b) => (a.s as number) - (b.s as number) || (a.e as number) - (b.e as number));
  const { page: _p, entities: _en, figures: _fi, proposed, ...head } = draft;
  const out = { page: id, ...head, proposed: proposed ?? {}, entities: ents, figures: figs };
  const parsed = GoldFile.safeParse(out);
  if (!parsed.success) problems.push(...parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  else problems.push(...goldProblems(parsed.data, text, new Set(loadKbIndex().entities.keys())));
  writeFileSync(path, formatGold(out));
  return problems;
}

/** One line per key at the top, one line per mention or figure. */
function formatGold(g: Json): string {
  const lines = Object.entries(g).map(([k, v]) => {
    if (Array.isArray(v)) return `  ${JSON.stringify(k)}: [${v.length ? '\n' + v.map((x) => '    ' + JSON.stringify(x)).join(',\n') + '\n  ' : ''}]`;
    return `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`;
  });
  return `{\n${lines.join(',\n')}\n}\n`;
}

function show(id: string) {
  const page = readRealPage(id);
  const g = readGold(id);
  if (!g) throw new Error(`no gold for ${id}`);
  const text = page.text;
  console.log(`# ${id}  lang ${page.lang}  date ${page.date}  kind ${page.kind}  title ${page.title ?? '-'}\n# url ${page.url}`);
  console.log(`# gold: ${g.relevance.label} (${g.relevance.why}); date ${g.date.value} from ${g.date.from}; passes ${g.passes}`);
  const marks: Array<{ at: number; s: string }> = [];
  for (const m of g.entities) {
    marks.push({ at: m.s, s: '⟦' });
    marks.push({ at: m.e, s: `|${m.id}⟧` });
  }
  g.figures.forEach((f, i) => {
    marks.push({ at: f.s, s: '⦃' });
    marks.push({ at: f.e, s: `⦄#${i}` });
  });
  marks.sort((a, b) => a.at - b.at);
  let out = '',
    at = 0;
  for (const m of marks) {
    out += text.slice(at, m.at) + m.s;
    at = m.at;
  }
  console.log(out + text.slice(at));
  console.log('\n# figures');
  g.figures.forEach((f, i) => {
    const per = f.period ? ` ${f.period.start}..${f.period.end}(${f.period.how})` : '';
    const err = f.error ? `  ERROR ${f.error.cause} → ${f.error.correct.value} ${f.error.correct.unit} [${f.error.status}]` : '';
    console.log(
      `#${i} ${text.slice(f.s, f.e)}  ${f.kind} ${f.value} ${f.unit}${f.change ? ' ' + f.change : ''}${f.basis ? ' ' + f.basis : ''} ${f.subject ?? '-'} ${f.metric ?? '-'}${per}${f.date ? ' @' + f.date : ''}${f.malformed ? ' MALFORMED' : ''}${err}`,
    );
  });
  if (Object.keys(g.proposed).length) console.log('# proposed', JSON.stringify(g.proposed));
}

function check(): number {
  const kbIds = new Set(loadKbIndex().entities.keys());
  const pages = realPageIds();
  let bad = 0;
  const types = new Map<string, string>();
  for (const id of pages) {
    const g = readGold(id);
    if (!g) {
      console.log(`${id}: no gold`);
      bad++;
      continue;
    }
    const p = goldProblems(g, readRealPage(id).text, kbIds);
    for (const [pid, def] of Object.entries(g.proposed)) {
      const t = types.get(pid);
      if (t && t !== def.type) p.push(`proposed ${pid} is ${def.type} here but ${t} elsewhere`);
      types.set(pid, def.type);
    }
    if (p.length) {
      bad++;
      console.log(`${id}:\n  ${p.join('\n  ')}`);
    }
  }
  const golds = goldIds().map((id) => readGold(id)!);
  const figs = golds.flatMap((g) => g.figures);
  console.log(
    `${pages.length} pages, ${golds.length} gold files, ${bad} with problems; ${golds.reduce((n, g) => n + g.entities.length, 0)} mentions, ${figs.length} figures, ${figs.filter((f) => f.error?.status === 'verified').length} verified errors, ${figs.filter((f) => f.error?.status === 'unverified').length} unverified; reviewed twice: ${golds.filter((g) => g.passes >= 2).length}`,
  );
  return bad;
}

function kbList(word?: string) {
  const kb = loadKbIndex();
  for (const e of kb.entities.values()) {
    const names = [...Object.values(e.names).flat(), ...(e.aliases ?? []).map((a) => a.text)];
    const line = `${e.id}\t${e.type}\t${[...new Set(names)].join(' | ')}`;
    if (!word || line.toLowerCase().includes(word.toLowerCase())) console.log(line);
  }
}

/** Two thirds tune, one third check, stratified by language and kind, in a fixed hash order. */
function split() {
  if (existsSync(SPLIT_FILE)) throw new Error('split.json exists: the split is made once');
  const strata = new Map<string, string[]>();
  for (const id of realPageIds()) {
    const p = readRealPage(id);
    const k = `${p.lang}/${p.kind}`;
    (strata.get(k) ?? strata.set(k, []).get(k)!).push(id);
  }
  const tune: string[] = [],
    checkPart: string[] = [];
  for (const ids of strata.values()) {
    const order = [...ids].sort((a, b) => createHash('sha256').update(a).digest('hex').localeCompare(createHash('sha256').update(b).digest('hex')));
    const nCheck = Math.round(ids.length / 3);
    checkPart.push(...order.slice(0, nCheck));
    tune.push(...order.slice(nCheck));
  }
  const method = 'stratified by lang and kind; within a stratum pages ordered by sha256(id), the first round(n/3) go to check';
  writeFileSync(SPLIT_FILE, JSON.stringify({ method, tune: tune.sort(), check: checkPart.sort() }, null, 1) + '\n');
  console.log(`tune ${tune.length}, check ${checkPart.length}`);
}

const [cmd, ...args] = process.argv.slice(2);
if (cmd === 'resolve') {
  let bad = 0;
  for (const id of args) {
    const p = resolveOne(id);
    if (p.length) {
      bad++;
      console.log(`${id}:\n  ${p.join('\n  ')}`);
    } else console.log(`${id}: ok`);
  }
  process.exitCode = bad ? 1 : 0;
} else if (cmd === 'show') for (const id of args) show(id);
else if (cmd === 'check') process.exitCode = check() ? 1 : 0;
else if (cmd === 'kb') kbList(args[0]);
else if (cmd === 'split') split();
else {
  console.error('usage: real-gold.ts resolve ID... | show ID... | check | kb [WORD] | split');
  process.exitCode = 2;
}
