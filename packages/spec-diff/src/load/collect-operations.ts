import { isObject, objectAt } from './json.js';
import { cleanText } from './clean-text.js';
import type { JsonObject, OpenApiDocument } from '../types.js';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/** One operation of a document, with where it lives and who owns it. */
export interface OperationEntry {
  /** `operationId`, or `METHOD /path` when the operation has none. */
  readonly id: string;
  readonly method: string;
  readonly path: string;
  /** First tag, or `untagged`. */
  readonly tag: string;
  readonly node: JsonObject;
  readonly pathItem: JsonObject;
}

/**
 * Lists the operations of a document keyed by id. A repeated operationId
 * (invalid OpenAPI) keeps both, the later one suffixed with its method and path.
 */
export function collectOperations(doc: OpenApiDocument): Map<string, OperationEntry> {
  const out = new Map<string, OperationEntry>();
  const paths = objectAt(doc, 'paths');
  for (const path of Object.keys(paths).sort()) {
    const pathItem = paths[path];
    if (!isObject(pathItem)) continue;
    for (const method of METHODS) {
      const node = pathItem[method];
      if (!isObject(node)) continue;
      const where = `${method.toUpperCase()} ${cleanText(path, 200)}`;
      const given = typeof node.operationId === 'string' ? cleanText(node.operationId) : '';
      let id = given === '' ? where : given;
      if (out.has(id)) id = `${id} (${where})`;
      const tags = Array.isArray(node.tags) ? node.tags.filter((t): t is string => typeof t === 'string') : [];
      out.set(id, { id, method: method.toUpperCase(), path, tag: cleanText(tags[0] ?? 'untagged'), node, pathItem });
    }
  }
  return out;
}
