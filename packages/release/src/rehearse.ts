import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bumpBetween, changelogEntries } from './changelog.js';
import { editDescription, removeRequest, type PostmanCollection } from './collection-edits.js';
import {
  buildConsumer,
  checkRemovedOperationUse,
  consumerEnv,
  createConsumer,
  installedChangelog,
  installedVersion,
  installLatest,
  runConsumer,
  runRemovedUse,
  updateWithinRanges,
  CONSUMER_PACKAGES,
  type PackageManager,
} from './consumer.js';
import { commitAll, COPY_GIT_ENV, copyRepo } from './copy-repo.js';
import { run } from './exec.js';
import { argv, RELEASE_COMMANDS } from './release-commands.js';
import { formatPublished } from './format-report.js';
import { internalRangeProblems, newlyPublished, snapshotVersions, type PublishedVersion } from './published.js';
import { publishEnv, writePublishNpmrc } from './publish-env.js';
import { startRegistry } from './registry.js';
import { addRegistryUser } from './registry-user.js';
import { publishablePackages } from './workspace-packages.js';

/** The operation the breaking spec change removes, and the request it comes from. */
export const BREAKING_EDIT = { folder: 'Album', request: 'Album Image', operation: 'album.getAlbumImage', fn: 'getAlbumImage' } as const;
/** The documentation-only spec change. */
export const PATCH_EDIT = { folder: 'Album', request: 'Album Images', from: 'Lists all images of an album.', to: 'Lists every image of an album.' } as const;

/** What one consumer saw after one round of publishing. */
export interface ConsumerResult {
  pm: PackageManager;
  /** How the packages got there: `latest` (install `@latest`) or `update` (`npm update` / `pnpm update`, within the saved `^` ranges). */
  how: 'latest' | 'update';
  /** Installed versions of the consumer's packages (`@imgur-ts/album`, `comment`, `core`, `mock`). */
  versions: Record<string, string>;
  /** The JSON line the app printed against the mock. */
  output: { ok: boolean; album: string; title: string };
  /** Whether the program using the removed operation (function, `rawClient` route, mock route) compiled. */
  removedOperationTypechecks: boolean;
  /** What that program printed when it compiled and ran (it throws when the mock lacks the route). */
  removedOperationOutput?: { ok: boolean; status: number };
}

/** One publish round. */
export interface Round {
  label: string;
  published: PublishedVersion[];
  consumers: ConsumerResult[];
  /** For the spec-change rounds: the consumers after updating within their `^` ranges, before any `@latest` install. */
  updated?: ConsumerResult[];
  /** For the breaking round: the CHANGELOG.md entries of the new version of each consumer package that got a major. */
  majors?: Record<string, string[]>;
  /** For the spec-change rounds: `@imgur-ts/album`'s bump and its changelog entries for the new version. */
  album?: { from: string; to: string; bump: 'major' | 'minor' | 'patch'; changelog: string[] };
}

/** The whole rehearsal. */
export interface RehearsalReport {
  registry: string;
  rounds: Round[];
  ms: number;
}

/** Options of {@link rehearse}. */
export interface RehearseOptions {
  /** Progress lines (default: none). */
  log?: (line: string) => void;
  /** Keep the temp folder (its path is logged) instead of removing it. */
  keep?: boolean;
}

function fail(message: string): never {
  throw new Error(`release rehearsal: ${message}`);
}

/**
 * Rehearses a release end to end against a real registry: starts Verdaccio
 * on 127.0.0.1 (temp storage, no uplinks, a throwaway user), copies the
 * repository (`root`) into a temp folder, and there
 *
 * 1. applies the pending changesets (`pnpm release:version`) and publishes
 *    every package with the release command CI runs (`pnpm release`, i.e.
 *    `changeset publish`);
 * 2. installs `@imgur-ts/album`, `@imgur-ts/core` and `@imgur-ts/mock` from
 *    the registry into fresh projects with npm and with pnpm, type-checks a
 *    consumer app and runs it against the mock;
 * 3. removes a request from the collection (`pnpm fetch-collection`,
 *    `pnpm spec:update`), versions, publishes, and checks the consumers get a
 *    major `@imgur-ts/album` whose changelog names the removed operation, and
 *    that code calling it stops type-checking;
 * 4. edits only a description the same way and checks for a patch.
 *
 * Throws on the first failure. Stops Verdaccio by its pid and removes the temp
 * folder in every case (unless `keep`).
 */
