import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { consumerEnv } from '../src/consumer.js';
import { PROVENANCE_PROVIDER_VARS, publishEnv, writePublishNpmrc } from '../src/publish-env.js';

const dir = mkdtempSync(join(tmpdir(), 'release-env-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('publishEnv', () => {
  const base = {
    PATH: '/usr/bin',
    GITHUB_ACTIONS: 'true',
    ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.invalid/',
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'secret-oidc',
    SIGSTORE_ID_TOKEN: 'secret-sigstore',
    GITLAB_CI: 'true',
    NODE_AUTH_TOKEN: 'secret-npm',
    NPM_TOKEN: 'secret-npm-2',
    npm_config_registry: 'https://registry.npmjs.org/',
    'npm_config_//registry.npmjs.org/:_authToken': 'secret-3',
  };
  const env = publishEnv(base, 'http://127.0.0.1:4873/', '/tmp/x.npmrc');

  it('removes the CI provider variables that would make the publish sign provenance', () => {
    for (const name of PROVENANCE_PROVIDER_VARS) expect(env[name], name).toBeUndefined();
  });

  it('points npm, pnpm and changesets at the local registry and its npmrc, and drops inherited tokens', () => {
    expect(env).toMatchObject({
      npm_config_registry: 'http://127.0.0.1:4873/',
      NPM_CONFIG_REGISTRY: 'http://127.0.0.1:4873/',
      NPM_CONFIG_USERCONFIG: '/tmp/x.npmrc',
      PATH: '/usr/bin',
    });
    expect(Object.values(env).filter((v) => v?.startsWith('secret'))).toEqual([]);
  });

  it('leaves its input alone', () => {
    expect(base.GITHUB_ACTIONS).toBe('true');
  });
});

describe('consumerEnv', () => {
  it('drops npm and pnpm settings and tokens, keeps the rest', () => {
    const env = consumerEnv({ PATH: '/bin', HOME: '/root', npm_config_registry: 'http://x/', NPM_CONFIG_USERCONFIG: '/x', pnpm_config_store_dir: '/s', NODE_AUTH_TOKEN: 't' });
    expect(env).toEqual({ PATH: '/bin', HOME: '/root' });
  });
});

describe('writePublishNpmrc', () => {
  it('writes the registry and the token for its host, readable by the owner only', () => {
    const file = join(dir, 'publish.npmrc');
    writePublishNpmrc(file, 'http://127.0.0.1:4873/', 'tok-123');
    expect(readFileSync(file, 'utf8')).toBe('registry=http://127.0.0.1:4873/\n//127.0.0.1:4873/:_authToken=tok-123\n');
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });
});
