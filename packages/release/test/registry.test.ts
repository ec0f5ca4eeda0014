// A real Verdaccio on 127.0.0.1: start, add a user, publish with the
// rehearsal's environment (provenance on in the manifest, CI provider
// variables set by the caller), read it back, stop by pid.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { run } from '../src/exec.js';
import { newlyPublished, registryVersions } from '../src/published.js';
import { publishEnv, writePublishNpmrc } from '../src/publish-env.js';
import { startRegistry, type LocalRegistry } from '../src/registry.js';
import { addRegistryUser } from '../src/registry-user.js';
import { verdaccioConfig } from '../src/verdaccio-config.js';

const dir = mkdtempSync(join(tmpdir(), 'release-registry-'));
let registry: LocalRegistry;
beforeAll(async () => {
  registry = await startRegistry(join(dir, 'registry'));
});
afterAll(async () => {
  await registry?.stop();
  rmSync(dir, { recursive: true, force: true });
});

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('verdaccioConfig', () => {
  it('has no uplinks, keeps storage and users where told, lets authenticated users publish', () => {
    // biome-ignore lint/suspicious/noExplicitAny: the parsed YAML is read at any depth
    const c = parse(verdaccioConfig({ storage: '/t/storage', htpasswd: '/t/htpasswd' })) as Record<string, any>;
    expect(c.uplinks).toEqual({});
    expect(c.storage).toBe('/t/storage');
    expect(c.auth.htpasswd.file).toBe('/t/htpasswd');
    expect(c.packages['@*/*']).toEqual({ access: '$all', publish: '$authenticated', unpublish: '$authenticated' });
    expect(JSON.stringify(c.packages)).not.toContain('proxy');
  });
});

describe('a local Verdaccio', () => {
  it('listens on 127.0.0.1 and proxies nothing from another registry', async () => {
    expect(registry.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(alive(registry.pid)).toBe(true);
    expect((await registryVersions(registry.url, 'left-pad')).versions).toEqual([]);
  });

  it('refuses a publish without a user, accepts one from a throwaway user, with provenance: true in the manifest and CI variables around', async () => {
    const pkg = join(dir, 'pkg');
    mkdirSync(pkg, { recursive: true });
    writeFileSync(join(pkg, 'package.json'), JSON.stringify({ name: '@imgur-ts/probe', version: '1.2.3', license: 'MIT', publishConfig: { access: 'public', provenance: true } }));
    writeFileSync(join(pkg, 'index.js'), 'export {};\n');
    const anon = join(dir, 'anon.npmrc');
    writeFileSync(anon, `registry=${registry.url}\n`);
    const ciLike = { ...process.env, CI: 'true', GITHUB_ACTIONS: 'true' };
    expect(() => run('pnpm', ['publish', '--no-git-checks'], { cwd: pkg, env: publishEnv(ciLike, registry.url, anon) })).toThrow(/pnpm publish --no-git-checks` in .* failed/);

    const user = await addRegistryUser(registry.url, 'probe-user');
    const npmrc = join(dir, 'user.npmrc');
    writePublishNpmrc(npmrc, registry.url, user.token);
    run('pnpm', ['publish', '--no-git-checks'], { cwd: pkg, env: publishEnv(ciLike, registry.url, npmrc) });
    const rows = await newlyPublished(registry.url, ['@imgur-ts/probe'], new Map());
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ name: '@imgur-ts/probe', version: '1.2.3' });
    expect(rows[0]!.tarballBytes).toBeGreaterThan(100);
    expect(await newlyPublished(registry.url, ['@imgur-ts/probe'], new Map([['@imgur-ts/probe', ['1.2.3']]]))).toEqual([]);
  });

  it('does not hand a second token for a taken name, and the error holds no secret', async () => {
    await addRegistryUser(registry.url, 'twice');
    const err = await addRegistryUser(registry.url, 'twice').then(
      () => undefined,
      (e: Error) => e,
    );
    expect(err?.message).toMatch(/^could not add user "twice" to http:\/\/127\.0\.0\.1:\d+\/: HTTP 4\d\d/);
  });

  it('stops by its pid', async () => {
    const other = await startRegistry(join(dir, 'second'));
    expect(alive(other.pid)).toBe(true);
    await other.stop();
    expect(alive(other.pid)).toBe(false);
  });
});
