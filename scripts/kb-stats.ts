// Prints the knowledge base's counts as JSON (npm run -s kb:stats).
import { loadBundle } from './lib/kb-files';

const b = loadBundle();
const aliases = b.entities.reduce((n, e) => n + Object.values(e.names).flat().length + (e.aliases?.length ?? 0), 0);
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
  }),
);
