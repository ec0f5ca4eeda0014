// One ESM file for Node 20 from TypeScript sources of core (esbuild, core's own copy), as the benches that run
// core from its sources need it: an older commit's (bundle-core-at.mjs) or today's internals (get/in-process.mjs).
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** Bundles `entry` into `outfile`; packages are resolved from core's node_modules under `root`. */
export async function bundleEntry({ root, entry, outfile }) {
  const { build } = await import(createRequire(join(root, 'packages/core/package.json')).resolve('esbuild'));
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    nodePaths: [join(root, 'packages/core/node_modules')],
    logLevel: 'silent',
  });
  return outfile;
}
