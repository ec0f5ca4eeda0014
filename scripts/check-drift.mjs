#!/usr/bin/env node
// Drift check: regenerate everything (`pnpm generate`), then fail when the
// committed spec/openapi*.json or any packages/*/src/generated file differs,
// or when generation produced files that are not committed.
import { spawnSync } from 'node:child_process';

const root = new URL('..', import.meta.url).pathname;
// Git pathspec: `*` also matches `/`, so this covers every file below each generated folder.
const PATHS = ['spec/openapi.base.json', 'spec/openapi.json', 'spec/conversion-report.json', 'packages/*/src/generated/*'];
const FIX = 'pnpm generate && git add -A spec packages/*/src/generated';

const gen = spawnSync('pnpm', ['generate'], { cwd: root, stdio: 'inherit' });
if (gen.status !== 0) {
  console.error(`check-drift: \`pnpm generate\` failed (exit ${gen.status ?? 'signal'}); fix the pipeline first.`);
  process.exit(1);
}

const git = (...args) => spawnSync('git', args, { cwd: root, encoding: 'utf8' });
const diff = git('diff', '--stat', '--exit-code', '--', ...PATHS);
const untracked = git('ls-files', '--others', '--exclude-standard', '--', ...PATHS).stdout.trim();
if (diff.status !== 0 || untracked !== '') {
  console.error('check-drift: generated files differ from what is committed:');
  if (diff.stdout.trim()) console.error(diff.stdout.trimEnd());
  if (untracked) console.error(`untracked generated files:\n${untracked}`);
  console.error(`\nTo fix, run:\n  ${FIX}\nand commit the result.`);
  process.exit(1);
}
console.log('check-drift: generated files match the committed ones.');
