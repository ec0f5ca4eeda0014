#!/usr/bin/env node
// Runs every workspace package's tests through turbo, then prints one summary
// line `N passed, N failed` summed over the per-package vitest JSON reports
// (scripts/lib/test-summary.mjs: a test file that failed to run counts as failed).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { summarizeReports, summaryLine } from './lib/test-summary.mjs';

const root = new URL('..', import.meta.url).pathname;
const dirs = ['spec', 'examples', ...readdirSync(join(root, 'packages')).map((d) => join('packages', d))];
const reports = dirs.map((d) => join(root, d, '.vitest', 'report.json'));
for (const r of reports) rmSync(r, { force: true });

const extra = process.argv.slice(2);
const run = spawnSync('pnpm', ['exec', 'turbo', 'run', 'test', '--continue', '--concurrency=2', ...extra], {
  cwd: root,
  stdio: 'inherit',
});

const found = [];
for (const [i, r] of reports.entries()) {
  if (existsSync(r)) {
    found.push({ name: dirs[i], report: JSON.parse(readFileSync(r, 'utf8')) });
    continue;
  }
  const pkg = join(root, dirs[i], 'package.json');
  if (existsSync(pkg) && JSON.parse(readFileSync(pkg, 'utf8')).scripts?.test) found.push({ name: dirs[i], report: undefined });
}
const summary = summarizeReports(found);
for (const p of summary.problems) console.error(p);
const code = run.status ?? 1;
if (code !== 0 && summary.failed === 0) {
  // turbo failed outside any test file (a build or type check before vitest): still a failure.
  console.error(`turbo run test exited with ${code} outside any test file (see above)`);
  summary.failed = 1;
}
console.log(summaryLine(summary));
process.exit(summary.failed > 0 || code !== 0 ? 1 : 0);
