// The closing line of `pnpm test` (scripts/lib/test-summary.mjs) over a real
// vitest JSON report: a file whose beforeAll failed and a file that did not
// load count as failed, not as skipped; a missing report counts as failed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../src/repo-root.js';

interface Summary {
  passed: number;
  failed: number;
  skipped: number;
  problems: string[];
}
const root = repoRoot(fileURLToPath(new URL('.', import.meta.url)));
const { summarizeReports, summaryLine } = (await import(pathToFileURL(join(root, 'scripts/lib/test-summary.mjs')).href)) as {
  summarizeReports: (suites: { name: string; report: unknown }[]) => Summary;
  summaryLine: (s: Summary) => string;
};
const tmp = mkdtempSync(join(tmpdir(), 'quality-summary-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('summarizeReports', () => {
  it('counts a test file that failed to run as failed, over a real vitest report', () => {
    const fixture = fileURLToPath(new URL('fixtures/suite-outcomes', import.meta.url));
    const vitest = join(dirname(createRequire(import.meta.url).resolve('vitest/package.json')), 'vitest.mjs');
    const out = join(tmp, 'report.json');
    const r = spawnSync(process.execPath, [vitest, 'run', '--root', fixture], { encoding: 'utf8', env: { ...process.env, SUITE_REPORT: out } });
    expect(r.status).toBe(1);
    const summary = summarizeReports([
      { name: 'fixture', report: JSON.parse(readFileSync(out, 'utf8')) },
      { name: 'packages/never-ran', report: undefined },
    ]);
    // 2 passed; failed: one test, the beforeAll file, the file that did not load, the missing report.
    expect(summaryLine(summary)).toBe('2 passed, 4 failed, 1 skipped');
    const named = summary.problems.map((p) => p.replace(/:.*$/s, '').replace(/^.*[/\\]/, '')).sort();
    expect(named).toEqual(['before-all-fails.spec.mjs', 'does-not-load.spec.mjs', 'never-ran']);
  });

  it('prints no skipped count when nothing was skipped', () => {
    expect(summaryLine({ passed: 3, failed: 0, skipped: 0, problems: [] })).toBe('3 passed, 0 failed');
  });
});
