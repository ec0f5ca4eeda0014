#!/usr/bin/env node
// `pnpm spec:diff <old> <new>`: diff two OpenAPI documents per package.
// Thin entry point; the logic lives in packages/spec-diff (built on first use).
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ensureBuilt } from './lib/ensure-built.mjs';

const { runCli, workspacePackageForTag } = await import(pathToFileURL(ensureBuilt('spec-diff', 'spec-diff')).href);
process.exitCode = await runCli(process.argv.slice(2), {
  // Tags without a resource package here (e.g. Extras) go to @imgur-ts/client.
  packageForTag: await workspacePackageForTag(fileURLToPath(new URL('../', import.meta.url))),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  // pnpm runs scripts from the root; INIT_CWD is where the user typed the command.
  cwd: process.env.INIT_CWD ?? process.cwd(),
});
