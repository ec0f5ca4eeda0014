#!/usr/bin/env node
// Runs before `changeset version` (pnpm release:version): adds a changeset for every
// package whose types include those of a package getting a release that ^ ranges do
// not install. Thin entry point; logic: packages/spec-diff (src/surface/propagate-pending.ts).
import { pathToFileURL } from 'node:url';
import { ensureBuilt } from './lib/ensure-built.mjs';

const root = new URL('..', import.meta.url).pathname;
const { propagatePending } = await import(pathToFileURL(ensureBuilt('spec-diff', 'propagate-bumps')).href);
try {
  const { added, files } = await propagatePending(root, { dryRun: process.argv.includes('--dry-run') });
  for (const [i, c] of added.entries()) console.log(`${files[i] ?? '(dry run)'}: ${c.releases.map((r) => `${r.name} ${r.type}`).join(', ')}: ${c.summary}`);
  if (added.length === 0) console.log('propagate-bumps: every package exposing another already gets a high enough bump');
} catch (e) {
  console.error(`propagate-bumps: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
}
