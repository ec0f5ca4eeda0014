import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** Name → version of the packages under `<root>/packages/*`. */
export async function workspaceVersions(root: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const dir = join(root, 'packages');
  for (const entry of existsSync(dir) ? (await readdir(dir)).sort() : []) {
    const manifest = join(dir, entry, 'package.json');
    if (!existsSync(manifest)) continue;
    const m = JSON.parse(await readFile(manifest, 'utf8')) as { name?: unknown; version?: unknown };
    if (typeof m.name === 'string' && typeof m.version === 'string') out.set(m.name, m.version);
  }
  return out;
}
