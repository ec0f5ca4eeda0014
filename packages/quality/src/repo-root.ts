import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Finds the monorepo root (the folder holding pnpm-workspace.yaml) at or above `from`. */
export function repoRoot(from: string): string {
  let dir = from;
  for (;;) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error(`repoRoot: no pnpm-workspace.yaml at or above ${from}`);
    dir = up;
  }
}
