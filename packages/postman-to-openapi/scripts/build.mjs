#!/usr/bin/env node
// Builds dist/: the `.d.ts` files (and their maps) from tsc (tsconfig.build.json emits nothing else), and the JavaScript
// bundled by esbuild, one self-contained file per entry: `index.js` (the library) and `cli.js` (the bin). Node then
// loads one module to convert instead of about ninety, which took most of a short conversion's time (see
// BENCHMARKS.md). Dependencies (postman-collection, postman-url-encoder) and Node built-ins stay imports.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { declarations, removeStaleJs } from '../../../scripts/lib/dist-build.mjs';

const pkg = join(dirname(fileURLToPath(import.meta.url)), '..');
const ENTRIES = ['index', 'cli'];

const types = declarations(pkg);
const js = build({
  entryPoints: Object.fromEntries(ENTRIES.map((e) => [e, join(pkg, 'src', `${e}.ts`)])),
  outdir: join(pkg, 'dist'),
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  metafile: true,
  logLevel: 'warning',
});
try {
  const [, { metafile }] = await Promise.all([types, js]);
  removeStaleJs(join(pkg, 'dist'), new Set(Object.keys(metafile.outputs).map((f) => join(process.cwd(), f))));
} catch (err) {
  console.error(`postman-to-openapi build: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
