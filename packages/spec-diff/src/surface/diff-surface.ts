import type { SurfaceDiff, SurfaceReport } from '../types.js';

/** Keys of `keys` whose parent key (`a.b` → `a`, `a["x"]` → `a`) is not in `keys` too. */
function topmost(keys: readonly string[]): string[] {
  const set = new Set(keys);
  return keys.filter((k) => {
    for (let i = k.length - 1; i > 0; i--) {
      if ((k[i] === '.' || k[i] === '[') && set.has(k.slice(0, i))) return false;
    }
    return true;
  });
}

/**
 * How a package's surface changed from `before` to `after` (either missing
 * for a new or removed package): a removed or changed entry is `major`, an
 * added one `minor`, nothing `none`.
 */
export function diffSurface(name: string, before: SurfaceReport | undefined, after: SurfaceReport | undefined): SurfaceDiff {
  const a = before?.entries ?? {};
  const b = after?.entries ?? {};
  const removed = topmost(
    Object.keys(a)
      .filter((k) => !(k in b))
      .sort(),
  );
  const changed = Object.keys(a)
    .filter((k) => k in b && a[k] !== b[k])
    .sort();
  const added = topmost(
    Object.keys(b)
      .filter((k) => !(k in a))
      .sort(),
  );
  const bump = removed.length + changed.length > 0 ? 'major' : added.length > 0 ? 'minor' : 'none';
  return { name, bump, removed, changed, added };
}
