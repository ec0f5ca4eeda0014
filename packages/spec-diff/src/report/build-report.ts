import { maxBump } from '../classify/classify.js';
import { sortBySeverity } from '../classify/sort-changes.js';
import type { Bump, Change, DiffReport, PackageReport } from '../types.js';

/**
 * Groups changes per package (a change attributed to several packages is
 * listed under each) with the bump each package needs; packages in name order.
 */
export function buildReport(changes: readonly Change[]): DiffReport {
  const byPackage = new Map<string, Change[]>();
  for (const c of changes) for (const p of c.packages) byPackage.set(p, [...(byPackage.get(p) ?? []), c]);
  const packages: PackageReport[] = [...byPackage.keys()].sort().map((name) => {
    const list = byPackage.get(name) ?? [];
    return { name, bump: list.reduce<Bump>((b, c) => maxBump(b, c.bump), 'patch'), changes: sortBySeverity(list) };
  });
  const bump = changes.length === 0 ? 'none' : changes.reduce<Bump>((b, c) => maxBump(b, c.bump), 'patch');
  return { bump, packages, changes: [...changes] };
}
