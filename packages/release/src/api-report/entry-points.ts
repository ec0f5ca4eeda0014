import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

type Exports = string | { [condition: string]: Exports } | null;

function typesOf(value: Exports): string | undefined {
  if (typeof value === 'string') return value.endsWith('.d.ts') ? value : undefined;
  if (value === null) return undefined;
  if (typeof value.types === 'string') return value.types;
  for (const v of Object.values(value)) {
    const found = typesOf(v);
    if (found) return found;
  }
  return undefined;
}

/**
 * The declaration files a package publishes, by subpath (`.`, `./node`, …):
 * the `types` condition of each `exports` entry, else the top-level `types`.
 * Subpaths without declarations (`./package.json`) are left out.
 * @throws Error when a declared file is missing (the package is not built).
 */
export function entryPoints(dir: string): Map<string, string> {
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { exports?: Exports | Record<string, Exports>; types?: string };
  const out = new Map<string, string>();
  const exp = manifest.exports;
  if (exp && typeof exp === 'object' && Object.keys(exp).some((k) => k.startsWith('.'))) {
    for (const [sub, value] of Object.entries(exp as Record<string, Exports>)) {
      const file = typesOf(value);
      if (file) out.set(sub, join(dir, file));
    }
  } else {
    const file = (exp === undefined ? undefined : typesOf(exp as Exports)) ?? manifest.types;
    if (file) out.set('.', join(dir, file));
  }
  for (const [sub, file] of out) {
    if (!existsSync(file)) throw new Error(`api report: ${file} (types of ${sub} in ${join(dir, 'package.json')}) does not exist: build the package first`);
  }
  return out;
}
