// The analysis core (utils/analysis) runs unchanged in the extension, the CLI and these tests: it
// imports no browser API, no Dexie, no DOM and none of the extension's plumbing. This reads every
// core file with the TypeScript parser and fails on an import from outside the core (but zod and
// the tokenizer's library) or a use of a browser or DOM global.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const CORE = join(ROOT, 'utils/analysis');
const PACKAGES = new Set(['zod', 'zod/mini', '@patdx/kuromoji']);
const GLOBALS = new Set([
  'document',
  'window',
  'navigator',
  'chrome',
  'browser',
  'indexedDB',
  'localStorage',
  'sessionStorage',
  'fetch',
  'XMLHttpRequest',
  'location',
  'self',
  'HTMLElement',
  'Element',
  'Node',
  'Range',
  'CSS',
  'Highlight',
  'MutationObserver',
  'DOMParser',
  'Dexie',
  'process',
  'require',
]);

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? files(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : [],
  );
}

/** Import specifiers (static, re-exports, dynamic) and free uses of forbidden globals in one file. */
function scan(path: string, source = readFileSync(path, 'utf8')): { imports: string[]; globals: string[] } {
  const sf = ts.createSourceFile(path, source, ts.ScriptTarget.Latest, true);
  const imports: string[] = [];
  const globals: string[] = [];
  const declared = new Set<string>();
  const visit = (n: ts.Node) => {
    if ((ts.isImportDeclaration(n) || ts.isExportDeclaration(n)) && n.moduleSpecifier && ts.isStringLiteral(n.moduleSpecifier))
      imports.push(n.moduleSpecifier.text);
    if (ts.isCallExpression(n) && n.expression.kind === ts.SyntaxKind.ImportKeyword && n.arguments[0] && ts.isStringLiteral(n.arguments[0]))
      imports.push(n.arguments[0].text);
    if (
      (ts.isVariableDeclaration(n) ||
        ts.isParameter(n) ||
        ts.isFunctionDeclaration(n) ||
        ts.isClassDeclaration(n) ||
        ts.isTypeAliasDeclaration(n) ||
        ts.isInterfaceDeclaration(n)) &&
      n.name &&
      ts.isIdentifier(n.name)
    )
      declared.add(n.name.text);
    if (ts.isIdentifier(n) && GLOBALS.has(n.text)) {
      const p = n.parent;
      const isName =
        (ts.isPropertyAccessExpression(p) && p.name === n) ||
        (ts.isPropertyAssignment(p) && p.name === n) ||
        ts.isPropertySignature(p) ||
        ts.isPropertyDeclaration(p) ||
        ts.isMethodDeclaration(p) ||
        ts.isImportSpecifier(p) ||
        ts.isImportClause(p) ||
        ts.isTypeReferenceNode(p);
      if (!isName) globals.push(n.text);
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return { imports, globals: globals.filter((g) => !declared.has(g)) };
}

describe('the analysis core is pure', () => {
  const all = files(CORE);

  it('has files to check', () => {
    expect(all.length).toBeGreaterThan(40);
  });

  it('imports only from inside utils/analysis, zod and the tokenizer library', () => {
    const bad: string[] = [];
    for (const f of all) {
      for (const spec of scan(f).imports) {
        const ok = spec.startsWith('.') ? !relative(CORE, resolve(dirname(f), spec)).startsWith('..') : PACKAGES.has(spec);
        if (!ok) bad.push(`${relative(ROOT, f)}: ${spec}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('uses no browser, DOM or Node global', () => {
    const bad = all.flatMap((f) => scan(f).globals.map((g) => `${relative(ROOT, f)}: ${g}`));
    expect(bad).toEqual([]);
  });

  it('the check itself catches each kind of violation', () => {
    const src = `import Dexie from 'dexie';\nimport { browser } from 'wxt/browser';\nimport { db } from '../../db/schema';\nconst t = document.title;\nfetch('/x');\nconst o = { document: 1 };\n`;
    const r = scan(join(CORE, 'x.ts'), src);
    expect(r.imports).toEqual(['dexie', 'wxt/browser', '../../db/schema']);
    expect(r.globals).toEqual(['document', 'fetch']);
  });
});
