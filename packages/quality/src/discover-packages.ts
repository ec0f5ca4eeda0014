import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Manifest, PublishablePackage } from './types.js';

/**
 * Lists the publishable packages under `<root>/packages`: every folder with a
 * package.json that is not `private: true`, sorted by name.
 */
export function discoverPackages(root: string): PublishablePackage[] {
  const base = join(root, 'packages');
  const found: PublishablePackage[] = [];
  for (const entry of readdirSync(base, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const file = join(base, entry.name, 'package.json');
    if (!existsSync(file)) continue;
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
    if (manifest.private === true) continue;
    found.push({ name: manifest.name, dir: join(base, entry.name), manifest });
  }
  return found.sort((a, b) => a.name.localeCompare(b.name));
}
