import type { ConvertedBody } from './converted-body.js';

/** A body with nothing in it (`{}`, `[]`, a form of disabled rows only, a blank GraphQL query): dropped from GET and HEAD requests. */
export function carriesNothing(body: ConvertedBody): boolean {
  const { example, schema } = body.media;
  if (body.sendsNothing) return true;
  if (body.form) return Object.keys(schema.properties ?? {}).length === 0;
  if (example === undefined) return false;
  return example === null || (typeof example === 'object' && Object.keys(example).length === 0) || (typeof example === 'string' && example.trim() === '');
}
