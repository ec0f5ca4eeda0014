#!/usr/bin/env node
// `pnpm spec:diff <old> <new>`: diff two OpenAPI documents per package.
// Thin entry point; the logic lives in packages/spec-diff (built on first use).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const pkg = fileURLToPath(new URL('../packages/spec-diff/', import.meta.url));
const entry = `${pkg}dist/index.js`;
const newest = Math.max(...readdirSync(`${pkg}src`).map((f) => statSync(`${pkg}src/${f}`).mtimeMs));
if (!existsSync(entry) || statSync(entry).mtimeMs < newest) {
  const tsc = fileURLToPath(new URL('./tsc.mjs', import.meta.url));
  const r = spawnSync(process.execPath, [tsc, '-p', `${pkg}tsconfig.build.json`], { stdio: ['ignore', 2, 2] });
  if (r.status !== 0) {
    process.stderr.write('spec-diff: building packages/spec-diff failed\n');
    process.exit(1);
  }
}
const { runCli, workspacePackageForTag } = await import(new URL('../packages/spec-diff/dist/index.js', import.meta.url).href);
process.exitCode = await runCli(process.argv.slice(2), {
  // Tags without a resource package here (e.g. Extras) go to @imgur-ts/client.
  packageForTag: await workspacePackageForTag(fileURLToPath(new URL('../', import.meta.url))),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  // pnpm runs scripts from the root; INIT_CWD is where the user typed the command.
  cwd: process.env.INIT_CWD ?? process.cwd(),
});
