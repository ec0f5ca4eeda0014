import { defineConfig } from 'vitest/config';

/**
 * Shared vitest settings for every package: a JSON report per package
 * (read by scripts/run-tests.mjs to print the overall summary line).
 */
export default defineConfig({
  test: {
    reporters: ['default', ['json', { outputFile: '.vitest/report.json' }]],
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
  },
});
