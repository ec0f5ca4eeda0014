import type { MockApp } from './app.js';
import { okEnvelope } from './envelope.js';
import { sampleFromSchema } from './sample.js';
import type { Operation } from './spec/operations.js';
import { isObject } from './spec/ref.js';

/** Wraps handler data the way the operation's 2xx schema says: full envelope, `{ data }` only, or bare. */
export function wrapData(op: Operation, data: unknown): unknown {
  if (op.envelope === 'full') return okEnvelope(data, op.successStatus);
  return op.envelope === 'data' ? { data } : data;
}

/** A body generated from the operation's 2xx schema; the same seed and operation always give the same body. */
export function generatedBody(app: MockApp, op: Operation): unknown {
  if (op.responseSchema === undefined) return okEnvelope(true, op.successStatus);
  const body = sampleFromSchema(app.doc, op.responseSchema, hash(`${app.seed.random ?? 1}:${op.id}`), app.baseUrl);
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
