// The real-page corpus, read in place from ../shared/real-pages (never copied into the repo).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ROOT } from './kb-files';

const REAL_DIR = join(ROOT, '..', 'shared', 'real-pages');

const PageSchema = z.object({
  url: z.string(),
  lang: z.enum(['ja', 'zh', 'en']),
  date: z.string().nullable(),
  title: z.string().nullable(),
  text: z.string(),
  text_complete: z.boolean(),
  kind: z.enum(['relevant', 'borderline', 'not-relevant']),
  why: z.string(),
});
export type RealPage = z.infer<typeof PageSchema> & { id: string };

export const realPagesPresent = (): boolean => existsSync(REAL_DIR);

export function realPageIds(): string[] {
  if (!realPagesPresent()) return [];
  return readdirSync(REAL_DIR)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -5))
    .sort();
}

export function readRealPage(id: string): RealPage {
  const raw: unknown = JSON.parse(readFileSync(join(REAL_DIR, `${id}.json`), 'utf8'));
  return { ...PageSchema.parse(raw), id };
}
