import { defineConfig, mergeConfig } from 'vitest/config';
import shared from '../../vitest.shared.ts';

export default mergeConfig(
  shared,
  defineConfig({
    test: {
      coverage: {
        provider: 'v8',
        include: ['src/**/*.ts'],
        // Runs only in browsers (XMLHttpRequest): test/browser-progress.test.ts drives it in Chromium, where this report does not reach.
        exclude: ['src/transport/xhr-exchange.ts'],
        reporter: ['text-summary', 'text'],
        thresholds: { lines: 100 },
      },
    },
  }),
);
