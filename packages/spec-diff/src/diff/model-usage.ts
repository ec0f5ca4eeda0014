import { isObject } from '../load/json.js';
import { resolveRef, schemaRefName } from '../load/resolve-ref.js';
import type { OperationEntry } from '../load/collect-operations.js';
import type { OpenApiDocument } from '../types.js';

/** Which models an operation uses, on which side, directly or through other models. */
export interface ModelUsage {
  readonly request: Set<string>;
  readonly response: Set<string>;
}

/**
 * Finds the component schemas an operation references, transitively:
 * from parameters and the request body (request side) and from responses
 * (response side), following refs to shared parameters, bodies and responses.
 */
export function modelUsage(doc: OpenApiDocument, op: OperationEntry): ModelUsage {
  return {
    request: refsFrom(doc, [op.pathItem.parameters, op.node.parameters, op.node.requestBody]),
    response: refsFrom(doc, [op.node.responses]),
  };
}

function refsFrom(doc: OpenApiDocument, roots: unknown[]): Set<string> {
  const models = new Set<string>();
  const seenRefs = new Set<string>();
  const stack: unknown[] = [...roots];
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      stack.push(...node);
      continue;
    }
    if (!isObject(node)) continue;
    const ref = node.$ref;
    if (typeof ref === 'string' && !seenRefs.has(ref)) {
      seenRefs.add(ref);
      const name = schemaRefName(node);
      if (name !== undefined) models.add(name);
      stack.push(resolveRef(doc, ref));
    }
    for (const [key, value] of Object.entries(node)) if (key !== '$ref') stack.push(value);
  }
  return models;
}
