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

/**
 * Changesets that lift each package to what users of it see, on top of
 * `plans` (the changesets the spec changes gave):
 *
 * 1. its own API report: a removed or changed entry (a declaration it
 *    publishes or reaches in another package, or a route it serves) is major,
 *    an added one minor;
 * 2. the packages it exposes: when one of them gets a bump that `^` does not
 *    install (major; minor below 1.0.0), so does this one, because its users
 *    pass values of that package's types in and out (and `@imgur-ts/core`'s
 *    client must be the same copy the resource functions use).
 *
 * Repeats 2 until nothing changes. `keep(name)` filters out packages that are
 * not released (default: all are).
 */
export function surfaceChangesets(plans: readonly PlannedChangeset[], input: SurfaceInput, keep: (name: string) => boolean = () => true): PlannedChangeset[] {
  const bumps = plannedBumps(plans);
  const out: PlannedChangeset[] = [];
  const raise = (name: string, bump: Bump, sentence: string): void => {
    const had = bumps.get(name);
    if (!keep(name) || (had !== undefined && RANK[had] >= RANK[bump])) return;
    bumps.set(name, bump);
    out.push({ summary: escapeMarkdown(`${scopeOf(name)}: ${sentence} (${SEVERITY[bump]})`), releases: [{ name, type: bump }] });
  };
  const names = [...new Set([...input.before, ...input.after].map((r) => r.name))].sort();
  for (const name of names) {
    const diff = diffSurface(
      name,
      input.before.find((r) => r.name === name),
      input.after.find((r) => r.name === name),
    );
    if (diff.bump !== 'none') raise(name, diff.bump, `${describeSurface(diff)} in its published API`);
  }
  const exposes = new Map<string, Set<string>>();
  for (const r of [...input.before, ...input.after]) for (const d of r.exposes) exposes.set(r.name, (exposes.get(r.name) ?? new Set()).add(d));
  for (let changed = true; changed; ) {
    changed = false;
    for (const name of names) {
      const version = input.versions.get(name);
      if (version === undefined) continue;
      for (const dep of [...(exposes.get(name) ?? [])].sort()) {
        const depBump = bumps.get(dep);
        const depVersion = input.versions.get(dep);
        if (depBump === undefined || depVersion === undefined || !leavesCaret(depVersion, depBump)) continue;
        const need = depBump === 'major' ? 'major' : caretBreakingBump(version);
        const before = bumps.get(name);
        raise(name, need, `its published types include those of ${dep}, which gets a release that caret ranges do not install, so update both together`);
        if (bumps.get(name) !== before) changed = true;
      }
    }
  }
  return out;
}
