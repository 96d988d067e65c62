// The KB as the analysis uses it: the KbIndex plus every index derived from it (the alias matcher,
// entity roles, family links, facts by subject and metric, FX rates by month, name keys). Built once per KB
// version by whoever loads the KB (background, CLI, tests) and passed through the pipeline. Whole
// indices are built on first use; per-key tables fill as the analysis asks. No module of the core
// keeps a cache of its own.
import { KbIndex } from './kb/kb-index';
import type { Fact, KbBundle } from './kb/types';
import { buildKbMatcher, type Matcher } from './match/matcher';
import { foldHan } from './match/han-fold';
import { computeRoles, computeStrongKeys, type Role } from './entities/roles';
import { computeNameKeys, computeRawNames } from './tokenizer/kb-names';
import { buildFxIndex, type FxIndex } from './figures/convert';
import { buildModelIndex, type ModelIndex } from './entities/model-mentions';
import { monthSpan } from './figures/periods';

export class PreparedKb extends KbIndex {
  /** Children of each entity (parent links). */
  readonly children = new Map<string, string[]>();
  /** Per-key tables, filled on demand by the modules that own their meaning. */
  readonly relatives = new Map<string, string[]>(); // entities/resolve.ts
  readonly contextKeys = new Map<string, string[]>(); // match/matcher.ts
  readonly familyRoots = new Map<string, Set<string>>(); // entities/family.ts
  readonly factsByMetric = new Map<string, Fact[]>(); // checks/checks.ts
  readonly looseKatakana = new Map<string, string | null>(); // entities/katakana-loose.ts
  /** Matchers of the reader's own aliases, by their content (a few at most). */
  readonly extraMatchers = new Map<string, Matcher>();

  private matcherIndex?: Matcher;
  private roleIndex?: Map<string, Role>;
  private strongKeyIndex?: Map<string, Set<string>>;
  private nameKeyIndex?: Set<string>;
  private rawNameIndex?: string[];
  private fxIndexValue?: FxIndex;
  private modelIndexValue?: ModelIndex;
  private aliasIndexValue?: Map<string, number>;
  private shortPeriodFactIndex?: Map<string, Fact[]>;

  constructor(bundle: KbBundle) {
    super(bundle);
    for (const e of bundle.entities) if (e.parent) (this.children.get(e.parent) ?? this.children.set(e.parent, []).get(e.parent)!).push(e.id);
  }

  /** Every name, alias and ticker in one automaton. */
  get matcher(): Matcher {
    return (this.matcherIndex ??= buildKbMatcher(this));
  }
  /** Role and weight of every core or race entity, for relevance. */
  get roles(): Map<string, Role> {
    return (this.roleIndex ??= computeRoles(this));
  }
  /** Normalised strong names per entity id. */
  get strongKeys(): Map<string, Set<string>> {
    return (this.strongKeyIndex ??= computeStrongKeys(this));
  }
  /** Every KB name as a compare key (the tokenizer's unknown-name filter). */
  get nameKeys(): Set<string> {
    return (this.nameKeyIndex ??= computeNameKeys(this));
  }
  /** Reference rates per currency and month (figures/convert.ts). */
  get fxIndex(): FxIndex {
    return (this.fxIndexValue ??= buildFxIndex(this.fx));
  }
  /** The matcher's pattern index of every normalised, Han-folded name and alias (entities/glossed.ts). */
  get aliasIndex(): Map<string, number> {
    return (this.aliasIndexValue ??= new Map(this.matcher.keys.map((k, i) => [foldHan(k), i])));
  }
  /** Model families and their KB entries, for the model-name grammar. */
  get modelIndex(): ModelIndex {
    return (this.modelIndexValue ??= buildModelIndex(this));
  }
  /** Checkable facts of a quarter or shorter, per unit, sorted by value (dating an undated page). */
  get shortPeriodFacts(): Map<string, Fact[]> {
    if (!this.shortPeriodFactIndex) {
      const m = new Map<string, Fact[]>();
      for (const x of this.facts.values()) {
        if (!x.period || x.status === 'unverified' || monthSpan(x.period) > 3) continue;
        (m.get(x.unit) ?? m.set(x.unit, []).get(x.unit)!).push(x);
      }
      for (const list of m.values()) list.sort((a, b) => a.value - b.value);
      this.shortPeriodFactIndex = m;
    }
    return this.shortPeriodFactIndex;
  }
  /** KB names and aliases as written (2+ chars). */
  get rawNames(): string[] {
    return (this.rawNameIndex ??= computeRawNames(this));
  }
}
