import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const pkg = join(dirname(fileURLToPath(import.meta.url)), '..');
const run = (cmd: string, args: string[]) => spawnSync(cmd, args, { cwd: pkg, encoding: 'utf8' });
const dist = join(pkg, 'dist');
const jsFiles = (d: string): string[] =>
  readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? jsFiles(join(d, e.name)) : e.name.endsWith('.js') ? [join(d, e.name)] : []));
const load = (entry: string) => import(pathToFileURL(join(dist, `${entry}.js`)).href) as Promise<Record<string, unknown>>;
let dir = '';
let tarball = '';

describe('the packed package', () => {
  beforeAll(() => {
    const built = run(process.execPath, ['scripts/build.mjs']);
    expect(built.stdout + built.stderr).toBe('');
    dir = mkdtempSync(join(tmpdir(), 'imgur-core-pack-'));
    const packed = run('pnpm', ['pack', '--pack-destination', dir]);
    expect(packed.status, packed.stderr).toBe(0);
    tarball = join(dir, readdirSync(dir).find((f) => f.endsWith('.tgz'))!);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('bundles dist/ (scripts/build.mjs): one JavaScript file per exports entry, and shared chunks', () => {
    const files = jsFiles(dist).map((f) => relative(dist, f));
    const entries = files.filter((f) => !f.startsWith('chunks/')).sort();
    expect(entries).toEqual(['capture.js', 'index.browser.js', 'index.js', 'index.node.js', 'node.js', 'store.js']);
    expect(files.length - entries.length).toBeGreaterThan(0);
    expect(files.length - entries.length).toBeLessThan(10);
  });

  it('defines every class once across all files', () => {
    const defined = jsFiles(dist).flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/^(?:var (\w+) = class\b|class (\w+))/gm)].map((m) => m[1] ?? m[2]));
    expect(defined).toContain('ImgurError');
    expect(defined.filter((name, i) => defined.indexOf(name) !== i)).toEqual([]);
  });

  it('gives the same error classes from every entry; an error made by ./node is instanceof the main entry’s', async () => {
    const [main, node, browser, fromNode] = await Promise.all([load('index'), load('index.node'), load('index.browser'), load('node')]);
    for (const name of ['ImgurError', 'ImgurApiError', 'ImgurUploadError', 'ImgurTimeoutError', 'ImgurBudgetError']) {
      expect(main[name]).toBeTypeOf('function');
      expect(node[name]).toBe(main[name]);
      expect(browser[name]).toBe(main[name]);
    }
    const fileFromPath = fromNode.fileFromPath as (path: string) => Promise<File>;
    const error = await fileFromPath(join(dist, 'no-such-file.png')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(main.ImgurUploadError as new () => Error);
    expect(error).toBeInstanceOf(main.ImgurError as new () => Error);
  });

  it('is publint-clean (strict, suggestions included)', async () => {
    const data = readFileSync(tarball);
    const { messages, pkg: manifest } = await publint({
      pack: { tarball: data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) },
      level: 'suggestion',
      strict: true,
    });
    expect(messages.map((m) => formatMessage(m, manifest))).toEqual([]);
  });

  it('has correct types for every ESM resolution (attw, offline from the tarball)', () => {
    const attw = run(join(pkg, 'node_modules/.bin/attw'), [tarball, '--profile', 'esm-only', '--format', 'json']);
    // attw exits non-zero on any problem in the resolutions the profile checks (node16 from ESM, bundler).
    expect(attw.status, attw.stdout + attw.stderr).toBe(0);
    const { problems } = JSON.parse(attw.stdout) as { problems: Record<string, { resolutionKind: string }[]> };
    const counted = Object.values(problems)
      .flat()
      .filter((p) => !['node10', 'node16-cjs'].includes(p.resolutionKind));
    expect(counted).toEqual([]);
  });

  it('ships dist with types and no test files; workspace dependencies are pinned', () => {
    const list = run('tar', ['-tzf', tarball]).stdout.split('\n');
    expect(list).toContain('package/dist/index.js');
    expect(list).toContain('package/dist/index.d.ts');
    expect(list.some((f) => f.startsWith('package/test/'))).toBe(false);
    const manifest = JSON.parse(run('tar', ['-xzOf', tarball, 'package/package.json']).stdout) as { dependencies: Record<string, string> };
    expect(Object.values(manifest.dependencies).some((v) => v.startsWith('workspace:'))).toBe(false);
  });

  it('resolves the browser build under the browser condition, the main build for workers', async () => {
    // The built package as node_modules/@imgur-ts/core, so esbuild reads its export conditions.
    const modules = join(dir, 'node_modules');
    mkdirSync(join(modules, '@imgur-ts'), { recursive: true });
    symlinkSync(pkg, join(modules, '@imgur-ts/core'));
    const bundle = async (conditions: string[]): Promise<string> => {
      const out = await build({
        stdin: { contents: "export { createImgurClient } from '@imgur-ts/core';", resolveDir: dir },
        nodePaths: [modules],
        bundle: true,
        platform: 'browser',
        conditions,
        write: false,
        logLevel: 'silent',
      });
      return out.outputFiles[0]!.text;
    };
    const browser = await bundle([]);
    expect(browser).toContain('the browser build follows none');
    expect(browser).not.toContain('credentials stay with');
    for (const worker of [['workerd', 'worker'], ['worker']]) {
      const code = await bundle(worker);
      expect(code).toContain('credentials stay with');
      expect(code).not.toContain('the browser build follows none');
    }
  });

  it('bundles into an app (esbuild, browser and Node) without a warning', async () => {
    // The package as node_modules/@imgur-ts/core (linked by the test before), the image package's functions from its source.
    const modules = join(dir, 'node_modules');
    for (const platform of ['browser', 'node'] as const) {
      const out = await build({
        stdin: {
          contents:
            "import { createImgurClient } from '@imgur-ts/core'; import { uploadImage } from '@imgur-ts/image'; export const go = (image: Blob) => uploadImage(createImgurClient({ clientId: 'id' }), { image });",
          resolveDir: dir,
          loader: 'ts',
        },
        alias: { '@imgur-ts/image': join(pkg, '../image/src/index.ts') },
        nodePaths: [modules],
        bundle: true,
        platform,
        format: 'esm',
        write: false,
        logLevel: 'silent',
      });
      expect([platform, out.warnings.map((w) => w.text)]).toEqual([platform, []]);
      expect(out.outputFiles[0]!.text).toContain('uploadImage');
    }
  });
});
