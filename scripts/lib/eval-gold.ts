// Gold annotations of the evaluation fixtures (tests/fixtures/articles/<name>.txt + .gold.json)
// and the demo article: loading, validation, and turning gold surfaces into text positions.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { ROOT } from './kb-files';

export const FIXTURE_DIR = join(ROOT, 'tests/fixtures/articles');
const DEMO_HTML = join(ROOT, 'scripts/demo/article.html');
const DEMO_GOLD = join(ROOT, 'scripts/demo/article.gold.json');

export type GoldLang = 'ja' | 'zh-Hans' | 'zh-Hant' | 'en';
export const GOLD_LANGS: GoldLang[] = ['ja', 'zh-Hans', 'zh-Hant', 'en'];
export const FIGURE_KINDS = ['money', 'percent', 'count', 'date', 'period', 'rate'] as const;
const CAUSES = ['currency', 'scale', 'period', 'conversion', 'value', 'metric'] as const;

/** `count` occurrences of `text` are mentions; `at` picks them (0-based) when not all are. */
interface GoldSurface {
  text: string;
  count: number;
  at?: number[];
}
interface GoldEntity {
  id: string;
  surfaces: GoldSurface[];
}
interface GoldFigure {
  surface: string;
  kind: (typeof FIGURE_KINDS)[number];
  value: number; // money: currency units; percent: 63; count: plain; period: epoch ms of the start
  unit: string;
  check?: 'inconsistent';
  cause?: (typeof CAUSES)[number];
  note?: string;
  /** Optional: what a check needs established (KB subject id, line item: scored as "attributed"), and
   *  the figure's period in calendar days ("start..end" or an object with how it was resolved). */
  subject?: string;
  metric?: string;
  period?: string | { start: string; end: string; how?: string };
}
interface Gold {
  lang: GoldLang;
  relevant: boolean;
  note?: string;
  date?: string; // the page's publication date (YYYY-MM-DD), given to analyze() as the extension would
  entities: GoldEntity[];
  figures: GoldFigure[];
}

export interface Span {
  start: number;
  end: number;
}
export interface GoldMention extends Span {
  id: string;
  surface: string;
}
export interface PlacedFigure extends Span {
  gold: GoldFigure;
}

export interface Fixture {
  name: string;
  text: string;
  gold: Gold;
  mentions: GoldMention[];
  figures: PlacedFigure[];
  problems: string[]; // gold that does not fit the text
}

const DIGIT = /[0-9０-９]/;
const SEP = /[.,，．]/;
const ASCII_WORD = /[A-Za-z0-9]/;

/** Start offsets of `s` in `text`, respecting word edges for ASCII and numeric edges for figures. */
export function occurrences(text: string, s: string, numeric: boolean): number[] {
  const out: number[] = [];
  if (!s) return out;
  for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) {
    const before = text[i - 1] ?? '';
    const after = text[i + s.length] ?? '';
    if (ASCII_WORD.test(s[0]!) && ASCII_WORD.test(before)) continue;
    if (ASCII_WORD.test(s[s.length - 1]!) && ASCII_WORD.test(after)) continue;
    if (numeric && /[0-9０-９]/.test(s[0]!) && (DIGIT.test(before) || (SEP.test(before) && DIGIT.test(text[i - 2] ?? '')))) continue;
    if (numeric && DIGIT.test(s[s.length - 1]!) && (DIGIT.test(after) || (SEP.test(after) && DIGIT.test(text[i + s.length + 1] ?? '')))) continue;
    out.push(i);
  }
  return out;
}

interface Cand extends Span {
  key: string;
}

/** Longest first, no overlaps: the occurrences that stay, grouped by key, in text order. */
function placeLongestFirst(cands: Cand[]): Map<string, Span[]> {
  const sorted = [...cands].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken: Span[] = [];
  const out = new Map<string, Span[]>();
  for (const c of sorted) {
    if (taken.some((t) => c.start < t.end && t.start < c.end)) continue;
    taken.push(c);
    const list = out.get(c.key) ?? [];
    list.push({ start: c.start, end: c.end });
    out.set(c.key, list);
  }
  for (const list of out.values()) list.sort((a, b) => a.start - b.start);
  return out;
}

