import type { MockContext } from '../context.js';
import { conformToSchema } from '../bodies/conform.js';
import { okEnvelope } from './envelope.js';
import { sampleFromSchema } from '../bodies/sample.js';
import type { Operation } from '../spec/operation.js';
import { isObject } from '../spec/ref.js';

/** Wraps handler data the way the operation's 2xx schema says (full envelope, `{ data }` only, or bare), fitted to that schema. */
export function wrapData(app: MockContext, op: Operation, data: unknown): unknown {
  const body = op.envelope === 'full' ? okEnvelope(data, op.successStatus) : op.envelope === 'data' ? { data } : data;
  return op.responseSchema === undefined ? body : conformToSchema(app.doc, op.responseSchema, body, hash(`${app.seed.random ?? 1}:${op.id}:state`));
}

/** A body generated from the operation's 2xx schema; the same seed and operation always give the same body. */
export function generatedBody(app: MockContext, op: Operation): unknown {
  if (op.responseSchema === undefined) return okEnvelope(true, op.successStatus);
  const body = sampleFromSchema(app.doc, op.responseSchema, hash(`${app.seed.random ?? 1}:${op.id}`));
  if (op.envelope === 'full' && isObject(body)) {
    body.success = true;
    body.status = op.successStatus;
  }
  return body;
}

function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
