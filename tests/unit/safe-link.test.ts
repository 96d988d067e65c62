// KB source links (issue 16, finding 8): the KB schema takes http(s) source URLs only, and the one
// link component (components/common/SafeLink.tsx) renders anything else as plain text. Every link in
// the UI goes through it: the hover card's source line and the side panel's flags alike.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { h, render, type ComponentChild } from 'preact';
import { describe, expect, it } from 'vitest';
import { SourceLine } from '../../components/card/SourceLine';
import { SafeLink } from '../../components/common/SafeLink';
import { kbSchemas } from '../../utils/analysis/kb/schema';
import { checkBundle } from '../../utils/db/kb-load';
import { synthetic } from './db-fixtures';

const ROOT = resolve(import.meta.dirname, '../..');
const HOSTILE = [
  'javascript:alert(document.domain)',
  'JavaScript:alert(1)',
  ' javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'file:///etc/passwd',
  'chrome://settings',
];

/** Renders a Preact tree into a linkedom document; returns the HTML. */
function html(node: ComponentChild): string {
  const { document } = parseHTML('<!doctype html><html><body><div id="root"></div></body></html>');
  const g = globalThis as { document?: unknown };
  const saved = g.document;
  g.document = document;
  try {
    const root = document.getElementById('root')!;
    render(node, root as never);
    return root.innerHTML;
  } finally {
    g.document = saved;
  }
}

describe('KB source URLs', () => {
  const source = (url: string) => ({ id: 'S1', url, publisher: 'Example', date: '2025-01-01' });

  it('the schema takes http(s) only', () => {
    const TABLES = kbSchemas().tables;
    for (const url of HOSTILE) expect(TABLES.sources.safeParse(source(url)).success, url).toBe(false);
    expect(TABLES.sources.safeParse(source('https://www.alibabagroup.com/en-US/ir')).success).toBe(true);
    expect(TABLES.sources.safeParse(source('http://example.com/a')).success).toBe(true);
  });

  it('a bundle with a javascript: source is refused whole', () => {
    const bad = synthetic('v9', { sources: [source('javascript:alert(1)')] });
    expect(() => checkBundle(bad)).toThrow(/sources\[0\] is invalid/);
  });
});

describe('SafeLink', () => {
  it('links http(s) URLs, in a new tab, without opener or referrer', () => {
    const out = html(h(SafeLink, { href: 'https://example.com/a?b=1', children: 'Example' }));
    const a = parseHTML(`<html><body>${out}</body></html>`).document.querySelector('a')!;
    expect([a.getAttribute('href'), a.getAttribute('target'), a.getAttribute('rel'), a.textContent]).toEqual([
      'https://example.com/a?b=1',
      '_blank',
      'noopener noreferrer',
      'Example',
    ]);
  });

  it('shows anything else as text: no link, the URL nowhere in the markup', () => {
    for (const url of [...HOSTILE, '', 'relative/path', '//evil.example/x']) {
      const out = html(h(SafeLink, { href: url, children: 'Source' }));
      expect(out, url).toBe('<span>Source</span>');
    }
  });

  it("the card's source line uses it", () => {
    const out = html(h(SourceLine, { source: { id: 'S1', url: 'javascript:alert(1)', publisher: 'Pub', date: '2025' }, lang: 'en' }));
    expect(out).not.toContain('<a');
    expect(out).toContain('Pub, 2025');
  });
});

describe('one link component', () => {
  function files(dir: string): string[] {
    return readdirSync(dir).flatMap((f) => {
      const p = join(dir, f);
      return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(f) ? [p] : [];
    });
  }

  it('no component or entrypoint renders an href of its own (SafeLink does; download.ts builds a blob link)', () => {
    const found: string[] = [];
    for (const f of [...files(join(ROOT, 'components')), ...files(join(ROOT, 'entrypoints'))]) {
      const rel = relative(ROOT, f);
      if (rel === join('components', 'common', 'SafeLink.tsx') || rel === join('components', 'common', 'download.ts')) continue;
      const src = readFileSync(f, 'utf8');
      // An <a href=…> element, or an href set from code.
      if (/<a\b[^>]*\bhref\b|\.href\s*=[^=]|setAttribute\(\s*['"]href/.test(src)) found.push(rel);
    }
    expect(found).toEqual([]);
  });
});
