// Builds the `alibaba-reader` command (package.json "bin") into one JavaScript file,
// dist/alibaba-reader.mjs: the CLI, the analysis core and the KB bundle (validated here, embedded
// as a JSON string), so a run starts without compiling TypeScript or reading kb/. esbuild comes
// with WXT. Run by postinstall, `npm run build` and the CLI tests; `npm run analyze` runs the file.
import { build } from 'esbuild';
import { chmodSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, loadBundle } from './lib/kb-files';

export const CLI_FILE = join(ROOT, 'dist/alibaba-reader.mjs');

export async function buildCli(): Promise<void> {
  mkdirSync(join(ROOT, 'dist'), { recursive: true });
  await build({
    entryPoints: [join(ROOT, 'scripts/analyze.ts')],
    outfile: CLI_FILE,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    minifySyntax: true,
    legalComments: 'none',
    logLevel: 'warning',
    // The KB the CLI analyses against, checked by the same validation as `npm run kb:build`.
    define: { __CLI_KB__: JSON.stringify(JSON.stringify(loadBundle())) },
    // Bundled CommonJS (linkedom's deps) may call require(): give the ESM file one.
    banner: { js: "#!/usr/bin/env node\nimport { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  chmodSync(CLI_FILE, 0o755);
}

if (process.argv[1]?.endsWith('build-cli.ts')) {
  buildCli().catch((e: unknown) => {
    console.error(`build-cli: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  });
}
