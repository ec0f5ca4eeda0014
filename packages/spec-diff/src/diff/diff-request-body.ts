import { isObject } from '../load/json.js';
import { deref } from '../load/resolve-ref.js';
import { diffSchema } from './diff-schema.js';
import { pickMedia } from '../load/pick-media.js';
import type { Finding } from './finding.js';
import type { OperationEntry } from '../load/collect-operations.js';
import type { OpenApiDocument } from '../types.js';

const SITE = {
  root: 'request body',
  field: (p: string) => `${p} in request body`,
  rootTypeKind: 'field.type-changed' as const,
};

/** Diffs the request bodies of two versions of an operation: presence, required flag, media type, schema. */
export function diffRequestBody(oldDoc: OpenApiDocument, newDoc: OpenApiDocument, a: OperationEntry, b: OperationEntry): Finding[] {
  const x = deref(oldDoc, a.node.requestBody);
  const y = deref(newDoc, b.node.requestBody);
  const req = (f: Omit<Finding, 'direction'>): Finding => ({ direction: 'request', ...f });
  if (!isObject(x) && !isObject(y)) return [];
  if (!isObject(x) && isObject(y)) {
    return [req({ kind: y.required === true ? 'request-body.added.required' : 'request-body.added.optional', location: 'request body' })];
  }
  if (isObject(x) && !isObject(y)) return [req({ kind: 'request-body.removed', location: 'request body' })];
  if (!isObject(x) || !isObject(y)) return [];
  const out: Finding[] = [];
  if ((x.required === true) !== (y.required === true)) {
    out.push(req({ kind: y.required === true ? 'request-body.made-required' : 'request-body.made-optional', location: 'request body' }));
  }
  if (x.description !== y.description) out.push(req({ kind: 'description.changed', location: 'request body' }));
  const m = pickMedia(x);
  const n = pickMedia(y);
  if (m?.type !== n?.type) {
    out.push(req({ kind: 'field.type-changed', location: 'request body content type', before: m?.type ?? 'none', after: n?.type ?? 'none' }));
    return out;
  }
  for (const c of diffSchema(oldDoc, newDoc, m?.schema, n?.schema, SITE)) out.push(req(c));
  return out;
}
