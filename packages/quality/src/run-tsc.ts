import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';

const require = createRequire(import.meta.url);

/** Which compiler: TypeScript 5.9 (JS) or TypeScript 7 native (package alias `tsc7`). */
export type TscVersion = '5.9' | '7';

/** Path of the `tsc` entry script of the given compiler, from this package's dependencies. */
export function tscBin(version: TscVersion): string {
  const pkg = version === '5.9' ? 'typescript/package.json' : 'tsc7/package.json';
  return join(dirname(require.resolve(pkg)), 'bin', 'tsc');
}

/** Outcome of one compiler run. */
export interface TscRun {
  readonly ok: boolean;
  readonly ms: number;
  readonly output: string;
  readonly version: string;
}

/** Runs `tsc -p <project>` with the given compiler and times it (wall clock, including start-up). */
export function runTsc(version: TscVersion, project: string, extraArgs: readonly string[] = []): TscRun {
  const bin = tscBin(version);
  const v = spawnSync(process.execPath, [bin, '--version'], { encoding: 'utf8' }).stdout.trim();
  const t = performance.now();
  const r = spawnSync(process.execPath, [bin, '-p', project, ...extraArgs], { encoding: 'utf8' });
  const ms = performance.now() - t;
  return { ok: r.status === 0, ms: Math.round(ms), output: `${r.stdout}${r.stderr}`.trim(), version: v };
}
