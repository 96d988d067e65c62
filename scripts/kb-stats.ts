// Prints the knowledge base's counts as JSON (npm run -s kb:stats).
import { loadBundle } from './lib/kb-files';

const b = loadBundle();
const aliases = b.entities.reduce((n, e) => n + Object.values(e.names).flat().length + (e.aliases?.length ?? 0), 0);
const count = <T>(xs: T[], key: (x: T) => string) =>
  Object.fromEntries([...xs.reduce((m, x) => m.set(key(x), (m.get(key(x)) ?? 0) + 1), new Map<string, number>())].sort());
const allAliases = b.entities.flatMap((e) => e.aliases ?? []);
console.log(
  JSON.stringify({
    version: b.version,
    entities: b.entities.length,
    aliases,
    facts: b.facts.length,
    factsWithSource: b.facts.filter((f) => f.source).length,
    relations: b.relations.length,
    sources: b.sources.length,
    fxRates: b.fx.length,
    errors: b.errors.length,
    mistranslations: allAliases.filter((a) => a.kind === 'mistranslation').length,
    ambiguousAliases: allAliases.filter((a) => a.ambiguous).length,
    entitiesByType: count(b.entities, (e) => e.type),
    entitiesByStatus: count(b.entities, (e) => e.status),
    factsByStatus: count(b.facts, (f) => f.status),
  }),
);
