import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import writeChangeset from '@changesets/write';
import type { PlannedChangeset } from '../types.js';

/**
 * Writes planned changesets into `<root>/.changeset/` with `@changesets/write`
 * and returns the written file paths, in plan order. All files are first
 * written to a staging folder inside `.changeset/` and moved in only when
 * every write succeeded, so a failure leaves no partial set behind. `write`
 * is `@changesets/write` (replaceable in tests).
 * @throws Error when `.changeset/` cannot be created or a write fails.
 */
export async function writeChangesets(plans: readonly PlannedChangeset[], root: string, write: typeof writeChangeset = writeChangeset): Promise<string[]> {
  const dir = join(root, '.changeset');
  await mkdir(dir, { recursive: true });
  const staging = await mkdtemp(join(dir, '.staging-'));
  try {
    const ids: string[] = [];
    for (const plan of plans) {
      const releases = plan.releases.map((r) => ({ name: r.name, type: r.type }));
      ids.push(await write({ summary: plan.summary, releases }, staging, { prettier: false }));
    }
    const staged = new Set(await readdir(join(staging, '.changeset')).catch(() => []));
    const out: string[] = [];
    for (const id of ids) {
      const file = `${id}.md`;
      if (!staged.has(file)) throw new Error(`writeChangesets: @changesets/write did not produce ${file}`);
      const target = join(dir, file);
      if (existsSync(target)) throw new Error(`writeChangesets: ${target} already exists`);
      out.push(target);
    }
    for (const [i, id] of ids.entries()) await rename(join(staging, '.changeset', `${id}.md`), out[i] ?? '');
    return out;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
