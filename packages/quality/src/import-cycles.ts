import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import madge from 'madge';

/** One import circle: the files on it, relative to the repository root, in import order. */
export type ImportCycle = readonly string[];

/** The handwritten source roots of the repository: every `packages/<name>/src` (its `src/generated/` is skipped), `scripts/` and `bench/`. */
export function handwrittenRoots(root: string): string[] {
  const packages = join(root, 'packages');
  const roots = readdirSync(packages, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(packages, d.name, 'src')))
    .map((d) => join(packages, d.name, 'src'))
    .sort();
  return [...roots, join(root, 'scripts'), join(root, 'bench')].filter((p) => existsSync(p));
}

/**
 * Import circles among the TypeScript and JavaScript files under `dir`, found by madge over the real
 * module graph: type-only imports count (a type circle is still a circle), `./x.js` resolves to `./x.ts`,
 * and `generated/` folders, `node_modules/`, `dist/` and declaration files are left out.
 * Paths in the answer are relative to `base`.
 */
export async function findImportCycles(dir: string, base: string, tsConfig: string): Promise<ImportCycle[]> {
  const graph = await madge(dir, {
    fileExtensions: ['ts', 'mts', 'mjs', 'js'],
    excludeRegExp: [/(^|[\\/])(generated|node_modules|dist|results)[\\/]/, /\.d\.ts$/],
    tsConfig,
    detectiveOptions: { ts: { skipTypeImports: false }, es6: { skipTypeImports: false } },
  });
  return graph.circular().map((cycle) => cycle.map((file) => relative(base, join(dir, file)).split('\\').join('/')));
}

/** A circle as one line: `a.ts -> b.ts -> a.ts`. */
export function formatCycle(cycle: ImportCycle): string {
  return [...cycle, cycle[0]].join(' -> ');
}
