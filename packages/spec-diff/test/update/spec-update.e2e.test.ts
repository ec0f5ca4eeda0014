// End to end: edit the pinned collection in a temporary copy of the committed
// repository (HEAD), run spec:update there (real converter, overlays and
// generators) and check the changesets it writes and what
// `changeset version` makes of them. The real working tree is only read.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import parse from '@changesets/parse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSpecUpdateCli } from '../../src/update/spec-update-cli.js';

const REPO = fileURLToPath(new URL('../../../../', import.meta.url));
const COPY = [
  'package.json',
  'pnpm-workspace.yaml',
  'pnpm-lock.yaml',
  'turbo.json',
  'tsconfig.base.json',
  'vitest.shared.ts',
  '.changeset/config.json',
  'scripts',
  'spec',
  'packages',
];

let root = '';

/** Runs `command` with `sh` in `cwd` of the copy, with that folder's and the root's `node_modules/.bin` on PATH. */
function sh(cwd: string, command: string): Promise<void> {
  return new Promise((ok, fail) => {
    const dir = join(root, cwd);
    const PATH = [join(dir, 'node_modules', '.bin'), join(root, 'node_modules', '.bin'), process.env.PATH ?? ''].join(delimiter);
    const child = spawn('sh', ['-c', command], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, PATH } });
    let err = '';
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString();
    });
    child.on('error', fail);
    child.on('exit', (code) => (code === 0 ? ok() : fail(new Error(`${cwd}: \`${command}\` failed (${code}): ${err.slice(-2000)}`))));
  });
}

let toolsBuilt = false;

/**
 * The generated half of `pnpm generate` in the copy, and only that: builds the
 * two generator CLIs once (the copy has no dist/), then runs the `generate`
 * script of spec/ and, from the new spec/openapi.json, of every package that
 * has one and the root's `generate:resources` (the five resource packages).
 * Nothing else is built: changesets depend only on the spec and the generated
 * sources, which are what this test checks.
 */
