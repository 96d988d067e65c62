// Turns the KB's JSONL source files into one validated bundle. Pure: callers pass file texts.
import { createHash } from './hash';
import { kbSchemas, type TableName } from './schema';
import type { KbBundle } from './types';

export interface KbIssue {
  file: string;
  line: number;
  message: string;
}

/** files: path -> text, with paths like 'entities/alibaba.jsonl' (first segment = table). */
export function buildBundle(files: Record<string, string>, builtAt = new Date().toISOString()): { bundle: KbBundle; issues: KbIssue[] } {
  const tables: Record<TableName, unknown[]> = { entities: [], facts: [], relations: [], sources: [], fx: [], errors: [] };
  const issues: KbIssue[] = [];
  for (const file of Object.keys(files).sort()) {
    const table = file.split('/')[0] as TableName;
    const schema = kbSchemas().tables[table];
    if (!schema) {
      issues.push({ file, line: 0, message: `unknown table "${table}"` });
      continue;
    }
    files[file]!.split('\n').forEach((raw, i) => {
      const line = raw.trim();
      if (!line || line.startsWith('//')) return;
      let json: unknown;
      try {
        json = JSON.parse(line);
      } catch (e) {
        issues.push({ file, line: i + 1, message: `invalid JSON: ${(e as Error).message}` });
        return;
      }
      const parsed = schema.safeParse(json);
      if (!parsed.success) {
        issues.push({ file, line: i + 1, message: parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ') });
        return;
      }
      tables[table].push(parsed.data);
    });
  }
  const body = JSON.stringify(tables);
  const bundle = { version: `kb-${createHash(body)}`, builtAt, ...tables } as KbBundle;
  issues.push(...crossCheck(bundle));
  return { bundle, issues };
}

/** References between tables: every id referred to exists, ids are unique. */
export function crossCheck(b: KbBundle): KbIssue[] {
  const issues: KbIssue[] = [];
  const bad = (table: string, message: string) => issues.push({ file: table, line: 0, message });
  const entityIds = new Set<string>();
  for (const e of b.entities) {
    if (entityIds.has(e.id)) bad('entities', `duplicate entity id ${e.id}`);
    entityIds.add(e.id);
  }
  const sourceIds = new Set(b.sources.map((s) => s.id));
  if (sourceIds.size !== b.sources.length) bad('sources', 'duplicate source id');
  const factIds = new Set<string>();
  for (const e of b.entities) {
    if (e.parent && !entityIds.has(e.parent)) bad('entities', `${e.id}: unknown parent ${e.parent}`);
    for (const s of e.sources) if (!sourceIds.has(s)) bad('entities', `${e.id}: unknown source ${s}`);
  }
  for (const f of b.facts) {
    if (factIds.has(f.id)) bad('facts', `duplicate fact id ${f.id}`);
    factIds.add(f.id);
    if (!entityIds.has(f.subject)) bad('facts', `${f.id}: unknown subject ${f.subject}`);
    for (const s of [f.source, ...(f.sources ?? [])]) if (!sourceIds.has(s)) bad('facts', `${f.id}: unknown source ${s}`);
  }
  for (const r of b.relations) {
    if (!entityIds.has(r.from) || !entityIds.has(r.to)) bad('relations', `unknown entity in ${r.from} ${r.type} ${r.to}`);
    if (r.source && !sourceIds.has(r.source)) bad('relations', `unknown source ${r.source}`);
  }
  for (const x of b.fx) if (!sourceIds.has(x.source)) bad('fx', `${x.id}: unknown source ${x.source}`);
  for (const x of b.errors) {
    if (!sourceIds.has(x.source)) bad('errors', `${x.id}: unknown source ${x.source}`);
    if (x.entity && !entityIds.has(x.entity)) bad('errors', `${x.id}: unknown entity ${x.entity}`);
    if (x.fact && !factIds.has(x.fact)) bad('errors', `${x.id}: unknown fact ${x.fact}`);
  }
  return issues;
}
