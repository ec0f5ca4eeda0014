import type { HttpMethod } from './meta-types.js';
import type { JsonObject } from '../types.js';
import { isObject } from './resolve.js';

/** One operation of the description, with where it lives. */
export interface OperationInfo {
  readonly operationId: string;
  readonly method: HttpMethod;
  readonly path: string;
  readonly op: JsonObject;
  /** Parameters declared on the path item (shared by its operations). */
  readonly pathParameters: readonly JsonObject[];
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head'] as const;

/**
 * The operations whose first tag equals `tag` (case-insensitive), in path then
 * method order. Each must have an operationId; errors name the path and method.
 */
export function collectOperations(spec: JsonObject, tag: string): OperationInfo[] {
  const paths = isObject(spec.paths) ? spec.paths : {};
  const out: OperationInfo[] = [];
  for (const [path, item] of Object.entries(paths)) {
    if (!isObject(item)) continue;
    const shared = Array.isArray(item.parameters) ? item.parameters.filter(isObject) : [];
    for (const m of METHODS) {
      const op = item[m];
      if (!isObject(op)) continue;
      const tags = Array.isArray(op.tags) ? op.tags : [];
      if (typeof tags[0] !== 'string' || tags[0].toLowerCase() !== tag.toLowerCase()) continue;
      if (typeof op.operationId !== 'string' || op.operationId === '') {
        throw new Error(`${m.toUpperCase()} ${path}: operation has no operationId`);
      }
      out.push({ operationId: op.operationId, method: m.toUpperCase() as HttpMethod, path, op, pathParameters: shared });
    }
  }
  return out;
}
