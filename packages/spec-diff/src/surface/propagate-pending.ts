import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { writeChangesets } from '../changesets/write-changesets.js';
import type { Bump, PlannedChangeset } from '../types.js';
import { staticExposure } from './static-exposure.js';
import { exposureChangesets } from './surface-bumps.js';

/** What `propagatePending` planned and wrote. */
export interface PropagateResult {
  readonly pending: readonly PlannedChangeset[];
  readonly added: readonly PlannedChangeset[];
  readonly files: readonly string[];
}

/** The releases in a changeset file's front matter (`"@scope/name": major`). */
function releasesOf(text: string, file: string): PlannedChangeset['releases'] {
  const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (!m) throw new Error(`${file}: no front matter (--- … ---)`);
  return (m[1] ?? '')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '')
    .map((line) => {
      const r = /^\s*["']?([^"':]+)["']?\s*:\s*(major|minor|patch)\s*$/.exec(line);
      if (!r?.[1] || !r[2]) throw new Error(`${file}: cannot read the release line ${JSON.stringify(line)}`);
      return { name: r[1], type: r[2] as Bump };
    });
}

/**
 * Before `changeset version`: reads the pending changesets of `<root>/.changeset`
 * (hand-written ones too) and writes one more for every publishable package
 * whose sources take types from a package getting a bump that `^` ranges do
 * not install (see `exposureChangesets`): a resource package whose core gets
 * a minor below 1.0.0 gets one too, so `npm update` never pairs it with a
 * core the app's client did not come from. Idempotent. `dryRun` writes nothing.
 * @throws Error naming the file when a changeset cannot be read.
 */
export async function propagatePending(root: string, opts: { dryRun?: boolean } = {}): Promise<PropagateResult> {
  const dir = join(root, '.changeset');
  const pending: PlannedChangeset[] = (existsSync(dir) ? readdirSync(dir).sort() : [])
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .map((f) => ({ summary: f, releases: releasesOf(readFileSync(join(dir, f), 'utf8'), join(dir, f)) }));
  const packages = new Map<string, string>();
  const versions = new Map<string, string>();
  const base = join(root, 'packages');
  for (const entry of existsSync(base) ? readdirSync(base).sort() : []) {
    const manifest = join(base, entry, 'package.json');
    if (!existsSync(manifest)) continue;
    const m = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown; version?: unknown; private?: unknown };
    if (typeof m.name !== 'string' || typeof m.version !== 'string' || m.private === true) continue;
    packages.set(m.name, join(base, entry));
    versions.set(m.name, m.version);
  }
  const added = exposureChangesets(pending, staticExposure(packages), versions, (n) => packages.has(n));
  const files = opts.dryRun === true || added.length === 0 ? [] : await writeChangesets(added, root);
  return { pending, added, files };
}
