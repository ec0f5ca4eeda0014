#!/usr/bin/env node
// `pnpm spec:check-traffic [path...] [--overlay <file>]`: check recorded Imgur responses against spec/openapi.json.
// Thin entry point; the logic lives in packages/traffic (built on first use).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const pkg = fileURLToPath(new URL('../packages/traffic/', import.meta.url));
const entry = `${pkg}dist/index.js`;
const newest = Math.max(...readdirSync(`${pkg}src`).map((f) => statSync(`${pkg}src/${f}`).mtimeMs));
if (!existsSync(entry) || statSync(entry).mtimeMs < newest) {
  const tsc = fileURLToPath(new URL('./tsc.mjs', import.meta.url));
  const r = spawnSync(process.execPath, [tsc, '-p', `${pkg}tsconfig.build.json`], { stdio: ['ignore', 2, 2] });
  if (r.status !== 0) {
    process.stderr.write('check-traffic: building packages/traffic failed\n');
    process.exit(2);
  }
}
const { runCli } = await import(new URL('../packages/traffic/dist/index.js', import.meta.url).href);
process.exitCode = runCli(process.argv.slice(2), {
  root: fileURLToPath(new URL('../', import.meta.url)),
  // pnpm runs scripts from the root; INIT_CWD is where the user typed the command.
  cwd: process.env.INIT_CWD ?? process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
