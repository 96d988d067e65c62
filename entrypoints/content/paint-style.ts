// ::highlight() rules for each kind, per highlight style and page brightness. (Registry names:
// highlight-names.ts; watched entities share the entities' entry and style.)
import type { PageSettings } from '../../utils/settings';
import { HL_NAME } from './highlight-names';
import type { HlKind } from './items';

export { HL_NAME };

type Styled = Exclude<HlKind, 'watched'>;

/** [light page, dark page] colours. */
const COLOR: Record<Styled, [string, string]> = {
  entity: ['#1a73e8', '#8ab4f8'],
  money: ['#188038', '#81c995'],
  percent: ['#00838f', '#78d9ec'],
  count: ['#b06000', '#fcad70'],
  date: ['#5f6368', '#bdc1c6'],
  bad: ['#d93025', '#f28b82'],
};

function alpha(hex: string, a: number): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${a})`;
}

export function highlightCss(style: PageSettings['highlightStyle'], dark: boolean): string {
  const rules: string[] = [];
  for (const kind of Object.keys(COLOR) as Styled[]) {
    const c = COLOR[kind][dark ? 1 : 0];
    const line = kind === 'bad' ? 'wavy' : kind === 'date' ? 'dotted' : 'solid';
    let body: string;
    if (style === 'background') body = `background-color: ${alpha(c, dark ? 0.32 : 0.2)};`;
    else if (style === 'outline') {
      // ::highlight() cannot draw borders: over- and underline approximate a box.
      body = `text-decoration: underline overline ${line} ${c} 1px; background-color: ${alpha(c, 0.06)};`;
    } else body = `text-decoration: underline ${line} ${c} 2px; text-underline-offset: 3px;`;
    rules.push(`::highlight(${HL_NAME[kind]}) { ${body} }`);
  }
  const flash = dark ? 'rgba(253, 214, 99, 0.55)' : 'rgba(251, 188, 4, 0.55)';
  rules.push(`::highlight(${HL_NAME.flash}) { background-color: ${flash}; }`);
  rules.push(`::highlight(${HL_NAME.focus}) { background-color: ${dark ? 'rgba(138,180,248,0.35)' : 'rgba(26,115,232,0.2)'}; }`);
  return rules.join('\n');
}

/** Is the page dark? Looks at the first non-transparent background from body up. */
export function pageIsDark(doc: Document): boolean {
  const win = doc.defaultView;
  if (!win) return false;
  for (const el of [doc.body, doc.documentElement]) {
    if (!el) continue;
    const m = win.getComputedStyle(el).backgroundColor.match(/rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?/);
    if (!m || (m[4] !== undefined && Number(m[4]) < 0.5)) continue;
    const [r, g, b] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 110;
  }
  // Transparent: the canvas follows the colour scheme the page opted into.
  const scheme = win.getComputedStyle(doc.documentElement).colorScheme;
  return /dark/.test(scheme) && !/light/.test(scheme) ? true : /dark/.test(scheme) && win.matchMedia('(prefers-color-scheme: dark)').matches;
}
