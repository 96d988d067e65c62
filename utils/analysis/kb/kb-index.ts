// In-memory index over a KB bundle: the analysis core's view of the knowledge base.
import type { Entity, Fact, FxRate, KbBundle, KnownError, Relation, Source } from './types';

export class KbIndex {
  readonly entities = new Map<string, Entity>();
  readonly sources = new Map<string, Source>();
  readonly factsBySubject = new Map<string, Fact[]>();
  readonly facts = new Map<string, Fact>();
  readonly relationsByEntity = new Map<string, Relation[]>();
  /** FX references sorted by date, ascending. */
  readonly fx: FxRate[];
  readonly errors: KnownError[];

  constructor(readonly bundle: KbBundle) {
    for (const e of bundle.entities) this.entities.set(e.id, e);
    for (const s of bundle.sources) this.sources.set(s.id, s);
    for (const f of bundle.facts) {
      this.facts.set(f.id, f);
      push(this.factsBySubject, f.subject, f);
    }
    for (const r of bundle.relations) {
      push(this.relationsByEntity, r.from, r);
      if (r.to !== r.from) push(this.relationsByEntity, r.to, r);
    }
    this.fx = [...bundle.fx].sort((a, b) => a.date.localeCompare(b.date));
    this.errors = bundle.errors;
  }

  get version(): string {
    return this.bundle.version;
  }

  /** Canonical display name of an entity for a UI language. */
  name(id: string, lang: 'ja' | 'zh' | 'en' = 'ja'): string {
    const e = this.entities.get(id);
    if (!e) return id;
    const order = lang === 'en' ? ['en', 'ja', 'zh-Hans'] : lang === 'zh' ? ['zh-Hans', 'zh-Hant', 'ja', 'en'] : ['ja', 'en', 'zh-Hans'];
    for (const l of order) {
      const n = e.names[l as keyof Entity['names']];
      if (n && n.length) return n[0]!;
    }
    return id;
  }
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V) {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}
