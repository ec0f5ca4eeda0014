#!/usr/bin/env node
// Builds dist/: the `.d.ts` files (and their maps) from tsc (tsconfig.build.json emits nothing else), and the JavaScript bundled by esbuild, one file per
// `exports` entry plus shared chunks. Code used by several entries lives in one chunk, so every class (ImgurError
// and the rest) exists once whichever entries an app imports, and `instanceof` holds across them. One file per
// entry instead of one per source file: Node loads a handful of modules at start-up instead of about sixty.
// Dependencies (`@imgur-ts/client`, openapi-fetch) and Node built-ins stay imports.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { declarations, removeStaleJs } from '../../../scripts/lib/dist-build.mjs';

const pkg = join(dirname(fileURLToPath(import.meta.url)), '..');
const ENTRIES = ['index', 'index.node', 'index.browser', 'node', 'capture', 'store'];

const types = declarations(pkg);
const js = build({
  entryPoints: Object.fromEntries(ENTRIES.map((e) => [e, join(pkg, 'src', `${e}.ts`)])),
  outdir: join(pkg, 'dist'),
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'neutral',
  target: 'es2022',
  packages: 'external',
  external: ['node:*'],
  sourcemap: true,
  metafile: true,
  logLevel: 'warning',
});
try {
  const [, { metafile }] = await Promise.all([types, js]);
  removeStaleJs(join(pkg, 'dist'), new Set(Object.keys(metafile.outputs).map((f) => join(process.cwd(), f))));
  dropBareChunkImports(metafile);
} catch (err) {
  console.error(`core build: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}

/**
 * esbuild makes an entry import, for its evaluation order alone (`import "./chunks/chunk-X.js"`), every chunk its
 * modules need, even one that a chunk it imports from imports itself. Under `"sideEffects": false` an app's bundler
 * drops such an import and warns (esbuild: "Ignoring this import ... no side effects"), on every build. Each such
 * line of an entry is blanked (the line kept, so the source map holds) when a chunk the entry imports from imports
 * that chunk, directly or not: the chunk is then evaluated before the entry all the same. One no chunk imports is
 * left as it is (the build then fails on the check below rather than change the order of evaluation).
 */
function dropBareChunkImports(metafile) {
  const importsOf = (out) => (metafile.outputs[out]?.imports ?? []).filter((i) => i.kind === 'import-statement' && !i.external).map((i) => i.path);
  const reached = (from) => {
    const seen = new Set();
    const walk = (out) => {
      for (const next of importsOf(out)) {
        if (seen.has(next)) continue;
        seen.add(next);
        walk(next);
      }
    };
    walk(from);
    return seen;
  };
  for (const entry of ENTRIES.map((e) => `dist/${e}.js`)) {
    const out = Object.keys(metafile.outputs).find((o) => o.endsWith(`/${entry}`) || o === entry);
    const file = join(process.cwd(), out);
    const text = readFileSync(file, 'utf8');
    const bare = [...text.matchAll(/^import "\.\/(chunks\/[^"]+)";$/gm)];
    if (!bare.length) continue;
    const chunkOf = (m) => join(dirname(out), m[1]);
    const named = importsOf(out).filter((i) => !bare.some((m) => chunkOf(m) === i));
    const behind = new Set(named.flatMap((i) => [...reached(i)]));
    let kept = text;
    for (const m of bare) if (behind.has(chunkOf(m))) kept = kept.replace(m[0], '');
    if (/^import "\.\/chunks\//m.test(kept)) throw new Error(`${entry} imports a chunk only for its evaluation order: an app's bundler warns about it`);
    writeFileSync(file, kept);
  }
}
