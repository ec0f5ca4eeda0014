import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeConsumerApp, type ResourceModule } from './consumer-app.js';
import { discoverPackages } from './discover-packages.js';
import { exampleSource } from './example-app.js';
import { findUploadExport } from './find-upload-export.js';
import { installTarballs } from './install-tarballs.js';
import { packPackage } from './pack-package.js';
import { runTsc, type TscVersion } from './run-tsc.js';

/** Resource packages the sample app imports. */
export const RESOURCE_PACKAGES = ['@imgur-ts/account', '@imgur-ts/album', '@imgur-ts/comment', '@imgur-ts/gallery', '@imgur-ts/image'] as const;

/** What `packCheck` did and measured. */
export interface PackCheckReport {
  readonly dir: string;
  readonly tarballs: readonly { readonly name: string; readonly file: string; readonly bytes: number }[];
  readonly installMs: number;
  readonly typecheck: readonly { readonly compiler: string; readonly mode: 'strict' | 'loose'; readonly ms: number; readonly samplesMs: readonly number[] }[];
  readonly example: string;
}

/**
 * Packs every publishable package, installs the tarballs with npm into a new
 * project under the OS temp folder, type-checks a sample app importing every
 * resource package (TypeScript 5.9 and 7, strict and loose), require()s every
 * package from CommonJS and runs a Node example against the packed mock server. Throws at the first failure with
 * the tool output; deletes the temp project unless `keep`. Each type-check
 * runs `typecheckRuns` times (default 1); the median time is reported.
 */
export async function packCheck(root: string, opts: { keep?: boolean; typecheckRuns?: number; log?: (line: string) => void } = {}): Promise<PackCheckReport> {
  const log = opts.log ?? (() => undefined);
  const pkgs = discoverPackages(root);
  const unbuilt = pkgs.filter((p) => !existsSync(join(p.dir, 'dist', 'index.js'))).map((p) => p.name);
  if (unbuilt.length) throw new Error(`pack-check: not built: ${unbuilt.join(', ')} (run pnpm build first)`);
  const dir = mkdtempSync(join(tmpdir(), 'imgur-ts-pack-check-'));
  try {
    mkdirSync(join(dir, 'tarballs'));
    const tarballs = pkgs.map((p) => {
      const file = packPackage(p.dir, join(dir, 'tarballs'));
      log(`packed ${basename(file)} (${statSync(file).size} bytes)`);
      return { name: p.name, file, bytes: statSync(file).size };
    });
    const app = join(dir, 'app');
    const installMs = installTarballs(app, Object.fromEntries(tarballs.map((t) => [t.name, t.file])));
    log(`npm install of ${tarballs.length} tarballs: ${installMs} ms`);
    const req = createRequire(join(app, 'package.json'));
    const load = async (name: string) => (await import(pathToFileURL(req.resolve(name)).href)) as Record<string, unknown>;
    const mods: ResourceModule[] = [];
    for (const name of RESOURCE_PACKAGES) mods.push({ name, exports: await load(name) });
    const consumer = join(app, 'consumer');
    writeConsumerApp(consumer, mods);
    const typecheck: PackCheckReport['typecheck'][number][] = [];
    for (const version of ['5.9', '7'] as TscVersion[]) {
      for (const mode of ['strict', 'loose'] as const) {
        const runs = Array.from({ length: Math.max(1, opts.typecheckRuns ?? 1) }, () => runTsc(version, join(consumer, `tsconfig.${mode}.json`)));
        const failed = runs.find((r) => !r.ok);
        if (failed) throw new Error(`pack-check: the sample app does not type-check with ${failed.version} (${mode}):\n${failed.output}`);
        const samplesMs = runs.map((r) => r.ms);
        const ms = [...samplesMs].sort((a, b) => a - b)[Math.floor(samplesMs.length / 2)] ?? 0;
        log(`type-check ${runs[0]?.version ?? '?'} ${mode}: ${ms} ms (runs: ${samplesMs.join(', ')})`);
        typecheck.push({ compiler: runs[0]?.version ?? '?', mode, ms, samplesMs });
      }
    }
    // ESM-only, yet CommonJS users on Node 20.19+ can require() every package (no top-level await).
    writeFileSync(join(app, 'require.cjs'), `${tarballs.map((t) => `require(${JSON.stringify(t.name)});`).join('\n')}\nconsole.log('required ${tarballs.length}');\n`);
    const cjs = spawnSync(process.execPath, ['require.cjs'], { cwd: app, encoding: 'utf8', timeout: 60_000 });
    if (cjs.status !== 0) throw new Error(`pack-check: require() of the packages fails on Node ${process.version}:\n${cjs.stderr}`);
    log(`require(esm): ${cjs.stdout.trim()}`);
    // The packed mock when it is published, else the workspace build.
    const mockSpecifier = tarballs.some((t) => t.name === '@imgur-ts/mock') ? '@imgur-ts/mock' : pathToFileURL(join(root, 'packages/mock/dist/index.js')).href;
    writeFileSync(join(app, 'example.mjs'), exampleSource(findUploadExport(await load('@imgur-ts/image')), mockSpecifier));
    const ex = spawnSync(process.execPath, ['example.mjs'], { cwd: app, encoding: 'utf8', timeout: 60_000 });
    if (ex.status !== 0) throw new Error(`pack-check: the example failed against the mock server:\n${ex.stdout}\n${ex.stderr}`);
    log(`example: ${ex.stdout.trim()}`);
    return { dir, tarballs, installMs, typecheck, example: ex.stdout.trim() };
  } finally {
    if (!opts.keep) rmSync(dir, { recursive: true, force: true });
  }
}
