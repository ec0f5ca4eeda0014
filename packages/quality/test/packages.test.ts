// The gate over every publishable workspace package: manifest fields, README,
// publint and attw on the packed tarball, JSDoc on every public export.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkManifest } from '../src/check-manifest.js';
import { checkReadme } from '../src/check-readme.js';
import { discoverPackages } from '../src/discover-packages.js';
import { findUndocumented } from '../src/find-undocumented.js';
import { packPackage } from '../src/pack-package.js';
import { repoRoot } from '../src/repo-root.js';
import { runAttw } from '../src/run-attw.js';
import { runPublint } from '../src/run-publint.js';
import { sourceEntries } from '../src/source-entries.js';
import { tarballFiles } from '../src/tarball-files.js';
import type { Manifest } from '../src/types.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = repoRoot(here);
const packages = discoverPackages(root);
const packDir = mkdtempSync(join(tmpdir(), 'quality-pack-'));
afterAll(() => rmSync(packDir, { recursive: true, force: true }));

describe('the workspace', () => {
  it('has publishable packages', () => {
    expect(packages.length).toBeGreaterThan(0);
  });

  it('lists every publishable package as a devDependency of @imgur-ts/quality, so turbo builds them before these tests', () => {
    const own = JSON.parse(readFileSync(join(here, '..', 'package.json'), 'utf8')) as Manifest;
    const missing = packages.map((p) => p.name).filter((n) => own.devDependencies?.[n] !== 'workspace:*');
    expect(missing).toEqual([]);
  });
});

describe.each(packages.map((p) => [p.name, p] as const))('%s', (_name, pkg) => {
  let tarball = '';
  beforeAll(() => {
    tarball = packPackage(pkg.dir, packDir);
  });

  it('package.json has ESM exports with types first, sideEffects false, files, engines, license, repository, homepage, bugs, publishConfig', () => {
    expect(checkManifest(pkg.manifest)).toEqual([]);
  });

  it('the packed tarball holds LICENSE (the license of the repository), README.md and package.json', () => {
    const files = tarballFiles(tarball);
    expect(files).toEqual(expect.arrayContaining(['LICENSE', 'README.md', 'package.json']));
    expect(readFileSync(join(pkg.dir, 'LICENSE'), 'utf8')).toBe(readFileSync(join(root, 'LICENSE'), 'utf8'));
  });

  it('README.md has an install command and a runnable example', () => {
    const file = join(pkg.dir, 'README.md');
    expect(checkReadme(existsSync(file) ? readFileSync(file, 'utf8') : undefined, pkg.manifest)).toEqual([]);
  });

  it('is built (dist/index.js and dist/index.d.ts exist)', () => {
    expect([existsSync(join(pkg.dir, 'dist/index.js')), existsSync(join(pkg.dir, 'dist/index.d.ts'))]).toEqual([true, true]);
  });

  it('passes publint (strict) on the packed tarball', async () => {
    expect(await runPublint(tarball)).toEqual([]);
  });

  it('passes attw on the packed tarball (esm-only profile: node16-esm and bundler)', async () => {
    const { problems, ignored } = await runAttw(tarball);
    expect(problems).toEqual([]);
    // What guides/08-esm-only.md states: node10 resolves the package root (subpaths need
    // `exports`, which node10 ignores); node16 from CommonJS sees ESM only.
    const expected = (l: string) => l.startsWith('CJSResolvesToESM (node16-cjs)') || /^NoResolution \(node10\) at \.\/./.test(l);
    expect(ignored.filter((l) => !expected(l))).toEqual([]);
  });

  it('documents every public export of every entry point (src/index.ts and subpaths) with JSDoc', () => {
    const entries = sourceEntries(pkg.dir, pkg.manifest);
    expect(entries.map(([subpath]) => subpath)).toContain('.');
    expect(entries.flatMap(([, file]) => findUndocumented(file))).toEqual([]);
  });
});
