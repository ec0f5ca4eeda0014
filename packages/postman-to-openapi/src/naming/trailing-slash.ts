import { templateKey } from './path-names.js';
import type { ConversionWarning, DraftOperation } from '../types.js';
import { warningFor } from '../warnings.js';

/**
 * Joins trailing-slash twins: a path written with a trailing slash (`/a/`) when the
 * collection also has it without (`/a`, any method) takes the path without, so both meet in
 * one path item (and one operation when the methods agree). Each change is reported
 * (`trailing-slash`). A path with a trailing slash and no twin keeps it.
 */
export function joinTrailingSlashTwins(drafts: DraftOperation[]): ConversionWarning[] {
  const bare = new Set(drafts.filter((d) => !d.path.endsWith('/') || d.path === '/').map((d) => templateKey(d.path)));
  const warnings: ConversionWarning[] = [];
  for (const d of drafts) {
    if (d.path === '/' || !d.path.endsWith('/')) continue;
    const without = d.path.replace(/\/+$/, '') || '/';
    if (!bare.has(templateKey(without))) continue;
    warnings.push(
      warningFor(
        d.entry,
        'trailing-slash',
        `${d.method.toUpperCase()} ${d.path} written with a trailing slash; joined with ${without}, which the collection also uses`,
        '/request/url',
      ),
    );
    d.path = without;
  }
  return warnings;
}
