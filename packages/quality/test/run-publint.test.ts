import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runPublint } from '../src/run-publint.js';
import { GOOD_ESM, makeTarball } from './helpers.js';

const root = mkdtempSync(join(tmpdir(), 'quality-publint-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('runPublint', () => {
  it('finds nothing in a well-formed ESM package', async () => {
    expect(await runPublint(makeTarball(root, 'good', GOOD_ESM))).toEqual([]);
  });

  it('reports types after default and an exported file that is not in the tarball', async () => {
    const manifest = GOOD_ESM['package.json'] as Record<string, unknown>;
    const tarball = makeTarball(root, 'bad', {
      ...GOOD_ESM,
      'package.json': {
        ...manifest,
        name: 'bad',
        exports: { '.': { default: './index.js', types: './index.d.ts' }, './extra': { types: './extra.d.ts', default: './extra.js' } },
      },
    });
    const messages = await runPublint(tarball);
    expect(messages.some((m) => m.startsWith('error:') && m.includes('types'))).toBe(true);
    expect(messages.some((m) => m.includes('extra.js'))).toBe(true);
  });
});
