import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Manifest } from './types.js';

/**
 * The TypeScript sources behind a package's `exports` entries: each subpath's
 * `types` target `./dist/x.d.ts` maps to `src/x.ts` when that file exists.
 * Returns `[subpath, absolute source path]` pairs, `.` first.
 */
export function sourceEntries(dir: string, m: Manifest): [string, string][] {
  const out: [string, string][] = [];
  if (m.exports === null || typeof m.exports !== 'object') return out;
  for (const [subpath, target] of Object.entries(m.exports as Record<string, unknown>)) {
    const types = typeof target === 'object' && target !== null ? (target as Record<string, unknown>).types : undefined;
    if (typeof types !== 'string') continue;
    const match = /^\.\/dist\/(.+)\.d\.ts$/.exec(types);
    const src = match ? join(dir, 'src', `${match[1]}.ts`) : undefined;
    if (src && existsSync(src)) out.push([subpath, src]);
  }
  return out.sort(([a], [b]) => (a === '.' ? -1 : b === '.' ? 1 : a.localeCompare(b)));
}
