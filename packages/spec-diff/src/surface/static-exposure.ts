import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const TYPE_IMPORT = /(?:import\s+type\s[^;]*?|export\s[^;]*?)\sfrom\s+['"](@[\w-]+\/[\w.-]+)['"]/g;
const NAMED_IMPORT = /import\s*\{([^}]*)\}\s*from\s+['"](@[\w-]+\/[\w.-]+)['"]/g;

function sources(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.ts$/.test(e.name) && !/\.test\.ts$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

/**
 * Which workspace packages each package's sources take types from, read from
 * `src/**\/*.ts` (tests left out) without building: an `import type`, an
 * import with a `type` specifier, or a re-export from `@scope/name`, where
 * `packages` (name → folder) has that name. An approximation of the
 * `exposes` of an API report, for when nothing is built.
 */
export function staticExposure(packages: ReadonlyMap<string, string>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const [name, dir] of packages) {
    const deps = new Set<string>();
    for (const file of sources(join(dir, 'src'))) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(TYPE_IMPORT)) if (m[1] && m[1] !== name && packages.has(m[1])) deps.add(m[1]);
      for (const m of text.matchAll(NAMED_IMPORT)) if (m[2] && m[2] !== name && packages.has(m[2]) && /\btype\s/.test(m[1] ?? '')) deps.add(m[2]);
    }
    out.set(name, deps);
  }
  return out;
}
