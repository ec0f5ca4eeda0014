#!/usr/bin/env node
// Runs every workspace package's tests through turbo, then prints one summary
// line `N passed, N failed` summed over the per-package vitest JSON reports.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const dirs = ['spec', 'examples', ...readdirSync(join(root, 'packages')).map((d) => join('packages', d))];
const reports = dirs.map((d) => join(root, d, '.vitest', 'report.json'));
for (const r of reports) rmSync(r, { force: true });

const extra = process.argv.slice(2);
const run = spawnSync('pnpm', ['exec', 'turbo', 'run', 'test', '--continue', '--concurrency=2', ...extra], {
  cwd: root,
  stdio: 'inherit',
});

let passed = 0;
let failed = 0;
let skipped = 0;
const missing = [];
for (const [i, r] of reports.entries()) {
  if (!existsSync(r)) {
    const pkg = join(root, dirs[i], 'package.json');
    if (existsSync(pkg) && JSON.parse(readFileSync(pkg, 'utf8')).scripts?.test) missing.push(dirs[i]);
    continue;
  }
  const j = JSON.parse(readFileSync(r, 'utf8'));
  passed += j.numPassedTests ?? 0;
  failed += j.numFailedTests ?? 0;
  skipped += (j.numPendingTests ?? 0) + (j.numTodoTests ?? 0);
  // A suite that failed to load counts as a failure even when it had no tests.
  for (const s of j.testResults ?? []) if (s.status === 'failed' && (s.assertionResults ?? []).length === 0) failed += 1;
}
for (const m of missing) {
  console.error(`no test report from ${m}: its test run did not finish`);
  failed += 1;
}
const code = run.status ?? 1;
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || code !== 0 ? 1 : 0);
