import { isObject, objectAt } from '../load/json.js';
import { deref } from '../load/resolve-ref.js';
import { diffSchema } from './diff-schema.js';
import { pickMedia } from '../load/pick-media.js';
import { cleanText } from '../load/clean-text.js';
import type { Finding } from './finding.js';
import type { OperationEntry } from '../load/collect-operations.js';
import type { OpenApiDocument } from '../types.js';

/** Diffs the responses of two versions of an operation, per status code: presence, media type, schema, description. */
export function diffResponses(oldDoc: OpenApiDocument, newDoc: OpenApiDocument, a: OperationEntry, b: OperationEntry): Finding[] {
  const xs = objectAt(a.node, 'responses');
  const ys = objectAt(b.node, 'responses');
  const out: Finding[] = [];
  const res = (f: Omit<Finding, 'direction'>): void => {
    out.push({ direction: 'response', ...f });
  };
  for (const code of [...new Set([...Object.keys(xs), ...Object.keys(ys)])].sort()) {
    const location = `response ${cleanText(code, 20)}`;
    const x = deref(oldDoc, xs[code]);
    const y = deref(newDoc, ys[code]);
    if (!isObject(x)) {
      res({ kind: 'response.added', location });
      continue;
    }
    if (!isObject(y)) {
      res({ kind: 'response.removed', location });
      continue;
    }
    if (x.description !== y.description) res({ kind: 'description.changed', location });
    const m = pickMedia(x);
    const n = pickMedia(y);
    if (m?.type !== n?.type) {
      res({ kind: 'field.type-changed', location: `${location} content type`, before: m?.type ?? 'none', after: n?.type ?? 'none' });
      continue;
    }
    const site = { root: `${location} body`, field: (p: string) => `${p} in ${location}`, rootTypeKind: 'field.type-changed' as const };
    for (const c of diffSchema(oldDoc, newDoc, m?.schema, n?.schema, site)) res(c);
  }
  return out;
}
