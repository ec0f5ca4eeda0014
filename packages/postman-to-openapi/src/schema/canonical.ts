import type { OpenApiDocument } from '../types.js';
import { record } from '../input/record.js';

/** Whether keys are in ascending order already (then sorting them, which copies them, is skipped). */
function ascending(keys: string[]): boolean {
  for (let i = 1; i < keys.length; i++) if ((keys[i - 1] as string) > (keys[i] as string)) return false;
  return true;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const out = record<unknown>();
  const keys = Object.keys(value);
  for (const key of ascending(keys) ? keys : keys.sort()) {
    const child = (value as Record<string, unknown>)[key];
    if (child !== undefined) out[key] = sortKeys(child);
  }
  return out;
}

const TOP = ['openapi', 'info', 'servers', 'tags', 'paths', 'components'] as const;

/**
 * Deterministic form of a document: every object's keys sorted (paths included),
 * arrays kept in order, top-level keys in the usual OpenAPI order.
 */
export function canonicalDocument(document: OpenApiDocument): OpenApiDocument {
  const sorted = sortKeys(document) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of TOP) if (sorted[key] !== undefined) out[key] = sorted[key];
  return out as unknown as OpenApiDocument;
}

/** The document as text: 2-space indented JSON with a trailing newline. */
export function serializeDocument(document: OpenApiDocument): string {
  return `${JSON.stringify(canonicalDocument(document), null, 2)}\n`;
}
