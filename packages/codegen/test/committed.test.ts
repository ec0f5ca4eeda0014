import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateClient } from '../src/client.js';
import { generateModels } from '../src/models.js';
import { readSpec } from '../src/read-spec.js';
import { generateResource } from '../src/resource/generate-resource.js';
import type { GeneratedFiles } from '../src/types.js';
import { writeGenerated } from '../src/write-generated.js';

const root = new URL('../../../', import.meta.url).pathname;
const spec = readSpec(join(root, 'spec/openapi.json'));
const PACKAGES: ReadonlyArray<readonly [string, () => Promise<GeneratedFiles> | GeneratedFiles]> = [
  ['models', () => generateModels(spec)],
  ['client', () => generateClient(spec)],
  ...['account', 'album', 'comment', 'gallery', 'image'].map((tag) => [tag, () => generateResource(spec, tag)] as const),
];

describe('committed generated files', () => {
  it.each(PACKAGES)('packages/%s/src/generated equals a fresh generation from spec/openapi.json', async (pkg, generate) => {
    const dir = mkdtempSync(join(tmpdir(), `imgur-codegen-${pkg}-`));
    try {
      writeGenerated(dir, await generate());
      const committedDir = join(root, 'packages', pkg, 'src/generated');
      const names = readdirSync(dir).sort();
      expect(
        readdirSync(committedDir)
          .filter((f) => f.endsWith('.gen.ts'))
          .sort(),
      ).toEqual(names);
      for (const name of names) {
        const fresh = readFileSync(join(dir, name), 'utf8');
        expect(fresh === readFileSync(join(committedDir, name), 'utf8'), `${pkg}/src/generated/${name} is stale: run pnpm generate`).toBe(true);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
