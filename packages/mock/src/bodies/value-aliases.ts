import type { Operation } from '../spec/operation.js';

/**
 * Field values Imgur accepts beyond what its documentation lists, mapped to the documented ones before validation:
 * `type=stream` (sent by the `imgur` npm package for streams) is an upload of a file part.
 */
const VALUE_ALIASES: Readonly<Record<string, Readonly<Record<string, Readonly<Record<string, string>>>>>> = {
  'POST /3/upload': { type: { stream: 'file' } },
};

/** Rewrites aliased field values of a parsed body in place (only string values are touched). */
export function applyValueAliases(op: Operation, body: unknown): void {
  const table = VALUE_ALIASES[op.shape];
  if (!table || typeof body !== 'object' || body === null || Array.isArray(body)) return;
  const fields = body as Record<string, unknown>;
  for (const [field, map] of Object.entries(table)) {
    const v = fields[field];
    if (typeof v === 'string' && Object.hasOwn(map, v)) fields[field] = map[v];
  }
}
