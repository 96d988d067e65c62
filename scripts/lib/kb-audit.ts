// The KB audit (npm run -s kb:audit): what a reviewer should look at before trusting the KB. Pure
// over a bundle: facts without a primary source (or read only in a copy of the issuer's release or
// filing on another host), without a period or as-of date, single-source or
// derived; entities with a kanji name but no reading, or without a description; aliases two
// entities share, or that equal an ordinary word, when nothing guards them (not marked ambiguous).
import type { Entity, KbBundle, Source } from '../../utils/analysis/kb/types';
import { COMMON_WORDS } from './common-words';

/** Hosts of primary sources: the companies' and issuers' own releases and filings, regulators, papers. */
const PRIMARY_HOSTS = [
  'alibabagroup.com',
  'alibabacloud.com',
  'alizila.com',
  'qwenlm.github.io',
  'qwen.ai',
  'github.com',
  'huggingface.co',
  'arxiv.org',
  'businesswire.com',
  'prnewswire.com',
  'globenewswire.com',
  'hkexnews.hk',
  'sec.gov',
  'federalreserve.gov',
  'federalregister.gov',
  'bis.doc.gov',
  'bis.gov',
  'commerce.gov',
  'gov.cn',
  'mofcom.gov.cn',
  'samr.gov.cn',
  'tencent.com',
  'baidu.com',
  'microsoft.com',
  'abc.xyz',
  'aboutamazon.com',
  'amazon.com',
  'atmeta.com',
  'fb.com',
  'oracle.com',
  'nvidia.com',
  'openai.com',
  'anthropic.com',
  'deepseek.com',
  'bytedance.com',
  'huawei.com',
  'jetro.go.jp',
];

const fold = (s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s・·･]/g, '');
const COMMON = new Set(Object.values(COMMON_WORDS).flat().map(fold));
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
// Proper names get a reading; events, policies and metric terms are descriptions, not names.
const NAMED_TYPES = new Set(['person', 'company', 'unit', 'bank', 'government', 'product', 'model', 'chip']);

/** A primary source: the issuer's (or a regulator's, a paper's) own host — not a copy on another. */
export function isPrimary(s: Source | undefined): boolean {
  if (!s || s.copyOf) return false;
  let host: string;
  try {
    host = new URL(s.url).hostname.replace(/^www\./, '');
  } catch {
    return false;
  }
  return PRIMARY_HOSTS.some((h) => host === h || host.endsWith(`.${h}`));
}

export interface AuditFinding {
  check: string;
  id: string;
  detail?: string;
}

/** Every name and alias of an entity with whether something guards it (ambiguous or a surname). */
function forms(e: Entity): Array<{ text: string; guarded: boolean }> {
  const out = Object.values(e.names)
    .flat()
    .map((text) => ({ text: text!, guarded: false }));
  // Short all-caps forms (META, BABA) are matched case-sensitively: that guards them too.
  for (const a of e.aliases ?? [])
    out.push({ text: a.text, guarded: !!a.ambiguous || a.kind === 'surname' || a.kind === 'mistranslation' || /^[A-Z0-9]{1,4}$/.test(a.text) });
  return out;
}

export function auditKb(b: KbBundle): { findings: AuditFinding[]; totals: Record<string, number> } {
  const findings: AuditFinding[] = [];
  const add = (check: string, id: string, detail?: string) => findings.push({ check, id, detail });
  const sources = new Map(b.sources.map((s) => [s.id, s]));
  for (const f of b.facts) {
    const all = [f.source, ...(f.sources ?? [])];
    if (!all.some((id) => isPrimary(sources.get(id)))) {
      // the issuer's own release or filing, read in a verbatim copy on another host
      const copy = all.map((id) => sources.get(id)?.copyOf).find(Boolean);
      if (copy) add("fact read in a copy of the issuer's document", f.id, copy);
      else add('fact without a primary source', f.id, all.join(', '));
    }
    if (!f.period && !f.asOf) add('fact without a period or as-of date', f.id);
    if (f.status === 'single-source') add('fact single-source', f.id);
    if (f.status === 'derived') add('fact derived', f.id, f.note ? undefined : 'no method in note');
  }
  const byKey = new Map<string, Array<{ id: string; guarded: boolean }>>();
  for (const e of b.entities) {
    const kanji =
      Object.values(e.names)
        .flat()
        .some((n) => HAN.test(n!)) && !!e.names.ja?.some((n) => HAN.test(n));
    if (kanji && NAMED_TYPES.has(e.type) && !e.reading) add('entity with a kanji name but no reading', e.id);
    if (!e.description.ja.trim() || !e.description.en.trim()) add('entity without a description', e.id);
    for (const f of forms(e)) {
      const k = fold(f.text);
      const list = byKey.get(k) ?? byKey.set(k, []).get(k)!;
      if (!list.some((x) => x.id === e.id && x.guarded === f.guarded)) list.push({ id: e.id, guarded: f.guarded });
      if (COMMON.has(k) && !f.guarded) add('alias equal to a common word, unguarded', e.id, f.text);
    }
  }
  for (const [k, list] of byKey) {
    const ids = new Set(list.map((x) => x.id));
    if (ids.size > 1 && list.some((x) => !x.guarded)) add('alias shared by two entities, unguarded', [...ids].join(' + '), k);
  }
  const totals: Record<string, number> = {};
  for (const f of findings) totals[f.check] = (totals[f.check] ?? 0) + 1;
  totals['facts'] = b.facts.length;
  totals['entities'] = b.entities.length;
  totals['entities unverified'] = b.entities.filter((e) => e.status === 'unverified').length;
  totals['aliases guarded by context (ambiguous)'] = b.entities.reduce((n, e) => n + (e.aliases ?? []).filter((a) => a.ambiguous).length, 0);
  return { findings, totals };
}
