import { join } from 'node:path';
import { changedPackages, hashGenerated } from '../changesets/hash-generated.js';
import { loadDocument } from '../load/load-document.js';
import { readSource } from '../load/read-source.js';
import { parseDocument } from '../load/parse-document.js';
import { diffSpecs } from '../diff/diff-specs.js';
import { planChangesets } from '../changesets/plan-changesets.js';
import { writeChangesets } from '../changesets/write-changesets.js';
import { workspacePackages } from '../changesets/workspace-package-for-tag.js';
import { workspaceVersions } from '../surface/workspace-versions.js';
import type { Change, DiffOptions, OpenApiDocument, PlannedChangeset, SurfaceReport } from '../types.js';

/** Inputs of `specUpdate`; the steps that touch the outside world are injected. */
export interface SpecUpdateOptions extends DiffOptions {
  /** Repository root (holds `spec/` and `packages/`). */
  readonly root: string;
  /** Puts the new collection at `spec/imgur.postman_collection.json`; skipped when undefined. */
  readonly updateCollection?: (dest: string) => Promise<void>;
  /** Regenerates the spec and the generated packages (the repo's `pnpm generate`). */
  readonly generate: () => Promise<void>;
  /** Revision holding the previous spec; default `HEAD`. Falls back to the working tree when git cannot show it. */
  readonly baseRev?: string;
  /**
   * API reports of the publishable packages as built now (called once before
   * and once after `generate`; the caller builds first). With it, bumps follow
   * what users see (see `planChangesets`' `surface`).
   */
  readonly reports?: () => Promise<readonly SurfaceReport[]>;
  /** Plan only: write no changeset files. */
  readonly dryRun?: boolean;
  /** Progress lines (to stderr in the CLI). */
  readonly log?: (line: string) => void;
}

/** What `specUpdate` did. */
export interface SpecUpdateResult {
  readonly changes: readonly Change[];
  readonly changedPackages: readonly string[];
  readonly changesets: readonly PlannedChangeset[];
  /** Changeset files written (empty on a dry run). */
  readonly files: readonly string[];
}

const SPEC = 'spec/openapi.json';

/**
 * Updates the collection, regenerates, diffs the previous spec against the
 * new one and writes one changeset per change for the packages whose
 * generated output changed (hash of `packages/<pkg>/src/generated` before and
 * after) and, for model changes, the packages exposing the model (see `planChangesets`).
 * @throws Error when the previous or new spec cannot be read, or a step fails; no changesets are written then.
 */
export async function specUpdate(options: SpecUpdateOptions): Promise<SpecUpdateResult> {
  const { root, log = () => {} } = options;
  const oldDoc = await previousSpec(root, options.baseRev ?? 'HEAD', log);
  const before = await hashGenerated(root);
  const reportsBefore = options.reports === undefined ? undefined : await options.reports();
  if (reportsBefore) log(`API reports of ${reportsBefore.length} packages before regenerating`);
  if (options.updateCollection) await options.updateCollection(join(root, 'spec', 'imgur.postman_collection.json'));
  log('regenerating');
  await options.generate();
  const newDoc = await loadDocument({ file: join(root, SPEC) }, root);
  const changed = changedPackages(before, await hashGenerated(root));
  const changes = diffSpecs(oldDoc, newDoc, options);
  const reportsAfter = options.reports === undefined ? undefined : await options.reports();
  const surface = reportsBefore && reportsAfter ? { before: reportsBefore, after: reportsAfter, versions: await workspaceVersions(root) } : undefined;
  const changesets = planChangesets(changes, changed, {
    workspace: await workspacePackages(root),
    ...(surface === undefined ? {} : { surface }),
    ...(options.modelsPackage === undefined ? {} : { modelsPackage: options.modelsPackage }),
  });
  const files = options.dryRun === true ? [] : await writeChangesets(changesets, root);
  return { changes, changedPackages: changed, changesets, files };
}

async function previousSpec(root: string, rev: string, log: (line: string) => void): Promise<OpenApiDocument> {
  try {
    const text = await readSource({ rev, path: SPEC }, root);
    log(`previous spec: ${rev}:${SPEC}`);
    return parseDocument(text, `${rev}:${SPEC}`);
  } catch (e) {
    if (!(e as Error).message.startsWith('cannot read')) throw e;
    log(`previous spec: ${SPEC} in the working tree (${(e as Error).message})`);
    return loadDocument({ file: join(root, SPEC) }, root);
  }
}
