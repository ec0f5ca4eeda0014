import { scopeOf } from './package-for-tag.js';
import { escapeMarkdown } from './escape-markdown.js';
import type { Change, PlannedChangeset } from './types.js';

/**
 * Plans one changeset per change, releasing exactly the packages that are
 * both attributed to the change and in `changedPackages` (those whose
 * generated code changed), with the change's bump; `changeset version` then
 * gives each package the highest bump of its changesets. A changed package
 * that no change is attributed to gets one patch changeset saying it was
 * regenerated. Summaries are the changes' sentences, markdown-escaped.
 */
export function planChangesets(changes: readonly Change[], changedPackages: Iterable<string>): PlannedChangeset[] {
  const changed = new Set(changedPackages);
  const covered = new Set<string>();
  const out: PlannedChangeset[] = [];
  for (const c of changes) {
    const names = c.packages.filter((p) => changed.has(p));
    if (names.length === 0) continue;
    for (const n of names) covered.add(n);
    out.push({ summary: escapeMarkdown(c.message), releases: names.map((name) => ({ name, type: c.bump })) });
  }
  for (const name of [...changed].filter((p) => !covered.has(p)).sort()) {
    out.push({
      summary: escapeMarkdown(`${scopeOf(name)}: regenerated from the updated API description, no API change detected (fix)`),
      releases: [{ name, type: 'patch' }],
    });
  }
  return out;
}
