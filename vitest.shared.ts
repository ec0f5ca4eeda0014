import { defineConfig } from 'vitest/config';

/**
 * Shared vitest settings for every package: a JSON report per package
 * (read by scripts/run-tests.mjs to print the overall summary line).
 *
 * Time limits only catch a test that hangs; they never measure speed. The
 * suite must pass on a shared 2-core machine with other CPU-bound work beside
 * it, where a compile or a browser start can take ten times as long as on a
 * quiet one, so one generous limit applies to every test and hook, and tests
 * set their own only when their work needs more.
 */
export default defineConfig({
  test: {
    reporters: ['default', ['json', { outputFile: '.vitest/report.json' }]],
    include: ['test/**/*.test.ts'],
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
