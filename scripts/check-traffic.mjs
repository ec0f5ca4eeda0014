#!/usr/bin/env node
// `pnpm spec:check-traffic [path...] [--overlay <file>]`: check recorded Imgur responses against spec/openapi.json.
// Thin entry point; the logic lives in packages/traffic (built on first use).
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ensureBuilt } from './lib/ensure-built.mjs';

const { runCli } = await import(pathToFileURL(ensureBuilt('traffic', 'check-traffic', 2)).href);
process.exitCode = runCli(process.argv.slice(2), {
  root: fileURLToPath(new URL('../', import.meta.url)),
  // pnpm runs scripts from the root; INIT_CWD is where the user typed the command.
  cwd: process.env.INIT_CWD ?? process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
