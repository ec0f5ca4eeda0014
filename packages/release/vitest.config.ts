import { defineConfig, mergeConfig } from 'vitest/config';
import shared from '../../vitest.shared.ts';

export default mergeConfig(
  shared,
  defineConfig({
    test: {
      // The rehearsal builds and publishes the whole repository three times.
      testTimeout: 600_000,
      hookTimeout: 120_000,
    },
  }),
);
