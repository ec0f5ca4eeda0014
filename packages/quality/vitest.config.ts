import { defineConfig, mergeConfig } from 'vitest/config';
import shared from '../../vitest.shared.ts';

export default mergeConfig(
  shared,
  defineConfig({
    test: {
      // Packing, installing and bundling real packages is slow on a 2-core machine.
      testTimeout: 180_000,
      hookTimeout: 180_000,
    },
  }),
);
