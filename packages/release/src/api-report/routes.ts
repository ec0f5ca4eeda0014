import { pathToFileURL } from 'node:url';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/**
 * The routes a server built from an OpenAPI document answers, as report
 * entries (`route GET /3/album/{albumHash}` → the operation id). `module` is a
 * built module exporting the document as `exportName`; it is loaded fresh on
 * every call, so a rebuilt file is read again in the same process.
 * @throws Error when the module has no such export or it has no `paths`.
 */
export async function routeEntries(module: string, exportName: string): Promise<Record<string, string>> {
  const url = `${pathToFileURL(module).href}?load=${Date.now()}-${Math.random()}`;
  const doc = ((await import(url)) as Record<string, unknown>)[exportName] as { paths?: Record<string, Record<string, { operationId?: string }>> } | undefined;
  if (!doc?.paths) throw new Error(`api report: ${module} exports no OpenAPI document "${exportName}" with paths`);
  const out: Record<string, string> = {};
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (op) out[`route ${method.toUpperCase()} ${path}`] = op.operationId ?? '';
    }
  }
  return out;
}
