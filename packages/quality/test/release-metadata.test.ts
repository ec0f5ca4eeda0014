// Release metadata across the workspace: one Node range everywhere and in the
// docs, and a first release at 0.1.0 for every package still at 0.0.0.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import getReleasePlan from '@changesets/get-release-plan';
import { describe, expect, it } from 'vitest';
import { NODE_ENGINES } from '../src/check-manifest.js';
import { discoverPackages } from '../src/discover-packages.js';
import { repoRoot } from '../src/repo-root.js';
import type { Manifest } from '../src/types.js';

const root = repoRoot(fileURLToPath(new URL('.', import.meta.url)));
const read = (f: string) => readFileSync(join(root, f), 'utf8');
const manifestFiles = ['package.json', 'spec/package.json', 'examples/package.json', ...readdirSync(join(root, 'packages')).map((d) => `packages/${d}/package.json`)].filter((f) =>
  existsSync(join(root, f)),
);

describe('engines.node', () => {
  it(`is "${NODE_ENGINES}" in the root and every workspace package.json`, () => {
    const other = manifestFiles.map((f) => [f, (JSON.parse(read(f)) as Manifest).engines?.node]).filter(([, v]) => v !== NODE_ENGINES);
    expect(other).toEqual([]);
  });

  it('is what the README and the getting-started guide say (Node 20.19 or newer)', () => {
    const readme = read('README.md');
    expect(readme).toContain('Node 20.19+');
    expect(readme).not.toMatch(/Node 20(?![.\d])/);
    expect(read('guides/01-getting-started.md')).toContain('Node 20.19 or newer');
  });

  it('no package README or guide states another Node floor', () => {
    const docs = [
      ...readdirSync(join(root, 'guides'))
        .filter((f) => f.endsWith('.md'))
        .map((f) => `guides/${f}`),
      ...readdirSync(join(root, 'packages')).map((d) => `packages/${d}/README.md`),
    ].filter((f) => existsSync(join(root, f)));
    const stale = docs.filter((f) => /Node (?:\d+\+|20(?![.\d]))/.test(read(f)));
    expect(stale).toEqual([]);
  });
});

describe('the first release', () => {
  it('takes every publishable package still at 0.0.0 to 0.1.0 through the pending changesets', async () => {
    const plan = await getReleasePlan(root);
    const unreleased = discoverPackages(root).filter((p) => p.manifest.version === '0.0.0');
    const planned = Object.fromEntries(plan.releases.map((r) => [r.name, r.newVersion]));
    // Empty once the first release is out (no package left at 0.0.0).
    expect(unreleased.map((p) => [p.name, planned[p.name]])).toEqual(unreleased.map((p) => [p.name, '0.1.0']));
  });
});
