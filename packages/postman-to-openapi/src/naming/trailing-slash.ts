import { templateKey } from './path-names.js';
import type { ConversionWarning, DraftOperation } from '../types.js';
import { warningFor } from '../warnings.js';
import { trimSlashes } from '../input/trim-slashes.js';

/**
 * Takes trailing slashes off paths (OpenAPI tools and Redocly's `no-path-trailing-slash` rule
 * expect none), losing nothing:
 * - a twin (`/a/` when the collection also writes `/a`, any method) takes the path without, so
 *   both meet in one path item (and one operation when the methods agree): the server answers `/a`;
 * - a path the collection only writes with the slash (Brightspace's `/d2l/api/lp/versions/`) is
 *   written without it, and its operation says `x-postman-trailing-slash: true`: requests send the slash.
 * Each change is reported (`trailing-slash`). The root path `/` stays.
 */
export function joinTrailingSlashTwins(drafts: DraftOperation[]): ConversionWarning[] {
  const bare = new Set(drafts.filter((d) => !d.path.endsWith('/') || d.path === '/').map((d) => templateKey(d.path)));
  const warnings: ConversionWarning[] = [];
  for (const d of drafts) {
    if (d.path === '/' || !d.path.endsWith('/')) continue;
    const without = trimSlashes(d.path) || '/';
    const twin = bare.has(templateKey(without));
    const message = twin
      ? `${d.method.toUpperCase()} ${d.path} written with a trailing slash; joined with ${without}, which the collection also uses`
      : `${d.method.toUpperCase()} ${d.path} is only written with a trailing slash; path ${without} with x-postman-trailing-slash: true (requests send the slash)`;
    warnings.push(warningFor(d.entry, 'trailing-slash', message, '/request/url'));
    if (!twin) d.operation['x-postman-trailing-slash'] = true;
    d.path = without;
  }
  return warnings;
}
