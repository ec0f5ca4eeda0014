import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { propagatePending } from '../../src/surface/propagate-pending.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function repo(coreBump: string): string {
  const root = mkdtempSync(join(tmpdir(), 'propagate-pending-'));
  dirs.push(root);
  const put = (path: string, text: string) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  put('packages/core/package.json', JSON.stringify({ name: '@imgur-ts/core', version: '0.2.0' }));
  put('packages/core/src/index.ts', 'export interface ImgurClient { baseUrl: string }\n');
  put('packages/album/package.json', JSON.stringify({ name: '@imgur-ts/album', version: '0.1.0' }));
  put('packages/album/src/index.ts', "import type { ImgurClient } from '@imgur-ts/core';\n");
  put('packages/tests/package.json', JSON.stringify({ name: '@imgur-ts/tests', version: '0.0.0', private: true }));
  put('packages/tests/src/index.ts', "import type { ImgurClient } from '@imgur-ts/core';\n");
  put('.changeset/README.md', '# Changesets\n');
  put('.changeset/core-feature.md', `---\n"@imgur-ts/core": ${coreBump}\n---\n\nfeat(core): a new option\n`);
  return root;
}

describe('propagatePending', () => {
  it('gives a package exposing core a minor when core gets a minor below 1.0.0, once', async () => {
    const root = repo('minor');
    const first = await propagatePending(root);
    expect(first.added.map((c) => c.releases)).toEqual([[{ name: '@imgur-ts/album', type: 'minor' }]]);
    expect(first.files).toHaveLength(1);
    expect(readFileSync(first.files[0] ?? '', 'utf8')).toContain('album: its published types include those of @imgur-ts/core');
    const again = await propagatePending(root);
    expect(again.added).toEqual([]);
    expect(readdirSync(join(root, '.changeset')).filter((f) => f !== 'README.md')).toHaveLength(2);
  });

  it('adds nothing for a patch of core, and writes nothing on a dry run', async () => {
    expect((await propagatePending(repo('patch'))).added).toEqual([]);
    const root = repo('major');
    const dry = await propagatePending(root, { dryRun: true });
    expect(dry.added.map((c) => c.releases)).toEqual([[{ name: '@imgur-ts/album', type: 'major' }]]);
    expect(dry.files).toEqual([]);
  });

  it('names the file whose front matter cannot be read', async () => {
    const root = repo('minor');
    writeFileSync(join(root, '.changeset/bad.md'), '---\n"@imgur-ts/core": huge\n---\n\nx\n');
    await expect(propagatePending(root)).rejects.toThrow(/bad\.md: cannot read the release line "\\"@imgur-ts\/core\\": huge"/);
  });
});
