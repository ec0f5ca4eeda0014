import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { discoverPackages } from '../src/discover-packages.js';

const root = mkdtempSync(join(tmpdir(), 'quality-discover-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function pkg(dir: string, manifest: object | undefined): void {
  mkdirSync(join(root, 'packages', dir), { recursive: true });
  if (manifest) writeFileSync(join(root, 'packages', dir, 'package.json'), JSON.stringify(manifest));
}

describe('discoverPackages', () => {
  it('lists packages without private: true, sorted by name, and skips folders without package.json', () => {
    pkg('zeta', { name: '@s/zeta', version: '1.0.0' });
    pkg('alpha', { name: '@s/alpha', version: '1.0.0', private: false });
    pkg('internal', { name: '@s/internal', version: '1.0.0', private: true });
    pkg('empty', undefined);
    writeFileSync(join(root, 'packages', 'README.md'), 'not a package');
    const found = discoverPackages(root);
    expect(found.map((p) => p.name)).toEqual(['@s/alpha', '@s/zeta']);
    expect(found[0]?.dir).toBe(join(root, 'packages', 'alpha'));
  });
});
