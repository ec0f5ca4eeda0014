import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const pkg = join(dirname(fileURLToPath(import.meta.url)), '..');
const run = (cmd: string, args: string[]) => spawnSync(cmd, args, { cwd: pkg, encoding: 'utf8' });
let dir = '';
let tarball = '';

describe('the packed package', () => {
  beforeAll(() => {
    const built = run(process.execPath, ['../../scripts/tsc.mjs', '-p', 'tsconfig.build.json']);
    expect(built.stdout + built.stderr).toBe('');
    dir = mkdtempSync(join(tmpdir(), 'imgur-core-pack-'));
    const packed = run('pnpm', ['pack', '--pack-destination', dir]);
    expect(packed.status, packed.stderr).toBe(0);
    tarball = join(dir, readdirSync(dir).find((f) => f.endsWith('.tgz'))!);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

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
});
