/**
 * Finds the name of the export of a resource module (e.g. `@imgur-ts/image`)
 * that sends `POST /3/upload`, by its operation metadata. Throws when none does.
 */
export function findUploadExport(mod: Readonly<Record<string, unknown>>, path = '/3/upload'): string {
  for (const [name, value] of Object.entries(mod)) {
    const meta = (value as { meta?: { method?: string; path?: string } } | null)?.meta;
    if (typeof value === 'function' && meta?.method === 'POST' && meta.path === path) return name;
  }
  throw new Error(`findUploadExport: no exported operation sends POST ${path}`);
}
