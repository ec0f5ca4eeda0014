import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { workspacePackageForTag, workspacePackages } from '../../src/changesets/workspace-package-for-tag.js';
import { parseTagPackages } from '../../src/changesets/parse-tag-packages.js';
import { packageForTag, scopeOf } from '../../src/changesets/package-for-tag.js';

const root = mkdtempSync(join(tmpdir(), 'spec-diff-ws-'));
for (const name of ['album', 'client']) {
  mkdirSync(join(root, 'packages', name), { recursive: true });
  writeFileSync(join(root, 'packages', name, 'package.json'), JSON.stringify({ name: `@imgur-ts/${name}` }));
}
mkdirSync(join(root, 'packages', 'empty'));
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('packageForTag', () => {
  it.each([
    ['Album', '@imgur-ts/album'],
    ['Custom Gallery', '@imgur-ts/custom-gallery'],
    ['***', '@imgur-ts/untagged'],
  ])('%s → %s', (tag, want) => {
    expect(packageForTag(tag)).toBe(want);
  });
  it('scopes by the name after the slash', () => {
    expect([scopeOf('@imgur-ts/album'), scopeOf('plain')]).toEqual(['album', 'plain']);
  });
});

describe('workspacePackages', () => {
  it('lists the named packages under packages/', async () => {
    expect([...(await workspacePackages(root))].sort()).toEqual(['@imgur-ts/album', '@imgur-ts/client']);
    expect((await workspacePackages(join(root, 'nope'))).size).toBe(0);
  });
});

describe('workspacePackageForTag', () => {
  it('maps tags with a workspace package to it and others to the fallback', async () => {
    const map = await workspacePackageForTag(root);
    expect(['Album', 'album', 'Extras'].map(map)).toEqual(['@imgur-ts/album', '@imgur-ts/album', '@imgur-ts/client']);
    expect((await workspacePackageForTag(root, '@x/other'))('Extras')).toBe('@x/other');
  });
});

describe('parseTagPackages', () => {
  it('overrides given tags and falls back for the rest', () => {
    const map = parseTagPackages(['Extras=@imgur-ts/image', 'A=b=c'], (t) => `fallback:${t}`);
    expect(['Extras', 'A', 'Album'].map(map)).toEqual(['@imgur-ts/image', 'b=c', 'fallback:Album']);
  });
  it.each(['Extras', '=x', 'x='])('rejects "%s"', (pair) => {
    expect(() => parseTagPackages([pair])).toThrow(`--tag-package expects Tag=package, got "${pair}"`);
  });
});
