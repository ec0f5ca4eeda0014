import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/**
 * Hashes the generated output of every workspace package under
 * `<root>/packages/*`: SHA-256 over the sorted relative paths and contents of
 * its `src/generated/` files. Packages without that folder are left out.
 * Returns package name → hex digest, in name order.
 */
export async function hashGenerated(root: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const dir = join(root, 'packages');
  const entries = existsSync(dir) ? await readdir(dir, { withFileTypes: true }) : [];
  const found: [string, string][] = [];
  for (const e of entries.filter((x) => x.isDirectory())) {
    const generated = join(dir, e.name, 'src', 'generated');
    const manifest = join(dir, e.name, 'package.json');
    if (!existsSync(generated) || !existsSync(manifest)) continue;
    const name = (JSON.parse(await readFile(manifest, 'utf8')) as { name?: unknown }).name;
    if (typeof name !== 'string') continue;
    const hash = createHash('sha256');
    for (const file of await listFiles(generated)) {
      hash
        .update(relative(generated, file).split(sep).join('/'))
        .update('\0')
        .update(await readFile(file))
        .update('\0');
    }
    found.push([name, hash.digest('hex')]);
  }
  for (const [name, digest] of found.sort((a, b) => (a[0] < b[0] ? -1 : 1))) out.set(name, digest);
  return out;
}

/** Names whose hash differs between two `hashGenerated` results (including added or removed ones), sorted. */
export function changedPackages(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...new Set([...before.keys(), ...after.keys()])].filter((n) => before.get(n) !== after.get(n)).sort();
}

async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await listFiles(p)));
    else if (e.isFile()) out.push(p);
  }
  return out.sort();
}
