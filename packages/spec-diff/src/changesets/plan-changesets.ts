import { scopeOf } from './package-for-tag.js';
import { escapeMarkdown } from '../report/escape-markdown.js';
import { surfaceChangesets } from '../surface/surface-bumps.js';
import type { Change, PlannedChangeset, SurfaceInput } from '../types.js';

/** Options of `planChangesets`. */
export interface PlanOptions {
  /** Package holding the models; default `@imgur-ts/models`. */
  readonly modelsPackage?: string;
  /** Packages that exist in the workspace; releases of others are dropped. Default: no filter. */
  readonly workspace?: Iterable<string>;
  /**
   * API reports of the packages before and after the regeneration: adds the
   * bumps that what users see requires (see `surfaceChangesets`), so a
   * package's bump is at least that of every change of its published
   * declarations, of the routes it serves and of the packages it exposes.
   */
  readonly surface?: SurfaceInput;
}

/**
 * Plans one changeset per change with the change's bump, `changeset version`
 * then gives each package the highest bump of its changesets. A change
 * releases the packages it is attributed to whose generated code changed
 * (`changedPackages`); a model change, once the models package changed,
 * releases every package it is attributed to, because resource packages
 * import the model types and expose them unchanged in their own code. A
 * changed package that no change reaches gets one patch changeset saying it
 * was regenerated. With `surface`, packages are then lifted to what their
 * API reports require, and the spec changes' sentences stay in the changelog
 * beside the reports' ones. Summaries are markdown-escaped.
 */
export function planChangesets(changes: readonly Change[], changedPackages: Iterable<string>, options: PlanOptions = {}): PlannedChangeset[] {
  const changed = new Set(changedPackages);
  const workspace = options.workspace === undefined ? undefined : new Set(options.workspace);
  const modelsChanged = changed.has(options.modelsPackage ?? '@imgur-ts/models');
  const covered = new Set<string>();
  const out: PlannedChangeset[] = [];
  for (const c of changes) {
    const names = c.packages.filter((p) => changed.has(p) || (c.model !== undefined && modelsChanged)).filter((p) => workspace === undefined || workspace.has(p));
    if (names.length === 0) continue;
    for (const n of names) covered.add(n);
    out.push({ summary: escapeMarkdown(c.message), releases: names.map((name) => ({ name, type: c.bump })) });
  }
  if (options.surface) {
    const lifted = surfaceChangesets(out, options.surface, (n) => workspace === undefined || workspace.has(n));
    for (const c of lifted) for (const r of c.releases) covered.add(r.name);
    out.push(...lifted);
  }
  const unchanged = options.surface ? 'its published API and routes are unchanged' : 'no API change detected';
  for (const name of [...changed].filter((p) => !covered.has(p)).sort()) {
    out.push({
      summary: escapeMarkdown(`${scopeOf(name)}: regenerated from the updated API description, ${unchanged} (fix)`),
      releases: [{ name, type: 'patch' }],
    });
  }
  return out;
}
