import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { packageForTag } from './package-for-tag.js';

/** Names of the packages under `<root>/packages/*` (those with a package.json naming them). */
export async function workspacePackages(root: string): Promise<Set<string>> {
  const names = new Set<string>();
  const dir = join(root, 'packages');
  for (const entry of existsSync(dir) ? await readdir(dir) : []) {
    const manifest = join(dir, entry, 'package.json');
    if (!existsSync(manifest)) continue;
    const name = (JSON.parse(await readFile(manifest, 'utf8')) as { name?: unknown }).name;
    if (typeof name === 'string') names.add(name);
  }
  return names;
}

/**
 * Tag → package mapping for a workspace: `@imgur-ts/<tag>` when
 * `<root>/packages/*` has a package of that name, else `fallback` (the client
 * package, whose `paths` types cover every operation). Tags such as `Extras`
 * that no resource package generates are then attributed to the client.
 */
export async function workspacePackageForTag(root: string, fallback = '@imgur-ts/client'): Promise<(tag: string) => string> {
  const names = await workspacePackages(root);
  return (tag) => {
    const name = packageForTag(tag);
    return names.has(name) ? name : fallback;
  };
}
