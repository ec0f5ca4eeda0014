import { defineConfig, mergeConfig } from 'vitest/config';
import shared from '../../vitest.shared.ts';

export default mergeConfig(
  shared,
  defineConfig({
    test: {
      // The rehearsal builds and publishes the whole repository three times: about
      // 11 minutes on 2 cores at a load of 20; the steps inside have their own limits.
      testTimeout: 1_800_000,
    },
  }),
);
