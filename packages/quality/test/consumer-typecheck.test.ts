// A sample app importing every resource package type-checks with TypeScript
// 5.9 and 7, with `strict` on and off, against the built workspace packages.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeConsumerApp, type ResourceModule } from '../src/consumer-app.js';
import { runTsc, type TscVersion } from '../src/run-tsc.js';
import { RESOURCE_PACKAGES } from '../src/pack-check.js';

// Inside this package's node_modules so the app resolves the workspace packages.
const dir = fileURLToPath(new URL('../node_modules/.cache/quality-consumer', import.meta.url));
const times: string[] = [];

beforeAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  const mods: ResourceModule[] = [];
  for (const name of RESOURCE_PACKAGES) mods.push({ name, exports: (await import(name)) as Record<string, unknown> });
  writeConsumerApp(dir, mods);
});
afterAll(() => console.log(`consumer type-check times:\n${times.join('\n')}`));

describe('consumer type-check', () => {
  it.each([
    ['5.9', 'strict'],
    ['5.9', 'loose'],
    ['7', 'strict'],
    ['7', 'loose'],
  ] as const)('TypeScript %s, %s', (version: TscVersion, mode) => {
    const run = runTsc(version, join(dir, `tsconfig.${mode}.json`));
    times.push(`  ${run.version.padEnd(28)} ${mode.padEnd(7)} ${String(run.ms).padStart(6)} ms`);
    expect(run.output).toBe('');
    expect(run.ok).toBe(true);
  });
});
