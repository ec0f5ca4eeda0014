import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { publishablePackages } from '../workspace-packages.js';

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((e) => newest(join(path, e))));
}

/**
 * Publishable packages of the workspace at `root` whose `dist/` is missing or
 * older than a file of `src/`, `package.json` or a `tsconfig*.json`: those an
 * API report needs built first.
 */
export function staleBuilds(root: string): string[] {
  return publishablePackages(root)
    .filter((p) => {
      const inputs = ['src', 'package.json', ...readdirSync(p.dir).filter((f) => /^tsconfig.*\.json$/.test(f))].map((f) => newest(join(p.dir, f)));
      const built = newest(join(p.dir, 'dist'));
      return built === 0 || Math.max(...inputs) > built;
    })
    .map((p) => p.name);
}
