import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sourceEntries } from '../src/source-entries.js';

const dir = mkdtempSync(join(tmpdir(), 'quality-entries-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
mkdirSync(join(dir, 'src'));
for (const f of ['index.ts', 'node.ts']) writeFileSync(join(dir, 'src', f), '');

describe('sourceEntries', () => {
  it('maps each exports entry with ./dist/*.d.ts types to its existing src/*.ts, root first', () => {
    const exports = {
      './node': { types: './dist/node.d.ts', default: './dist/node.js' },
      '.': { types: './dist/index.d.ts', default: './dist/index.js' },
      './missing': { types: './dist/missing.d.ts', default: './dist/missing.js' },
      './package.json': './package.json',
    };
    expect(sourceEntries(dir, { name: 'x', version: '1.0.0', exports })).toEqual([
      ['.', join(dir, 'src', 'index.ts')],
      ['./node', join(dir, 'src', 'node.ts')],
    ]);
  });

  it('is empty without exports', () => {
    expect(sourceEntries(dir, { name: 'x', version: '1.0.0' })).toEqual([]);
  });
});
