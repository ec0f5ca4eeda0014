import type { JsonObject } from '../types.js';
import type { OperationInfo } from './collect-operations.js';
import { isObject } from './resolve.js';

type Scheme = 'clientId' | 'bearer';

/** Which runtime auth scheme a security scheme object stands for. */
function kindOf(name: string, def: JsonObject | undefined): Scheme {
  if (def === undefined) throw new Error(`unknown security scheme ${JSON.stringify(name)}`);
  const scheme = typeof def.scheme === 'string' ? def.scheme.toLowerCase() : '';
  if (def.type === 'oauth2' || def.type === 'openIdConnect' || (def.type === 'http' && scheme === 'bearer')) return 'bearer';
  return 'clientId';
}

/**
 * The auth schemes an operation accepts, in the order the description lists
 * them (operation `security`, else the document's). `[]` means no auth header.
 */
export function securityOf(spec: JsonObject, info: OperationInfo): Scheme[] {
  const reqs = Array.isArray(info.op.security) ? info.op.security : Array.isArray(spec.security) ? spec.security : [];
  const components = isObject(spec.components) ? spec.components : {};
  const schemes = isObject(components.securitySchemes) ? components.securitySchemes : {};
  const out: Scheme[] = [];
  for (const req of reqs) {
    if (!isObject(req)) continue;
    for (const name of Object.keys(req)) {
      const def = schemes[name];
      const kind = kindOf(name, isObject(def) ? def : undefined);
      if (!out.includes(kind)) out.push(kind);
    }
  }
  return out;
}
