// The whole release rehearsal (`pnpm release:rehearse`): a real Verdaccio, the
// release commands CI runs, npm and pnpm consumers, a breaking and a
// documentation-only spec change.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BREAKING_EDIT, rehearse } from '../src/rehearse.js';
import { publishablePackages } from '../src/workspace-packages.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));

describe('pnpm release:rehearse', () => {
  it('publishes every package; consumers keep compiling and running after every update ^ installs; a removed operation is a major for every package whose users see it, named in its changelog; a description edit is a patch', async () => {
    const lines: string[] = [];
    const tree = () => publishablePackages(root).map((p) => `${p.name}@${p.version}`);
    const before = { manifests: tree(), changesets: readdirSync(`${root}.changeset`).sort() };
    let report: Awaited<ReturnType<typeof rehearse>>;
    try {
      report = await rehearse(root, { log: (l) => lines.push(l) });
    } finally {
      // One block in the test output: what was published, the consumers, the bumps.
      console.log(lines.join('\n'));
    }
    const names = publishablePackages(root).map((p) => p.name);
    const [first, breaking, patch] = report.rounds;

    // First release: every publishable package, at the version its changesets give.
    expect(first?.published.map((r) => r.name)).toEqual(names);
    for (const r of first?.published ?? []) {
      expect(r.version, r.name).toMatch(/^\d+\.\d+\.\d+$/);
      expect(r.tarballBytes, r.name).toBeGreaterThan(1_000);
    }
    // workspace:* became the exact versions published alongside.
    const firstVersion = (n: string) => first?.published.find((r) => r.name === n)?.version;
    expect(first?.published.find((r) => r.name === '@imgur-ts/album')?.dependencies).toEqual({
      '@imgur-ts/client': firstVersion('@imgur-ts/client'),
      '@imgur-ts/core': firstVersion('@imgur-ts/core'),
      '@imgur-ts/models': firstVersion('@imgur-ts/models'),
    });
    expect(first?.consumers.map((c) => c.pm)).toEqual(['npm', 'pnpm']);
    for (const c of first?.consumers ?? []) {
      expect(c.output).toMatchObject({ ok: true, title: 'release rehearsal' });
      expect(c.removedOperationTypechecks).toBe(true);
      expect(c.removedOperationOutput?.ok).toBe(true);
      expect(c.versions['@imgur-ts/album']).toBe(first?.published.find((r) => r.name === '@imgur-ts/album')?.version);
    }

    // Breaking change. Updating within ^ installs no major, and the code using the removed
    // function, its rawClient route and the mock's route still compiles and runs.
    for (const c of breaking?.updated ?? []) {
      expect(c.how).toBe('update');
      expect(c.output.ok).toBe(true);
      expect(c.removedOperationOutput?.ok).toBe(true);
      for (const [name, version] of Object.entries(c.versions)) expect(version.split('.')[0], name).toBe(first?.consumers[0]?.versions[name]?.split('.')[0]);
    }
    expect(breaking?.updated?.map((c) => c.pm)).toEqual(['npm', 'pnpm']);
    // The majors: album (removed operation), core (its rawClient route types), the mock (its route),
    // comment (it exposes core); each changelog names what broke.
    expect(breaking?.album?.bump).toBe('major');
    expect(breaking?.album?.changelog.join('\n')).toContain(`album: removed operation ${BREAKING_EDIT.operation} (breaking)`);
    expect(Object.keys(breaking?.majors ?? {}).sort()).toEqual(['@imgur-ts/album', '@imgur-ts/comment', '@imgur-ts/core', '@imgur-ts/mock']);
    expect(breaking?.majors?.['@imgur-ts/core']?.join('\n')).toContain('paths\\["/3/album/{albumHash}/image/{imageHash}"\\] of @imgur-ts/client');
    expect(breaking?.majors?.['@imgur-ts/mock']?.join('\n')).toContain('removed route GET /3/album/{albumHash}/image/{imageHash}');
    expect(breaking?.majors?.['@imgur-ts/comment']?.join('\n')).toContain('include those of @imgur-ts/core');
    expect(breaking?.published.map((r) => r.name)).toEqual(expect.arrayContaining(['@imgur-ts/album', '@imgur-ts/client', '@imgur-ts/core', '@imgur-ts/mock']));
    for (const c of breaking?.consumers ?? []) {
      expect(c.versions['@imgur-ts/album']).toBe(breaking?.album?.to);
      expect(c.output.ok).toBe(true);
      expect(c.removedOperationTypechecks).toBe(false);
    }

    // Description only: a patch, which updating within ^ installs.
    expect(patch?.album?.bump).toBe('patch');
    expect(patch?.album?.changelog.join('\n')).toContain('album: updated the description of album.getAlbumImages');
    for (const c of patch?.consumers ?? []) {
      expect(c.how).toBe('update');
      expect(c.versions['@imgur-ts/album']).toBe(patch?.album?.to);
    }

    expect(lines.join('\n')).toMatch(/first release: published \d+ package versions/);
    // The real tree is untouched: the same versions and the same pending changesets as before the rehearsal.
    expect({ manifests: tree(), changesets: readdirSync(`${root}.changeset`).sort() }).toEqual(before);
  });
});
