import { describe, expect, it } from 'vitest';
import { checkManifest } from '../src/check-manifest.js';
import type { Manifest } from '../src/types.js';

const good: Manifest = {
  name: '@imgur-ts/x',
  version: '1.0.0',
  type: 'module',
  license: 'MIT',
  sideEffects: false,
  files: ['dist', 'CHANGELOG.md'],
  engines: { node: '>=20.19' },
  repository: { type: 'git', url: 'git+https://example.invalid/x.git', directory: 'packages/x' },
  homepage: 'https://example.invalid/x#readme',
  bugs: { url: 'https://example.invalid/x/issues' },
  publishConfig: { access: 'public', provenance: true },
  exports: { '.': { types: './dist/index.d.ts', default: './dist/index.js' }, './package.json': './package.json' },
};

const table: [string, Partial<Manifest> & Record<string, unknown>, string][] = [
  ['CommonJS type', { type: 'commonjs' }, 'type: must be "module"'],
  ['types not first', { exports: { '.': { default: './dist/index.js', types: './dist/index.d.ts' } } }, 'exports["."]: first condition is "default", want "types"'],
  ['no root entry', { exports: { './sub': { types: './s.d.ts', default: './s.js' } } }, 'exports: has no "." entry'],
  ['bare string export of JS', { exports: { '.': './dist/index.js' } }, 'exports["."]: a bare string has no "types" condition'],
  ['no exports', { exports: undefined }, 'exports: must be an object of subpaths'],
  ['side effects', { sideEffects: true }, 'sideEffects: must be false'],
  ['no files', { files: [] }, 'files: must list what is published'],
  ['no engines', { engines: {} }, 'engines.node: missing'],
  ['other engines', { engines: { node: '>=20' } }, 'engines.node: ">=20", want ">=20.19"'],
  ['no CHANGELOG.md in files', { files: ['dist'] }, 'files: must include CHANGELOG.md'],
  ['no homepage', { homepage: undefined }, 'homepage: must be an https URL'],
  ['no bugs', { bugs: undefined }, 'bugs.url: must be an https URL'],
  ['bugs without url', { bugs: { email: 'a@b.invalid' } }, 'bugs.url: must be an https URL'],
  ['no publishConfig', { publishConfig: undefined }, 'publishConfig: missing'],
  ['restricted access', { publishConfig: { access: 'restricted', provenance: true } }, 'publishConfig.access: must be "public"'],
  ['no provenance', { publishConfig: { access: 'public' } }, 'publishConfig.provenance: must be true'],
  ['no license', { license: '' }, 'license: missing'],
  ['repository string', { repository: 'github:x/y' }, 'repository: must be an object with a url'],
  ['repository without directory', { repository: { url: 'git+https://example.invalid/x.git' } }, 'repository.directory: missing'],
];

describe('checkManifest', () => {
  it('accepts a complete ESM manifest', () => {
    expect(checkManifest(good)).toEqual([]);
  });

  it('compares engines.node with the range it is given', () => {
    expect(checkManifest({ ...good, engines: { node: '>=22' } }, '>=22')).toEqual([]);
    expect(checkManifest(good, '>=22')).toEqual(['engines.node: ">=20.19", want ">=22" (what the docs say)']);
  });

  it.each(table)('%s', (_label, patch, want) => {
    const problems = checkManifest({ ...good, ...patch } as Manifest);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(want);
  });
});
