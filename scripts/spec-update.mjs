#!/usr/bin/env node
// `pnpm spec:update [<url-or-path>]`: new collection -> regenerate -> diff -> changesets.
// Bumps follow the API reports of the built packages before and after (packages/release).
// Thin entry point; the logic lives in packages/spec-diff and packages/release (built on
// first use) and scripts/lib/fetch-collection.mjs.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ensureBuilt } from './lib/ensure-built.mjs';
import { fetchCollection, isHttpUrl } from './lib/fetch-collection.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const { runSpecUpdateCli } = await import(pathToFileURL(ensureBuilt('spec-diff', 'spec-update')).href);
const { workspaceReports, staleBuilds } = await import(pathToFileURL(ensureBuilt('release', 'spec-update')).href);
// pnpm runs scripts from the root; INIT_CWD is where the user typed the command.
const userCwd = process.env.INIT_CWD ?? process.cwd();

async function updateCollection(source, dest) {
  await fetchCollection({ source: isHttpUrl(source) ? source : resolve(userCwd, source), out: dest });
}

function pnpm(args) {
  return new Promise((ok, fail) => {
    // Build output goes to stderr so stdout carries only the report.
    const child = spawn('pnpm', args, { cwd: root, stdio: ['ignore', 2, 2] });
    child.on('error', fail);
    child.on('exit', (code) => (code === 0 ? ok() : fail(new Error(`pnpm ${args.join(' ')} failed (exit ${code})`))));
  });
}

const generate = () => pnpm(['generate']);

// Before regenerating, packages whose dist/ is older than their sources are built from the
// sources as they are (with their workspace dependencies, without `generate`, which would
// already read a collection edited in place); after it, `pnpm generate` has built them.
let built = false;
async function reports() {
  const stale = built ? [] : staleBuilds(root);
  if (stale.length > 0) await pnpm(['-r', ...stale.flatMap((name) => ['--filter', `${name}...`]), '--reporter=append-only', 'run', 'build']);
  built = true;
  return workspaceReports(root);
}

process.exitCode = await runSpecUpdateCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: root,
  fetchCollection: updateCollection,
  generate,
  reports,
});
