import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ESM_ONLY_PROFILE, runAttw } from '../src/run-attw.js';
import { GOOD_ESM, makeTarball } from './helpers.js';

const root = mkdtempSync(join(tmpdir(), 'quality-attw-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('runAttw', () => {
  it('passes an ESM-only package under the esm-only profile and records the node16-cjs finding as ignored', async () => {
    const tarball = makeTarball(root, 'good', GOOD_ESM);
    const { problems, ignored } = await runAttw(tarball);
    expect(problems).toEqual([]);
    expect(ignored).toEqual(['CJSResolvesToESM (node16-cjs) at .']);
  });

  it('reports require() of the ESM package when node16-cjs is in the profile', async () => {
    const tarball = makeTarball(root, 'good2', GOOD_ESM);
    const { problems } = await runAttw(tarball, [...ESM_ONLY_PROFILE, 'node16-cjs']);
    expect(problems).toEqual(['CJSResolvesToESM (node16-cjs) at .']);
  });

  it('reports CommonJS types for an ESM implementation (FalseCJS)', async () => {
    const manifest = GOOD_ESM['package.json'] as Record<string, unknown>;
    const tarball = makeTarball(root, 'false-cjs', {
      ...GOOD_ESM,
      'package.json': {
        ...manifest,
        name: 'false-cjs',
        files: ['index.js', 'index.d.cts'],
        types: './index.d.cts',
        exports: { '.': { types: './index.d.cts', default: './index.js' } },
      },
      'index.d.cts': 'export declare const one: 1;\n',
    });
    const { problems } = await runAttw(tarball);
    expect(problems.some((p) => p.startsWith('FalseCJS'))).toBe(true);
  });
});
