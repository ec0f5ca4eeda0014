import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import parse from '@changesets/parse';
import writeChangeset from '@changesets/write';
import { afterEach, describe, expect, it } from 'vitest';
import { writeChangesets } from '../../src/changesets/write-changesets.js';
import type { PlannedChangeset } from '../../src/types.js';

const require = createRequire(import.meta.url);
const CLI = dirname(require.resolve('@changesets/cli/package.json'));
const REPO_CONFIG = new URL('../../../../.changeset/config.json', import.meta.url);

const PLANS: PlannedChangeset[] = [
  {
    summary: 'album: removed operation album.getAlbumImages (breaking)',
    releases: [
      { name: '@imgur-ts/album', type: 'major' },
      { name: '@imgur-ts/client', type: 'major' },
    ],
  },
  {
    summary: 'models: added optional field Image.height (feature)',
    releases: [
      { name: '@imgur-ts/models', type: 'minor' },
      { name: '@imgur-ts/album', type: 'minor' },
    ],
  },
  { summary: 'client: updated the description of album.getAlbum (fix)', releases: [{ name: '@imgur-ts/client', type: 'patch' }] },
];

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'spec-diff-changesets-'));
  dirs.push(d);
  return d;
}

function writeJson(path: string, value: unknown): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
}

/** A pnpm workspace with the repo's changeset config and four packages at 1.0.0. */
function workspace(): string {
  const root = tempDir();
  writeJson(join(root, 'package.json'), { name: 'fixture', private: true });
  writeFileSync(join(root, 'pnpm-workspace.yaml'), 'packages:\n  - packages/*\n');
  const pkgs: Record<string, Record<string, unknown>> = {
    models: { name: '@imgur-ts/models', version: '1.0.0' },
    client: { name: '@imgur-ts/client', version: '1.0.0', dependencies: { '@imgur-ts/models': 'workspace:*' } },
    album: { name: '@imgur-ts/album', version: '1.0.0', dependencies: { '@imgur-ts/client': 'workspace:*', '@imgur-ts/models': 'workspace:*' } },
    image: { name: '@imgur-ts/image', version: '1.0.0', dependencies: { '@imgur-ts/client': 'workspace:*' } },
    spec: { name: '@imgur-ts/spec', version: '0.0.0', private: true },
  };
  for (const [dir, manifest] of Object.entries(pkgs)) writeJson(join(root, 'packages', dir, 'package.json'), manifest);
  mkdirSync(join(root, '.changeset'));
  writeFileSync(join(root, '.changeset', 'config.json'), readFileSync(REPO_CONFIG));
  mkdirSync(join(root, 'node_modules', '@changesets'), { recursive: true });
  symlinkSync(CLI, join(root, 'node_modules', '@changesets', 'cli'));
  return root;
}

describe('writeChangesets', () => {
  it('writes one file per plan that @changesets/parse reads back', async () => {
    const root = tempDir();
    const files = await writeChangesets(PLANS, root);
    expect(files).toHaveLength(3);
    expect(readdirSync(join(root, '.changeset')).sort()).toEqual(files.map((f) => f.slice(join(root, '.changeset').length + 1)).sort());
    expect(files.map((f) => parse(readFileSync(f, 'utf8')))).toEqual(PLANS.map((p) => ({ summary: p.summary, releases: p.releases })));
  });

  it('writes nothing for an empty plan', async () => {
    const root = tempDir();
    expect(await writeChangesets([], root)).toEqual([]);
    expect(readdirSync(join(root, '.changeset'))).toEqual([]);
  });

  it('leaves no file behind when a write fails', async () => {
    const root = tempDir();
    mkdirSync(join(root, '.changeset'));
    writeFileSync(join(root, '.changeset', 'keep.md'), 'x');
    let calls = 0;
    const failingThird: typeof writeChangeset = async (changeset, cwd, options) => {
      if (++calls === 3) throw new Error('disk full');
      return writeChangeset(changeset, cwd, options);
    };
    await expect(writeChangesets(PLANS, root, failingThird)).rejects.toThrow('disk full');
    expect(calls).toBe(3);
    expect(readdirSync(join(root, '.changeset'))).toEqual(['keep.md']);
  });

  it('feeds changeset version: highest bump per package, one changelog line per change', async () => {
    const root = workspace();
    await writeChangesets(PLANS, root);
    execFileSync(process.execPath, [join(CLI, 'bin.js'), 'version'], { cwd: root, stdio: 'pipe', env: { ...process.env, CI: '1' } });
    const version = (dir: string): unknown => JSON.parse(readFileSync(join(root, 'packages', dir, 'package.json'), 'utf8')).version;
    expect({ album: version('album'), client: version('client'), models: version('models'), image: version('image'), spec: version('spec') }).toEqual({
      album: '2.0.0',
      client: '2.0.0',
      models: '1.1.0',
      image: '1.0.1',
      spec: '0.0.0',
    });
    const albumLog = readFileSync(join(root, 'packages', 'album', 'CHANGELOG.md'), 'utf8');
    expect(albumLog).toContain('## 2.0.0');
    expect(albumLog).toContain('album: removed operation album.getAlbumImages (breaking)');
    expect(albumLog).toContain('models: added optional field Image.height (feature)');
    const clientLog = readFileSync(join(root, 'packages', 'client', 'CHANGELOG.md'), 'utf8');
    expect(clientLog).toContain('client: updated the description of album.getAlbum (fix)');
    expect(readdirSync(join(root, '.changeset')).filter((f) => f.endsWith('.md'))).toEqual([]);
  });
});
