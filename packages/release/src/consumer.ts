import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CONSUMER_APP, consumerTsconfig, USES_REMOVED_OPERATION } from './consumer-app.js';
import { run } from './exec.js';

/** The package managers a consumer installs with. */
export type PackageManager = 'npm' | 'pnpm';

/** What the packages the consumer installs are. */
export const CONSUMER_PACKAGES: readonly string[] = ['@imgur-ts/album', '@imgur-ts/comment', '@imgur-ts/core', '@imgur-ts/mock'];

/** The environment for a consumer's installs: no npm/pnpm settings or tokens inherited from the caller. */
export function consumerEnv(base: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(base)) {
    const lower = k.toLowerCase();
    if (lower.startsWith('npm_config_') || lower.startsWith('pnpm_config_') || lower === 'node_auth_token' || lower === 'npm_token') continue;
    env[k] = v;
  }
  return env;
}

/**
 * Creates a consumer project in `dir` (outside any workspace): a package.json,
 * an `.npmrc` that takes `@imgur-ts/*` from `registry` and everything else
 * from the default registry, the app sources and their tsconfigs. For pnpm, a
 * `pnpm-workspace.yaml` exempts `@imgur-ts/*` from pnpm's minimum release age
 * (the packages were published seconds ago).
 */
export function createConsumer(dir: string, registry: string, pm: PackageManager): void {
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: `rehearsal-consumer-${pm}`, private: true, type: 'module' }, null, 2)}\n`);
  writeFileSync(join(dir, '.npmrc'), `@imgur-ts:registry=${registry}\n`);
  if (pm === 'pnpm') writeFileSync(join(dir, 'pnpm-workspace.yaml'), "minimumReleaseAgeExclude:\n  - '@imgur-ts/*'\n");
  writeFileSync(join(dir, 'src/app.ts'), CONSUMER_APP);
  writeFileSync(join(dir, 'src/uses-removed.ts'), USES_REMOVED_OPERATION);
  writeFileSync(join(dir, 'tsconfig.json'), consumerTsconfig(['src/app.ts'], false));
  writeFileSync(join(dir, 'tsconfig.removed.json'), consumerTsconfig(['src/uses-removed.ts'], false));
}

/** Node's types for the consumer (the mock's types use `node:http`), the version the workspace uses. */
const CONSUMER_NODE_TYPES = '@types/node@20.19.43';

/**
 * Installs (or updates to) the `latest` versions of {@link CONSUMER_PACKAGES}
 * with `pm`, plus {@link CONSUMER_NODE_TYPES} from the default registry.
 */
export function installLatest(dir: string, pm: PackageManager): void {
  const specs = [...CONSUMER_PACKAGES.map((p) => `${p}@latest`), CONSUMER_NODE_TYPES];
  const env = consumerEnv(process.env);
  if (pm === 'npm') run('npm', ['install', '--no-audit', '--no-fund', '--prefer-online', '--loglevel=error', ...specs], { cwd: dir, env });
  else run('pnpm', ['add', '--reporter=append-only', ...specs], { cwd: dir, env });
}

/**
 * Updates the consumer's dependencies within the ranges its package.json
 * saved (`^x.y.z`), as `npm update` / `pnpm update` do: what a user receives
 * without choosing a new major.
 */
export function updateWithinRanges(dir: string, pm: PackageManager): void {
  const env = consumerEnv(process.env);
  if (pm === 'npm') run('npm', ['update', '--no-audit', '--no-fund', '--prefer-online', '--loglevel=error'], { cwd: dir, env });
  else run('pnpm', ['update', '--reporter=append-only'], { cwd: dir, env });
}

/** The version of an installed package in the consumer's node_modules. */
export function installedVersion(dir: string, name: string): string {
  return (JSON.parse(readFileSync(join(dir, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
}

/** The CHANGELOG.md shipped in an installed package (empty when none). */
export function installedChangelog(dir: string, name: string): string {
  try {
    return readFileSync(join(dir, 'node_modules', name, 'CHANGELOG.md'), 'utf8');
  } catch {
    return '';
  }
}

/**
 * The TypeScript 7 (native) compiler of this package's `tsc7` alias: the
 * consumer is checked with `skipLibCheck: false`, which the JS compiler takes
 * 10+ s for on a 2-core machine (`pnpm pack:check` also checks with 5.9).
 */
async function tscBin(): Promise<string> {
  const require = createRequire(import.meta.url);
  const dir = dirname(require.resolve('tsc7/package.json'));
  const mod = (await import(pathToFileURL(join(dir, 'lib', 'getExePath.js')).href)) as { default: () => string };
  return mod.default();
}

/** Type-checks and compiles the consumer app with TypeScript against the installed packages. Throws with tsc's output. */
export async function buildConsumer(dir: string): Promise<void> {
  run(await tscBin(), ['-p', 'tsconfig.json'], { cwd: dir });
}

/**
 * Type-checks and compiles the program that uses the operation the breaking
 * change removes. Returns tsc's diagnostics: empty when it compiles.
 */
export async function checkRemovedOperationUse(dir: string): Promise<string> {
  const tsc = await tscBin();
  try {
    run(tsc, ['-p', 'tsconfig.removed.json', '--pretty', 'false'], { cwd: dir });
    return '';
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

/** Runs the compiled consumer app (which starts the installed mock) and returns the JSON it printed. */
export function runConsumer(dir: string): { ok: boolean; album: string; title: string } {
  const out = run(process.execPath, ['dist/app.js'], { cwd: dir, timeoutMs: 120_000 }).stdout.trim().split('\n').pop() ?? '';
  return JSON.parse(out) as { ok: boolean; album: string; title: string };
}

/** Runs the compiled program that uses the removed operation; throws with its output when it fails. */
export function runRemovedUse(dir: string): { ok: boolean; status: number } {
  const out = run(process.execPath, ['dist/uses-removed.js'], { cwd: dir, timeoutMs: 120_000 }).stdout.trim().split('\n').pop() ?? '';
  return JSON.parse(out) as { ok: boolean; status: number };
}
