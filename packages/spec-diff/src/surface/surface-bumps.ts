import { maxBump } from '../classify/classify.js';
import { scopeOf } from '../changesets/package-for-tag.js';
import { escapeMarkdown } from '../report/escape-markdown.js';
import type { Bump, PlannedChangeset, SurfaceInput } from '../types.js';
import { caretBreakingBump, leavesCaret } from './caret.js';
import { describeSurface } from './describe-surface.js';
import { diffSurface } from './diff-surface.js';

const RANK: Readonly<Record<Bump, number>> = { patch: 0, minor: 1, major: 2 };
const SEVERITY: Readonly<Record<Bump, string>> = { major: 'breaking', minor: 'feature', patch: 'fix' };

/** The highest bump each package gets from `plans`. */
function plannedBumps(plans: readonly PlannedChangeset[]): Map<string, Bump> {
  const out = new Map<string, Bump>();
  for (const p of plans) for (const r of p.releases) out.set(r.name, maxBump(out.get(r.name) ?? 'patch', r.type));
  return out;
}

/** Collects changesets that raise packages above `plans`, skipping what `keep` drops and what is already high enough. */
function raiser(plans: readonly PlannedChangeset[], keep: (name: string) => boolean) {
  const bumps = plannedBumps(plans);
  const out: PlannedChangeset[] = [];
  const raise = (name: string, bump: Bump, sentence: string): boolean => {
    const had = bumps.get(name);
    if (!keep(name) || (had !== undefined && RANK[had] >= RANK[bump])) return false;
    bumps.set(name, bump);
    out.push({ summary: escapeMarkdown(`${scopeOf(name)}: ${sentence} (${SEVERITY[bump]})`), releases: [{ name, type: bump }] });
    return true;
  };
  return { bumps, out, raise };
}

/**
 * Lifts, to a fixed point, every package whose published types include those
 * of a package (`exposes`: name → packages it exposes) getting a bump that
 * `^` ranges do not install (major; minor below 1.0.0): its users pass values
 * of those types in and out, and `@imgur-ts/core`'s client must be the copy
 * the resource functions use, so it gets such a bump too (major for a major).
 */
function propagate(r: ReturnType<typeof raiser>, exposes: ReadonlyMap<string, ReadonlySet<string>>, versions: ReadonlyMap<string, string>): void {
  const names = [...exposes.keys()].sort();
  for (let changed = true; changed; ) {
    changed = false;
    for (const name of names) {
      const version = versions.get(name);
      if (version === undefined) continue;
      for (const dep of [...(exposes.get(name) ?? [])].sort()) {
        const depBump = r.bumps.get(dep);
        const depVersion = versions.get(dep);
        if (depBump === undefined || depVersion === undefined || !leavesCaret(depVersion, depBump)) continue;
        const need = depBump === 'major' ? 'major' : caretBreakingBump(version);
        if (r.raise(name, need, `its published types include those of ${dep}, which gets a release that caret ranges do not install, so update both together`)) changed = true;
      }
    }
  }
}

/**
 * Changesets that lift each package to what users of it see, on top of
 * `plans` (the changesets the spec changes gave):
 *
 * 1. its own API report: a removed or changed entry (a declaration it
 *    publishes or reaches in another package, or a route it serves) is major,
 *    an added one minor;
 * 2. the packages it exposes (see `exposureChangesets`).
 *
 * `keep(name)` filters out packages that are not released (default: all are).
 */
export function surfaceChangesets(plans: readonly PlannedChangeset[], input: SurfaceInput, keep: (name: string) => boolean = () => true): PlannedChangeset[] {
  const r = raiser(plans, keep);
  const names = [...new Set([...input.before, ...input.after].map((x) => x.name))].sort();
  for (const name of names) {
    const diff = diffSurface(
      name,
      input.before.find((x) => x.name === name),
      input.after.find((x) => x.name === name),
    );
    if (diff.bump !== 'none') r.raise(name, diff.bump, `${describeSurface(diff)} in its published API`);
  }
  const exposes = new Map<string, Set<string>>();
  for (const x of [...input.before, ...input.after]) for (const d of x.exposes) exposes.set(x.name, (exposes.get(x.name) ?? new Set()).add(d));
  propagate(r, exposes, input.versions);
  return r.out;
}

/**
 * Changesets that give every package exposing another package's types a bump
 * `^` does not install when that package gets one, on top of `plans` (for
 * example hand-written changesets pending in `.changeset/`). See `propagate`.
 */
export function exposureChangesets(
  plans: readonly PlannedChangeset[],
  exposes: ReadonlyMap<string, ReadonlySet<string>>,
  versions: ReadonlyMap<string, string>,
  keep: (name: string) => boolean = () => true,
): PlannedChangeset[] {
  const r = raiser(plans, keep);
  propagate(r, exposes, versions);
  return r.out;
}
