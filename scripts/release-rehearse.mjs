#!/usr/bin/env node
// pnpm release:rehearse [--keep]: publishes every package to a local Verdaccio
// registry with the release command CI uses, installs them into fresh npm and
// pnpm projects, type-checks and runs a consumer against the mock, then rehearses
// a breaking and a documentation-only spec change (major and patch bumps).
// Exits non-zero on any failure. Logic: packages/release.
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const { rehearse } = await import(join(root, 'packages/release/dist/index.js')).catch((e) => {
  console.error(`release-rehearse: build packages/release first (pnpm build): ${e.message}`);
  process.exit(1);
});
try {
  await rehearse(root, { keep: process.argv.includes('--keep'), log: (line) => console.log(line) });
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
}
