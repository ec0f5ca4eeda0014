import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { staleBuilds } from './api-report/stale-builds.js';
import { consumerEnv } from './consumer.js';
import { run } from './exec.js';
import { publishEnv, writePublishNpmrc } from './publish-env.js';
import { startRegistry, type LocalRegistry } from './registry.js';
import { addRegistryUser } from './registry-user.js';
import { publishablePackages, type WorkspacePackage } from './workspace-packages.js';

/** A local registry serving the workspace's packages, as `pnpm registry:local` starts it. */
export interface ServedRegistry {
  registry: LocalRegistry;
  /** The packages published, at their current versions. */
  published: WorkspacePackage[];
  /** The line a project's `.npmrc` needs: `@imgur-ts` from this registry, everything else as before. */
  npmrc: string;
  /** Stops Verdaccio (by its pid) and removes its temp storage. */
  stop(): Promise<void>;
}

/** Options of {@link serveLocalRegistry}. */
export interface ServeOptions {
  /** Port on 127.0.0.1; 0 (the default) picks a free one. */
  port?: number;
  /** Progress lines. */
  log?: (line: string) => void;
}

/**
 * Builds the publishable packages of the workspace at `root` whose `dist/` is
 * missing or older than their sources (with their workspace dependencies, from
 * the committed generated code), starts
 * Verdaccio on 127.0.0.1 with storage in a temp folder and no uplinks, and
 * publishes every publishable package into it at its current version with
 * `pnpm publish` (which turns `workspace:*` into those versions). Third-party
 * dependencies are not in it: the `.npmrc` line it returns scopes only
 * `@imgur-ts` to it. On failure everything started is stopped and removed.
 */
export async function serveLocalRegistry(root: string, opts: ServeOptions = {}): Promise<ServedRegistry> {
  const log = opts.log ?? (() => undefined);
  const packages = publishablePackages(root);
  const env = consumerEnv(process.env);
  const stale = staleBuilds(root);
  if (stale.length > 0) {
    log(`building ${stale.join(', ')} (dist/ missing or older than the sources)`);
    run('pnpm', ['-r', ...stale.flatMap((name) => ['--filter', `${name}...`]), '--reporter=append-only', 'run', 'build'], { cwd: root, env, timeoutMs: 1_800_000 });
  }
  const tmp = mkdtempSync(join(tmpdir(), 'imgur-ts-registry-'));
  let registry: LocalRegistry | undefined;
  const stop = async () => {
    await registry?.stop();
    rmSync(tmp, { recursive: true, force: true });
  };
  try {
    registry = await startRegistry(join(tmp, 'registry'), opts.port === undefined ? {} : { port: opts.port });
    const user = await addRegistryUser(registry.url, 'local');
    const npmrc = join(tmp, 'publish.npmrc');
    writePublishNpmrc(npmrc, registry.url, user.token);
    const pubEnv = publishEnv(env, registry.url, npmrc);
    for (const p of packages) {
      run('pnpm', ['publish', '--no-git-checks', '--access', 'public', '--registry', registry.url], { cwd: p.dir, env: pubEnv, timeoutMs: 600_000 });
      log(`published ${p.name}@${p.version}`);
    }
    return { registry, published: packages, npmrc: `@imgur-ts:registry=${registry.url}`, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}
