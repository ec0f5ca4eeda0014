import { defineConfig, mergeConfig } from 'vitest/config';
import shared from '../../vitest.shared.ts';

export default mergeConfig(
  shared,
  defineConfig({
    test: {
      // The rehearsal builds and publishes the whole repository three times: on a loaded
      // 2-core machine that can take well over the shared limit (it only catches a hang).
      testTimeout: 1_800_000,
    },
  }),
);
