import type { Change } from '../types.js';

const RANK = { breaking: 0, feature: 1, fix: 2 } as const;

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function key(c: Change): string[] {
  return [c.scope, c.operationId ?? '', c.model ?? '', c.location, c.kind, c.before ?? '', c.after ?? '', c.packages.join(',')];
}

/** Stable order for reports: by scope, operation, model, location, kind (plain code-unit order, no locale). */
export function sortChanges(changes: readonly Change[]): Change[] {
  return [...changes].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    for (let i = 0; i < ka.length; i++) {
      const d = cmp(ka[i] ?? '', kb[i] ?? '');
      if (d !== 0) return d;
    }
    return 0;
  });
}

/** Order within one package: breaking first, then features, then fixes; ties as `sortChanges`. */
export function sortBySeverity(changes: readonly Change[]): Change[] {
  return sortChanges(changes).sort((a, b) => RANK[a.severity] - RANK[b.severity]);
}
