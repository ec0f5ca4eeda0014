import { writeFileSync } from 'node:fs';

/**
 * Environment variables through which npm and pnpm detect a CI provider that
 * can sign provenance (GitHub Actions' OIDC token, GitLab's Sigstore token).
 */
export const PROVENANCE_PROVIDER_VARS: readonly string[] = ['GITHUB_ACTIONS', 'ACTIONS_ID_TOKEN_REQUEST_URL', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN', 'GITLAB_CI', 'SIGSTORE_ID_TOKEN'];

/**
 * Writes a user npmrc for publishing to `registry` with `token` (mode 0600).
 * The token is written to this file only, never printed.
 */
export function writePublishNpmrc(file: string, registry: string, token: string): void {
  const host = registry.replace(/^https?:/, '');
  writeFileSync(file, `registry=${registry}\n${host}:_authToken=${token}\n`, { mode: 0o600 });
}

/**
 * The environment for running the release command (`pnpm release`, i.e.
 * `changeset publish`) against a local registry: the registry in
 * `npm_config_registry` (what changesets reads; lower case, as npm exports it
 * to scripts) and `NPM_CONFIG_REGISTRY`, the credentials in a user npmrc.
 *
 * Provenance: every package sets `publishConfig.provenance: true`. The publish
 * tool (pnpm, which changesets picks in a pnpm workspace) signs a provenance
 * statement only where a CI provider hands out an OIDC identity, and would log
 * the statement in the public Sigstore transparency log. A rehearsal must do
 * neither, so the provider variables are removed here: pnpm then publishes
 * without provenance, with the unchanged manifests and the same command as CI.
 * (npm itself would refuse instead: "Automatic provenance generation not
 * supported for provider: null".)
 */
export function publishEnv(base: NodeJS.ProcessEnv, registry: string, userconfig: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...base };
  for (const name of PROVENANCE_PROVIDER_VARS) delete env[name];
  for (const name of Object.keys(env)) {
    const lower = name.toLowerCase();
    // A registry or token from the caller's own config must not leak in.
    if (lower === 'npm_config_registry' || lower === 'npm_config_userconfig' || lower.endsWith('_authtoken') || lower === 'node_auth_token' || lower === 'npm_token') {
      delete env[name];
    }
  }
  env.npm_config_registry = registry;
  env.NPM_CONFIG_REGISTRY = registry;
  env.NPM_CONFIG_USERCONFIG = userconfig;
  return env;
}