/** Resolve gold surfaces to positions; every disagreement with the text is a problem. */
function placeGold(name: string, text: string, gold: Gold): Fixture {
  const problems: string[] = [];
  const cands: Cand[] = [];
  const seen = new Set<string>();
  for (const e of gold.entities) {
    for (const s of e.surfaces) {
      if (seen.has(s.text)) continue; // one surface, one set of positions (shared via `at`)
      seen.add(s.text);
      for (const i of occurrences(text, s.text, false)) cands.push({ key: s.text, start: i, end: i + s.text.length });
    }
  }
  const placed = placeLongestFirst(cands);
  const mentions: GoldMention[] = [];
  for (const e of gold.entities) {
    for (const s of e.surfaces) {
      const all = placed.get(s.text) ?? [];
      const picked = s.at ? s.at.map((k) => all[k]).filter((x): x is Span => !!x) : all;
      if (s.at && picked.length !== s.at.length) problems.push(`${e.id} "${s.text}": at=${JSON.stringify(s.at)} but only ${all.length} free occurrence(s)`);
      if (picked.length !== s.count) problems.push(`${e.id} "${s.text}": count ${s.count} but ${picked.length} ${s.at ? 'picked' : 'free occurrence(s)'}`);
      for (const p of picked) mentions.push({ ...p, id: e.id, surface: s.text });
    }
  }
  const figCands: Cand[] = [];
  const bySurface = new Map<string, GoldFigure[]>();
  for (const f of gold.figures) {
    const list = bySurface.get(f.surface) ?? [];
    list.push(f);
    bySurface.set(f.surface, list);
  }
  for (const s of bySurface.keys()) for (const i of occurrences(text, s, true)) figCands.push({ key: s, start: i, end: i + s.length });
  const placedFigs = placeLongestFirst(figCands);
  const figures: PlacedFigure[] = [];
  for (const [s, golds] of bySurface) {
    const spans = placedFigs.get(s) ?? [];
    if (spans.length !== golds.length) problems.push(`figure "${s}": ${golds.length} gold entr(ies) but ${spans.length} free occurrence(s)`);
    golds.forEach((g, k) => {
      if (spans[k]) figures.push({ ...spans[k]!, gold: g });
    });
  }
  mentions.sort((a, b) => a.start - b.start);
  figures.sort((a, b) => a.start - b.start);
  problems.push(...validateGold(gold).map((p) => `${name}: ${p}`));
  return { name, text, gold, mentions, figures, problems: problems.map((p) => (p.startsWith(name) ? p : `${name}: ${p}`)) };
}

/** Shape checks a JSON schema would make, kept dependency-free. */
function validateGold(g: Gold): string[] {
  const p: string[] = [];
  if (!GOLD_LANGS.includes(g.lang)) p.push(`bad lang ${g.lang}`);
  if (typeof g.relevant !== 'boolean') p.push('relevant must be boolean');
  if (!Array.isArray(g.entities) || !Array.isArray(g.figures)) return [...p, 'entities and figures must be arrays'];
  for (const e of g.entities) {
    if (!/^[a-z0-9][a-z0-9.-]*$/.test(e.id)) p.push(`bad entity id ${e.id}`);
    for (const s of e.surfaces ?? []) if (!s.text || !Number.isInteger(s.count) || s.count < 1) p.push(`bad surface in ${e.id}: ${JSON.stringify(s)}`);
  }
  for (const f of g.figures) {
    if (!FIGURE_KINDS.includes(f.kind)) p.push(`bad kind ${f.kind} for "${f.surface}"`);
    if (!Number.isFinite(f.value)) p.push(`bad value for "${f.surface}"`);
    if (f.check && f.check !== 'inconsistent') p.push(`check must be 'inconsistent' for "${f.surface}"`);
    if (f.check && !CAUSES.includes(f.cause!)) p.push(`inconsistent "${f.surface}" needs a cause`);
    if (!f.check && f.cause) p.push(`cause without check for "${f.surface}"`);
  }
  return p;
}

/** The article text the extension would analyse: the <article> element's text, blocks on lines. */
function demoText(html: string): string {
  const { document } = parseHTML(html);
  const art = document.querySelector('article');
  if (!art) return '';
  const blocks = [...art.querySelectorAll('h1, h2, h3, p, li, figcaption, td, th')] as Array<{ textContent: string | null }>;
  return blocks
    .map((b) => (b.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

export function loadFixtures(dir = FIXTURE_DIR): Fixture[] {
  const out: Fixture[] = [];
  for (const f of readdirSync(dir)
    .filter((n) => n.endsWith('.txt'))
    .sort()) {
    const name = f.slice(0, -4);
    const goldPath = join(dir, `${name}.gold.json`);
    const text = readFileSync(join(dir, f), 'utf8');
    if (!existsSync(goldPath)) {
      out.push({
        name,
        text,
        gold: { lang: 'ja', relevant: false, entities: [], figures: [] },
        mentions: [],
        figures: [],
        problems: [`${name}: no gold file`],
      });
      continue;
    }
    out.push(placeGold(name, text, JSON.parse(readFileSync(goldPath, 'utf8')) as Gold));
  }
  return out;
}

export function loadDemo(): Fixture | undefined {
  if (!existsSync(DEMO_HTML) || !existsSync(DEMO_GOLD)) return undefined;
  const text = demoText(readFileSync(DEMO_HTML, 'utf8'));
  return placeGold('demo/article', text, JSON.parse(readFileSync(DEMO_GOLD, 'utf8')) as Gold);
}