async function generate(): Promise<void> {
  if (!toolsBuilt) {
    // Each tool's own build script (the converter bundles its dist/ with esbuild; tsc alone writes only its declarations).
    for (const tool of ['postman-to-openapi', 'codegen']) {
      const { build } = (JSON.parse(readFileSync(join(root, 'packages', tool, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
      await sh(join('packages', tool), build as string);
    }
    toolsBuilt = true;
  }
  const script = (dir: string) => (JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8')) as { scripts?: Record<string, string> }).scripts?.generate;
  await sh('spec', script('spec') ?? '');
  const resources = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts['generate:resources'];
  const jobs: [dir: string, command: string][] = [
    ['.', resources ?? ''],
    ...readdirSync(join(root, 'packages'))
      .map((d) => join('packages', d))
      .filter((d) => existsSync(join(root, d, 'package.json')) && script(d) !== undefined)
      .map((d): [string, string] => [d, script(d) ?? '']),
  ];
  await Promise.all(
    [0, 1].map(async (lane) => {
      for (const [dir, command] of jobs.filter((_, i) => i % 2 === lane)) await sh(dir, command);
    }),
  );
}

function version(pkg: string): string {
  return (JSON.parse(readFileSync(join(root, 'packages', pkg, 'package.json'), 'utf8')) as { version: string }).version;
}

function bump(v: string, type: 'major' | 'minor'): string {
  const [major = 0, minor = 0] = v.split('.').map(Number);
  return type === 'major' ? `${major + 1}.0.0` : `${major}.${minor + 1}.0`;
}

function git(...args: string[]): void {
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.test', ...args], { cwd: root, stdio: 'pipe' });
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'spec-diff-e2e-'));
  // The committed tree (not the working tree, which may hold unfinished edits),
  // plus the installed package links (symlinks, copied as links).
  const tar = join(root, 'head.tar');
  execFileSync('git', ['archive', '--format=tar', '-o', tar, 'HEAD', ...COPY], { cwd: REPO, stdio: 'pipe' });
  execFileSync('tar', ['-xf', tar, '-C', root], { stdio: 'pipe' });
  unlinkSync(tar);
  const dirs = ['spec', ...readdirSync(join(root, 'packages')).map((d) => join('packages', d))];
  for (const dir of dirs.filter((d) => existsSync(join(REPO, d, 'node_modules')) && existsSync(join(root, d)))) {
    cpSync(join(REPO, dir, 'node_modules'), join(root, dir, 'node_modules'), { recursive: true, verbatimSymlinks: true });
  }
  symlinkSync(join(REPO, 'node_modules'), join(root, 'node_modules'));
  // Baseline: regenerate the copy as it is and commit, so the test does not
  // depend on the state of the working tree's generated files.
  await generate();
  git('init', '-q');
  git('add', 'spec/openapi.json');
  git('commit', '-q', '-m', 'baseline');

  // The new collection: one request removed, one optional query parameter added,
  // one enum value added to a parameter table.
  const collection = JSON.parse(readFileSync(join(root, 'spec', 'imgur.postman_collection.json'), 'utf8')) as {
    item: { name: string; item: { name: string; request: { description: string; url: { raw: string; query: { key: string; value: string }[] } } }[] }[];
  };
  const album = collection.item.find((f) => f.name === 'Album');
  const gallery = collection.item.find((f) => f.name === 'Gallery')?.item.find((r) => r.name === 'Gallery');
  if (!album || !gallery) throw new Error('e2e setup: Album folder or Gallery request not found');
  album.item = album.item.filter((r) => r.name !== 'Favorite Album');
  gallery.request.url.query.push({ key: 'showTags', value: '{{showTags}}' });
  gallery.request.url.raw += '&showTags={{showTags}}';
  const described = gallery.request.description.replace('`hot` &#124; `top` &#124; `user`.', '`hot` &#124; `top` &#124; `user` &#124; `random`.');
  if (described === gallery.request.description) throw new Error('e2e setup: the Gallery section table changed shape');
  gallery.request.description = described;
  writeFileSync(join(root, 'incoming.postman_collection.json'), JSON.stringify(collection, null, 2));
  // Nothing else is edited: the overlays' actions for the removed request are
  // reported as unmatched (not fatal), and the new enum value reaches the spec
  // from the collection's parameter table alone.
}, 600_000);

afterAll(() => {
  if (root === '') return;
  if (existsSync(join(root, 'node_modules'))) unlinkSync(join(root, 'node_modules'));
  rmSync(root, { recursive: true, force: true });
});

describe('spec:update end to end', () => {
  it('writes changesets for exactly the changed packages, with the bumps of the diff', async () => {
    const { fetchCollection } = (await import(pathToFileURL(join(root, 'scripts', 'lib', 'fetch-collection.mjs')).href)) as {
      fetchCollection: (args: { source: string; out: string }) => Promise<unknown>;
    };
    let out = '';
    let err = '';
    const code = await runSpecUpdateCli([join(root, 'incoming.postman_collection.json'), '--json'], {
      cwd: root,
      stdout: (t) => {
        out += t;
      },
      stderr: (t) => {
        err += t;
      },
      fetchCollection: async (source, dest) => {
        await fetchCollection({ source, out: dest });
      },
      generate,
    });
    expect({ code, err: code === 0 ? '' : err }).toEqual({ code: 0, err: '' });
    const result = JSON.parse(out) as { changedPackages: string[]; files: string[] };

    const dir = join(root, '.changeset');
    const written = readdirSync(dir)
      .filter((f) => f.endsWith('.md'))
      .map((f) => parse(readFileSync(join(dir, f), 'utf8')));
    expect(written).toHaveLength(result.files.length);
    const bySummary = new Map(written.map((c) => [c.summary, [...c.releases].sort((a, b) => (a.name < b.name ? -1 : 1))]));

    // The three edits, each with its bump for the package it belongs to and the client.
    expect(bySummary.get('album: removed operation album.favoriteAlbum (breaking)')).toEqual([
      { name: '@imgur-ts/album', type: 'major' },
      { name: '@imgur-ts/client', type: 'major' },
    ]);
    expect(bySummary.get('gallery: added optional query parameter showTags to gallery.getGallery (feature)')).toEqual([
      { name: '@imgur-ts/client', type: 'minor' },
      { name: '@imgur-ts/gallery', type: 'minor' },
    ]);
    expect(bySummary.get('gallery: added value "random" to enum of path parameter section of gallery.getGallery (feature)')).toEqual([
      { name: '@imgur-ts/client', type: 'minor' },
      { name: '@imgur-ts/gallery', type: 'minor' },
    ]);
    // Everything else (the edited description, packages regenerated without an API change) is a patch.
    const others = written.filter((c) => !/\((breaking|feature)\)$/.test(c.summary));
    expect(others.flatMap((c) => c.releases.map((r) => r.type)).every((t) => t === 'patch')).toBe(true);
    expect(written).toHaveLength(3 + others.length);
    // Exactly the packages whose generated code changed are released; untouched ones are not.
    const released = [...new Set(written.flatMap((c) => c.releases.map((r) => r.name)))].sort();
    expect(released).toEqual(result.changedPackages);
    for (const untouched of ['@imgur-ts/account', '@imgur-ts/comment', '@imgur-ts/image', '@imgur-ts/models']) {
      expect(released).not.toContain(untouched);
    }

    // changeset version turns them into versions and changelog entries.
    const before = { album: version('album'), client: version('client'), gallery: version('gallery') };
    const cli = join(root, 'node_modules', '@changesets', 'cli', 'bin.js');
    execFileSync(process.execPath, [cli, 'version'], { cwd: root, stdio: 'pipe', env: { ...process.env, CI: '1' } });
    const after = { album: version('album'), client: version('client'), gallery: version('gallery') };
    expect(after).toEqual({ album: bump(before.album, 'major'), client: bump(before.client, 'major'), gallery: bump(before.gallery, 'minor') });
    expect(readFileSync(join(root, 'packages', 'album', 'CHANGELOG.md'), 'utf8')).toContain('album: removed operation album.favoriteAlbum (breaking)');
  }, 600_000);
});
