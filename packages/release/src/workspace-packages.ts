import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A publishable workspace package: its name, version and folder. */
export interface WorkspacePackage {
  name: string;
  version: string;
  dir: string;
}

/** The packages under `<root>/packages` that are not `private: true`, sorted by name. */
export function publishablePackages(root: string): WorkspacePackage[] {
  const base = join(root, 'packages');
  const found: WorkspacePackage[] = [];
  for (const entry of readdirSync(base, { withFileTypes: true })) {
    const file = join(base, entry.name, 'package.json');
    if (!entry.isDirectory() || !existsSync(file)) continue;
    const m = JSON.parse(readFileSync(file, 'utf8')) as { name: string; version: string; private?: boolean };
    if (m.private !== true) found.push({ name: m.name, version: m.version, dir: join(base, entry.name) });
  }
  return found.sort((a, b) => (a.name < b.name ? -1 : 1));
}
