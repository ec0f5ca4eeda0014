import { isObject } from '../load/json.js';
import { deref } from '../load/resolve-ref.js';
import { diffSchema } from './diff-schema.js';
import { cleanText } from '../load/clean-text.js';
import type { Finding } from './finding.js';
import type { OperationEntry } from '../load/collect-operations.js';
import type { JsonObject, OpenApiDocument } from '../types.js';

/**
 * Diffs the parameters of two versions of an operation (path-level and
 * operation-level merged, refs followed), keyed by `in` and `name`.
 */
export function diffParameters(oldDoc: OpenApiDocument, newDoc: OpenApiDocument, a: OperationEntry, b: OperationEntry): Finding[] {
  const before = parameters(oldDoc, a);
  const after = parameters(newDoc, b);
  const out: Finding[] = [];
  for (const key of [...new Set([...before.keys(), ...after.keys()])].sort()) {
    const x = before.get(key);
    const y = after.get(key);
    const location = `${key.split('\n').join(' parameter ')}`;
    const emit = (f: Omit<Finding, 'direction' | 'location'>): void => {
      out.push({ direction: 'request', location, ...f });
    };
    if (x === undefined && y !== undefined) {
      emit({ kind: isRequired(y) ? 'parameter.added.required' : 'parameter.added.optional' });
    } else if (x !== undefined && y === undefined) {
      emit({ kind: 'parameter.removed' });
    } else if (x !== undefined && y !== undefined) {
      if (isRequired(x) !== isRequired(y)) emit({ kind: isRequired(y) ? 'parameter.made-required' : 'parameter.made-optional' });
      if (x.description !== y.description) emit({ kind: 'description.changed' });
      const site = { root: location, field: (p: string) => `${p} in ${location}`, rootTypeKind: 'parameter.type-changed' as const };
      for (const c of diffSchema(oldDoc, newDoc, x.schema, y.schema, site)) out.push({ direction: 'request', ...c });
    }
  }
  return out;
}

function isRequired(p: JsonObject): boolean {
  return p.required === true || p.in === 'path';
}

/** Effective parameters: operation-level ones override path-level ones with the same `in` and `name`. */
function parameters(doc: OpenApiDocument, op: OperationEntry): Map<string, JsonObject> {
  const out = new Map<string, JsonObject>();
  for (const list of [op.pathItem.parameters, op.node.parameters]) {
    if (!Array.isArray(list)) continue;
    for (const raw of list) {
      const p = deref(doc, raw);
      if (!isObject(p) || typeof p.name !== 'string' || typeof p.in !== 'string') continue;
      out.set(`${cleanText(p.in)}\n${cleanText(p.name)}`, p);
    }
  }
  return out;
}