export async function rehearse(root: string, opts: RehearseOptions = {}): Promise<RehearsalReport> {
  const log = opts.log ?? (() => undefined);
  const t0 = Date.now();
  const tmp = mkdtempSync(join(tmpdir(), 'imgur-ts-rehearsal-'));
  const step = <T>(what: string, fn: () => T): T => {
    const t = Date.now();
    const out = fn();
    log(`${what} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
    return out;
  };
  let registry: Awaited<ReturnType<typeof startRegistry>>;
  try {
    registry = await startRegistry(join(tmp, 'registry'));
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
  try {
    log(`verdaccio on ${registry.url} (pid ${registry.pid}), temp folder ${tmp}`);
    const user = await addRegistryUser(registry.url);
    const npmrc = join(tmp, 'publish.npmrc');
    writePublishNpmrc(npmrc, registry.url, user.token);
    // Commands in the copy get a git identity: `changeset publish` tags what it published.
    const env = { ...consumerEnv(process.env), ...COPY_GIT_ENV };
    const pubEnv = publishEnv(env, registry.url, npmrc);

    const repo = join(tmp, 'repo');
    step(`copied ${copyRepo(root, repo)} files of the repository`, () => undefined);
    step('pnpm install --frozen-lockfile in the copy', () => run('pnpm', ['install', '--frozen-lockfile', '--prefer-offline', '--reporter=append-only'], { cwd: repo, env }));
    const names = publishablePackages(repo).map((p) => p.name);
    if (!names.includes('@imgur-ts/album') || !names.includes('@imgur-ts/core')) fail('the workspace has no @imgur-ts/album or @imgur-ts/core');

    const publishRound = async (label: string): Promise<PublishedVersion[]> => {
      const before = await snapshotVersions(registry.url, names);
      step(`${label}: ${RELEASE_COMMANDS.version}`, () => run(...argv(RELEASE_COMMANDS.version), { cwd: repo, env }));
      commitAll(repo, `${label}: version packages`);
      const planned = publishablePackages(repo);
      step(`${label}: ${RELEASE_COMMANDS.publish} (changeset publish) to ${registry.url}`, () =>
        run(...argv(RELEASE_COMMANDS.publish), { cwd: repo, env: pubEnv, timeoutMs: 600_000 }),
      );
      const published = await newlyPublished(registry.url, names, before);
      const changed = planned.filter((p) => !(before.get(p.name) ?? []).includes(p.version));
      const missing = changed.filter((p) => !published.some((r) => r.name === p.name && r.version === p.version));
      if (missing.length > 0) fail(`${label}: not on the registry after publishing: ${missing.map((p) => `${p.name}@${p.version}`).join(', ')}`);
      const ranges = internalRangeProblems(published, new Map(planned.map((p) => [p.name, p.version])));
      if (ranges.length > 0) fail(`${label}: wrong internal dependency ranges in the published manifests:\n${ranges.join('\n')}`);
      log(`${label}: published ${published.length} package versions`);
      for (const line of formatPublished(published)) log(line);
      const album = published.find((r) => r.name === '@imgur-ts/album');
      if (album)
        log(
          `${label}: published @imgur-ts/album@${album.version} depends on ${Object.entries(album.dependencies)
            .map(([n, v]) => `${n} ${v}`)
            .join(', ')}`,
        );
      return published;
    };

    const consumers = (['npm', 'pnpm'] as const).map((pm) => ({ pm, dir: join(tmp, `consumer-${pm}`) }));
    const useConsumers = async (label: string, how: 'latest' | 'update'): Promise<ConsumerResult[]> => {
      const results: ConsumerResult[] = [];
      for (const { pm, dir } of consumers) {
        if (how === 'latest') step(`${label}: ${pm} installs ${CONSUMER_PACKAGES.join(', ')} @latest from the registry`, () => installLatest(dir, pm));
        else step(`${label}: ${pm} updates within the saved ^ ranges`, () => updateWithinRanges(dir, pm));
        const t = Date.now();
        await buildConsumer(dir);
        log(`${label}: ${pm} consumer type-checks and compiles (${((Date.now() - t) / 1000).toFixed(1)} s)`);
        const output = runConsumer(dir);
        if (!output.ok) fail(`${label}: the ${pm} consumer printed ${JSON.stringify(output)}`);
        const versions = Object.fromEntries(CONSUMER_PACKAGES.map((n) => [n, installedVersion(dir, n)]));
        const diagnostics = await checkRemovedOperationUse(dir);
        const removedOperationTypechecks = diagnostics === '';
        let removedOperationOutput: ConsumerResult['removedOperationOutput'];
        if (removedOperationTypechecks) {
          try {
            removedOperationOutput = runRemovedUse(dir);
          } catch (e) {
            fail(`${label}: the ${pm} consumer's use of ${BREAKING_EDIT.fn} compiled but failed to run: ${e instanceof Error ? e.message : e}`);
          }
        }
        log(
          `${label}: ${pm} consumer ran against the mock: ${JSON.stringify(output)}; ${removedOperationTypechecks ? `use of ${BREAKING_EDIT.fn} compiled and ran: ${JSON.stringify(removedOperationOutput)}` : `use of ${BREAKING_EDIT.fn} no longer compiles: ${diagnostics.split('\n').find((l) => /error TS/.test(l)) ?? diagnostics.slice(0, 200)}`}; installed ${Object.entries(
            versions,
          )
            .map(([n, v]) => `${n}@${v}`)
            .join(', ')}`,
        );
        results.push({ pm, how, versions, output, removedOperationTypechecks, ...(removedOperationOutput ? { removedOperationOutput } : {}) });
      }
      return results;
    };

    /** Checks that updating within ^ gave no major and kept everything compiling and running. */
    const checkUpdate = (label: string, was: ConsumerResult[], now: ConsumerResult[]): void => {
      for (const c of now) {
        const before = was.find((w) => w.pm === c.pm);
        for (const [name, version] of Object.entries(c.versions)) {
          const from = before?.versions[name];
          if (from !== undefined && from !== version && bumpBetween(from, version) === 'major')
            fail(`${label}: ${c.pm} update within ^ installed a major ${name} ${from} -> ${version}`);
        }
        if (!c.removedOperationTypechecks)
          fail(`${label}: after updating within ^, the ${c.pm} consumer's use of ${BREAKING_EDIT.fn} no longer compiles: a breaking change shipped in a non-major release`);
      }
    };

    const specChange = (label: string, edit: (c: PostmanCollection) => PostmanCollection): void => {
      const collection = JSON.parse(readFileSync(join(repo, 'spec/imgur.postman_collection.json'), 'utf8')) as PostmanCollection;
      const file = join(tmp, `${label}.postman_collection.json`);
      writeFileSync(file, `${JSON.stringify(edit(collection), null, 2)}\n`);
      step(`${label}: ${RELEASE_COMMANDS.fetchCollection}`, () => run(...argv(RELEASE_COMMANDS.fetchCollection, file), { cwd: repo, env }));
      const report = step(`${label}: ${RELEASE_COMMANDS.specUpdate}`, () => run(...argv(RELEASE_COMMANDS.specUpdate), { cwd: repo, env, timeoutMs: 600_000 })).stdout;
      for (const line of report.trim().split('\n')) log(`  | ${line}`);
      commitAll(repo, `${label}: spec update`);
    };

    const albumBump = (label: string, from: string, results: ConsumerResult[]): NonNullable<Round['album']> => {
      const tos = [...new Set(results.map((r) => r.versions['@imgur-ts/album']))];
      const to = tos[0];
      if (tos.length !== 1 || to === undefined) fail(`${label}: npm and pnpm installed different @imgur-ts/album versions: ${tos.join(', ')}`);
      const changelog = changelogEntries(installedChangelog(consumers[0]?.dir ?? '', '@imgur-ts/album'), to);
      const bump = bumpBetween(from, to);
      log(`${label}: @imgur-ts/album ${from} -> ${to} (${bump}); CHANGELOG.md ## ${to}:`);
      for (const e of changelog) log(`  - ${e}`);
      return { from, to, bump, changelog };
    };

    const rounds: Round[] = [];
    // 1. First release.
    const first = await publishRound('first release');
    for (const { pm, dir } of consumers) createConsumer(dir, registry.url, pm);
    const firstConsumers = await useConsumers('first release', 'latest');
    for (const c of firstConsumers) {
      if (!c.removedOperationOutput?.ok) fail(`first release: the use of ${BREAKING_EDIT.fn} does not compile and run in the ${c.pm} consumer before it is removed`);
    }
    rounds.push({ label: 'first release', published: first, consumers: firstConsumers });

    // 2. Breaking spec change: what ^ ranges install keeps working; the majors name what broke.
    let albumVersion = firstConsumers[0]?.versions['@imgur-ts/album'] ?? fail('first release: no @imgur-ts/album installed');
    specChange('breaking change', (c) => removeRequest(c, BREAKING_EDIT.folder, BREAKING_EDIT.request));
    const breaking = await publishRound('breaking change');
    const breakingUpdated = await useConsumers('breaking change', 'update');
    checkUpdate('breaking change', firstConsumers, breakingUpdated);
    const breakingConsumers = await useConsumers('breaking change', 'latest');
    const major = albumBump('breaking change', albumVersion, breakingConsumers);
    if (major.bump !== 'major') fail(`breaking change: @imgur-ts/album went ${major.from} -> ${major.to}, a ${major.bump} bump, not major`);
    if (!major.changelog.some((e) => e.includes(`removed operation ${BREAKING_EDIT.operation}`))) {
      fail(`breaking change: the CHANGELOG.md of @imgur-ts/album ${major.to} does not name the removed operation ${BREAKING_EDIT.operation}`);
    }
    const majors: Record<string, string[]> = {};
    for (const name of CONSUMER_PACKAGES) {
      const from = firstConsumers[0]?.versions[name];
      const to = breakingConsumers[0]?.versions[name];
      if (from === undefined || to === undefined || from === to || bumpBetween(from, to) !== 'major') continue;
      majors[name] = changelogEntries(installedChangelog(consumers[0]?.dir ?? '', name), to);
      log(`breaking change: ${name} ${from} -> ${to} (major); CHANGELOG.md ## ${to}: ${majors[name].join(' | ')}`);
      if (majors[name].length === 0) fail(`breaking change: ${name} ${to} is a major whose CHANGELOG.md names nothing`);
    }
    for (const c of breakingConsumers) {
      if (c.removedOperationTypechecks) fail(`breaking change: code using ${BREAKING_EDIT.fn} still compiles in the ${c.pm} consumer after the major updates`);
    }
    rounds.push({ label: 'breaking change', published: breaking, consumers: breakingConsumers, updated: breakingUpdated, majors, album: major });

    // 3. Documentation-only spec change: a patch, which ^ ranges install.
    albumVersion = major.to;
    specChange('description change', (c) => editDescription(c, PATCH_EDIT.folder, PATCH_EDIT.request, PATCH_EDIT.from, PATCH_EDIT.to));
    const patch = await publishRound('description change');
    const patchConsumers = await useConsumers('description change', 'update');
    const patchBump = albumBump('description change', albumVersion, patchConsumers);
    if (patchBump.bump !== 'patch') fail(`description change: @imgur-ts/album went ${patchBump.from} -> ${patchBump.to}, a ${patchBump.bump} bump, not patch`);
    rounds.push({ label: 'description change', published: patch, consumers: patchConsumers, updated: patchConsumers, album: patchBump });

    const ms = Date.now() - t0;
    log(`rehearsal passed in ${(ms / 1000).toFixed(1)} s`);
    return { registry: registry.url, rounds, ms };
  } finally {
    await registry.stop();
    if (opts.keep) log(`kept ${tmp}`);
    else rmSync(tmp, { recursive: true, force: true });
  }
}
