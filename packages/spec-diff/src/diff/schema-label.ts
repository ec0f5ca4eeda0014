import { isObject } from '../load/json.js';
import { resolveRef, schemaRefName } from '../load/resolve-ref.js';
import type { OpenApiDocument } from '../types.js';

const MAX_DEPTH = 16;

/**
 * A short type label of a schema, used to tell whether a field changed type:
 * `string`, `integer`, `string(binary)`, `Album`, `Image[]`, `object`,
 * `string | null`, `A | B`, `string enum`. Whether there is an enum is part of
 * it, its values and descriptions are not (they are diffed on their own); alternatives are sorted so order does not count.
 */
export function schemaLabel(doc: OpenApiDocument, schema: unknown, depth = 0): string {
  if (schema === true || schema === undefined) return 'any';
  if (!isObject(schema)) return 'never';
  if (depth > MAX_DEPTH) return '…';
  const name = schemaRefName(schema);
  if (name !== undefined) return name;
  if (typeof schema.$ref === 'string') return schemaLabel(doc, resolveRef(doc, schema.$ref), depth + 1);
  const parts: string[] = [];
  const types = typesOf(schema);
  for (const t of types) parts.push(labelForType(doc, schema, t, depth));
  for (const key of ['oneOf', 'anyOf'] as const) {
    const list = schema[key];
    if (Array.isArray(list) && types.length === 0) parts.push(...list.map((s) => schemaLabel(doc, s, depth + 1)));
  }
  if (Array.isArray(schema.allOf) && types.length === 0) {
    parts.push(
      [...schema.allOf]
        .map((s) => schemaLabel(doc, s, depth + 1))
        .sort()
        .join(' & '),
    );
  }
  if (schema.nullable === true && !parts.includes('null')) parts.push('null');
  const unique = [...new Set(parts)].sort((a, b) => (a === 'null' ? 1 : b === 'null' ? -1 : a < b ? -1 : a > b ? 1 : 0));
  return unique.length === 0 ? 'any' : unique.join(' | ');
}

function typesOf(schema: Record<string, unknown>): string[] {
  const t = schema.type;
  if (typeof t === 'string') return [t];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string');
  if (isObject(schema.properties) || isObject(schema.additionalProperties)) return ['object'];
  if (schema.items !== undefined) return ['array'];
  const values = Array.isArray(schema.enum) ? schema.enum : 'const' in schema ? [schema.const] : [];
  return [...new Set(values.map((v) => (v === null ? 'null' : Number.isInteger(v) ? 'integer' : typeof v)))];
}

function labelForType(doc: OpenApiDocument, schema: Record<string, unknown>, t: string, depth: number): string {
  if (t === 'array') return `${wrap(schemaLabel(doc, schema.items, depth + 1))}[]`;
  if (Array.isArray(schema.enum) || 'const' in schema) return `${t} enum`;
  if (t === 'string' && typeof schema.format === 'string') return `string(${schema.format})`;
  if (t === 'object' && !isObject(schema.properties) && isObject(schema.additionalProperties)) {
    return `Record<string, ${schemaLabel(doc, schema.additionalProperties, depth + 1)}>`;
  }
  return t;
}

function wrap(label: string): string {
  return label.includes(' ') ? `(${label})` : label;
}
