import type { SurfaceDiff } from '../types.js';

const SHOWN = 4;

/** A report key as users read it: `paths["/3/x"] of @imgur-ts/client`, `export createClient`, `route GET /3/x`. */
export function readableKey(key: string, own: string): string {
  const m = /^(@[^#\s]+)#(.*)$/.exec(key);
  if (m) return m[1] === own ? (m[2] ?? key) : `${m[2]} of ${m[1]}`;
  return key.replace(/^export \. /, 'export ').replace(/^export (\.\/\S+) /, 'export $1: ');
}

function list(keys: readonly string[], own: string): string {
  const shown = keys.slice(0, SHOWN).map((k) => readableKey(k, own));
  return keys.length > SHOWN ? `${shown.join(', ')} and ${keys.length - SHOWN} more` : shown.join(', ');
}

/** One sentence naming what changed in a package's published API, e.g. `removed route GET /3/x; added export y`. */
export function describeSurface(diff: SurfaceDiff): string {
  const parts: string[] = [];
  if (diff.removed.length > 0) parts.push(`removed ${list(diff.removed, diff.name)}`);
  if (diff.changed.length > 0) parts.push(`changed ${list(diff.changed, diff.name)}`);
  if (diff.added.length > 0) parts.push(`added ${list(diff.added, diff.name)}`);
  return parts.join('; ');
}
