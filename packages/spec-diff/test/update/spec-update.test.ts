import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import parse from '@changesets/parse';
import { afterEach, describe, expect, it } from 'vitest';
import { specUpdate } from '../../src/update/spec-update.js';
import type { OpenApiDocument, SurfaceReport } from '../../src/types.js';

const BASE = JSON.parse(readFileSync(new URL('../fixtures/base.openapi.json', import.meta.url), 'utf8')) as OpenApiDocument;
/* eslint-disable @typescript-eslint/no-explicit-any -- fixtures are edited as plain JSON */
// biome-ignore lint/suspicious/noExplicitAny: test documents are edited deep in place; a JSON type would need a cast at every step
type Doc = any;

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function put(root: string, path: string, text: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

/** A repo with spec/openapi.json and four packages with generated files. */
function repo(): string {
  const root = mkdtempSync(join(tmpdir(), 'spec-diff-update-'));
  dirs.push(root);
  put(root, 'spec/openapi.json', JSON.stringify(BASE));
  for (const name of ['album', 'client', 'image', 'models']) {
    put(root, `packages/${name}/package.json`, JSON.stringify({ name: `@imgur-ts/${name}`, version: '1.0.0' }));
    put(root, `packages/${name}/src/generated/${name}.gen.ts`, `// generated ${name} v1\n`);
  }
  put(root, 'packages/core/package.json', JSON.stringify({ name: '@imgur-ts/core', version: '1.0.0' }));
  return root;
}

/** The new spec: image.getImage removed, Image.height added. */
function newSpec(): Doc {
  const next = structuredClone(BASE) as Doc;
  delete next.paths['/3/image/{imageHash}'];
  next.components.schemas.Image.properties.height = { type: 'integer' };
  return next;
}

/** A stand-in for `pnpm generate`: writes the new spec and regenerates image, client and models (album unchanged). */
function fakeGenerate(root: string, calls: string[]): () => Promise<void> {
  return async () => {
    calls.push('generate');
    put(root, 'spec/openapi.json', JSON.stringify(newSpec()));
    for (const name of ['client', 'image', 'models']) put(root, `packages/${name}/src/generated/${name}.gen.ts`, `// generated ${name} v2\n`);
  };
}

function changesets(root: string): { summary: string; releases: { name: string; type: string }[] }[] {
  const dir = join(root, '.changeset');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .map((f) => parse(readFileSync(join(dir, f), 'utf8')))
    .sort((a, b) => (a.summary < b.summary ? -1 : 1));
}

const WANT = [
  {
    summary: 'image: removed operation image.getImage (breaking)',
    releases: [
      { name: '@imgur-ts/client', type: 'major' },
      { name: '@imgur-ts/image', type: 'major' },
    ],
  },
  // album's generated code did not change, but it exposes Image: released too; gallery is not in this workspace.
  {
    summary: 'models: added optional field Image.height (feature)',
    releases: [
      { name: '@imgur-ts/album', type: 'minor' },
      { name: '@imgur-ts/image', type: 'minor' },
      { name: '@imgur-ts/models', type: 'minor' },
    ],
  },
];

describe('specUpdate', () => {
  it('updates, regenerates, diffs and writes changesets for the packages whose generated code changed', async () => {
    const root = repo();
    const calls: string[] = [];
    const result = await specUpdate({
      root,
      updateCollection: async (dest) => {
        calls.push(`collection ${dest.slice(root.length)}`);
      },
      generate: fakeGenerate(root, calls),
    });
    expect(calls).toEqual(['collection /spec/imgur.postman_collection.json', 'generate']);
    expect(result.changedPackages).toEqual(['@imgur-ts/client', '@imgur-ts/image', '@imgur-ts/models']);
    expect(result.files).toHaveLength(2);
    expect(changesets(root)).toEqual(WANT);
  });

  it('with API reports, takes them before and after regenerating and lifts the packages whose reports require more', async () => {
    const root = repo();
    const calls: string[] = [];
    const route = { 'route GET /3/image/{imageHash}': 'image.getImage' };
    const reports = async (): Promise<SurfaceReport[]> => {
      calls.push('reports');
      const regenerated = calls.includes('generate');
      return [
        { name: '@imgur-ts/core', entries: regenerated ? {} : { '@imgur-ts/client#paths["/3/image/{imageHash}"]': 'x' }, exposes: ['@imgur-ts/client'] } as SurfaceReport,
        { name: '@imgur-ts/album', entries: { 'export . getAlbum': 'y' }, exposes: ['@imgur-ts/core'] },
        { name: '@imgur-ts/mock', entries: regenerated ? {} : route, exposes: [] },
      ];
    };
    await specUpdate({ root, generate: fakeGenerate(root, calls), reports });
    expect(calls).toEqual(['reports', 'generate', 'reports']);
    const lifted = changesets(root).filter((c) => !WANT.some((w) => w.summary === c.summary));
    expect(lifted).toEqual([
      {
        summary: 'album: its published types include those of @imgur-ts/core, which gets a release that caret ranges do not install, so update both together (breaking)',
        releases: [{ name: '@imgur-ts/album', type: 'major' }],
      },
      { summary: 'core: removed paths\\["/3/image/{imageHash}"\\] of @imgur-ts/client in its published API (breaking)', releases: [{ name: '@imgur-ts/core', type: 'major' }] },
    ]);
  });

  it('diffs against the committed spec when the root is a git repository', async () => {
    const root = repo();
    const git = (...args: string[]): void => {
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.test', ...args], { cwd: root, stdio: 'pipe' });
    };
    git('init', '-q');
    git('add', 'spec/openapi.json');
    git('commit', '-q', '-m', 'spec');
    // An uncommitted edit of the working-tree spec must not count as the base.
    const edited = structuredClone(BASE) as Doc;
    delete edited.paths['/3/image/{imageHash}'];
    put(root, 'spec/openapi.json', JSON.stringify(edited));
    const lines: string[] = [];
    const result = await specUpdate({ root, generate: fakeGenerate(root, []), log: (l) => lines.push(l) });
    expect(lines[0]).toBe('previous spec: HEAD:spec/openapi.json');
    expect(result.changes.map((c) => c.message)).toEqual(WANT.map((w) => w.summary));
  });

  it('writes nothing on a dry run', async () => {
    const root = repo();
    const result = await specUpdate({ root, generate: fakeGenerate(root, []), dryRun: true });
    expect(result.changesets.map((c) => c.summary)).toEqual(WANT.map((w) => w.summary));
    expect(result.files).toEqual([]);
    expect(readdirSync(root)).not.toContain('.changeset');
  });

  it('writes no changesets when generation fails', async () => {
    const root = repo();
    await expect(
      specUpdate({
        root,
        generate: async () => {
          throw new Error('pnpm generate failed (exit 1)');
        },
      }),
    ).rejects.toThrow('pnpm generate failed (exit 1)');
    expect(readdirSync(root)).not.toContain('.changeset');
  });

  it('fails clearly when there is no previous spec', async () => {
    const root = repo();
    rmSync(join(root, 'spec', 'openapi.json'));
    await expect(specUpdate({ root, generate: fakeGenerate(root, []) })).rejects.toThrow(/cannot read .*spec\/openapi\.json: no such file/);
  });
});
