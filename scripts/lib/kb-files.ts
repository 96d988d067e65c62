// Node-side access to the KB source files (kb/<table>/*.jsonl).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { config, locales } from 'zod/mini';
import { buildBundle } from '../../utils/analysis/kb/bundle';
import { PreparedKb } from '../../utils/analysis/prepared-kb';
import type { KbBundle } from '../../utils/analysis/kb/types';

// The KB schemas are zod/mini, which words its issues only once a locale is set (the extension's
// background gets English from zod's full build).
config(locales.en());

export const ROOT = resolve(import.meta.dirname, '../..');
const KB_DIR = join(ROOT, 'kb');

export function readKbFiles(dir = KB_DIR): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (d: string) => {
    for (const ent of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, ent.name);
      if (ent.isDirectory()) walk(p);
      else if (ent.name.endsWith('.jsonl')) files[relative(dir, p).split('\\').join('/')] = readFileSync(p, 'utf8');
    }
  };
  walk(dir);
  return files;
}

let cached: KbBundle | undefined;

/** The bundle built from the source files; throws on any validation issue. */
export function loadBundle(): KbBundle {
  if (cached) return cached;
  const { bundle, issues } = buildBundle(readKbFiles(), '2000-01-01T00:00:00.000Z');
  if (issues.length) {
    throw new Error(
      `KB has ${issues.length} issue(s):\n` +
        issues
          .slice(0, 20)
          .map((i) => `${i.file}:${i.line} ${i.message}`)
          .join('\n'),
    );
  }
  return (cached = bundle);
}

let index: PreparedKb | undefined;
export function loadKbIndex(): PreparedKb {
  return (index ??= new PreparedKb(loadBundle()));
}
