import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { GeneratedFiles } from './types.js';
import { writeAtomic } from './write-atomic.js';

/**
 * Writes generated files into `dir` (each atomically, untouched when equal) and
 * deletes `*.gen.ts` files there that the generator no longer produces.
 * Returns the names of files written or deleted.
 */
export function writeGenerated(dir: string, files: GeneratedFiles): string[] {
  const changed: string[] = [];
  for (const [name, text] of files) {
    if (!/^[A-Za-z0-9._-]+\.gen\.ts$/.test(name)) throw new Error(`refusing to write generated file named ${JSON.stringify(name)}`);
    const path = join(dir, name);
    if (existsSync(path) && readFileSync(path, 'utf8') === text) continue;
    writeAtomic(path, text);
    changed.push(name);
  }
  if (existsSync(dir)) {
    for (const name of readdirSync(dir)) {
      if (name.endsWith('.gen.ts') && !files.has(name)) {
        rmSync(join(dir, name));
        changed.push(name);
      }
    }
  }
  return changed;
}
