import { isObject } from '../load/json.js';
import { schemaRefName } from '../load/resolve-ref.js';
import { schemaLabel } from './schema-label.js';
import { cleanText } from '../load/clean-text.js';
import type { ChangeKind, JsonObject, OpenApiDocument } from '../types.js';

const MAX_DEPTH = 32;

/** Where a schema sits, so changes inside it get readable locations. */
export interface SchemaSite {
  /** Location of the schema itself, e.g. `query parameter page`, `response 200 body`, `Album`. */
  readonly root: string;
  /** Location of a field at `path` (`data.link`), e.g. `data.link in response 200` or `Album.link`. */
  readonly field: (path: string) => string;
  /** Kind reported when the root schema changes type. */
  readonly rootTypeKind: 'parameter.type-changed' | 'field.type-changed';
}

/** One change found inside a schema. */
export interface SchemaChange {
  readonly kind: ChangeKind;
  readonly location: string;
  readonly before?: string;
  readonly after?: string;
}

/**
 * Structural diff of two schemas: type changes, enum values, descriptions,
 * object fields (added/removed/required) and nested items. Stops at
 * `#/components/schemas` refs (models are diffed once, on their own) and
 * reports a changed ref target as a type change.
 */
export function diffSchema(oldDoc: OpenApiDocument, newDoc: OpenApiDocument, a: unknown, b: unknown, site: SchemaSite, path = '', depth = 0): SchemaChange[] {
  const out: SchemaChange[] = [];
  const here = path === '' ? site.root : site.field(path);
  const before = schemaLabel(oldDoc, a);
  const after = schemaLabel(newDoc, b);
  if (before !== after) {
    out.push({ kind: path === '' ? site.rootTypeKind : 'field.type-changed', location: here, before, after });
    return out;
  }
  if (!isObject(a) || !isObject(b) || schemaRefName(a) !== undefined || depth > MAX_DEPTH) return out;
  if (a.description !== b.description) out.push({ kind: 'description.changed', location: here });
  const oldValues = enumValues(a);
  const newValues = enumValues(b);
  for (const v of [...newValues].filter((x) => !oldValues.has(x)).sort()) {
    out.push({ kind: 'enum.value-added', location: `enum of ${here}`, after: cleanText(v) });
  }
  for (const v of [...oldValues].filter((x) => !newValues.has(x)).sort()) {
    out.push({ kind: 'enum.value-removed', location: `enum of ${here}`, before: cleanText(v) });
  }
  const next = (x: unknown, y: unknown, p: string): void => {
    out.push(...diffSchema(oldDoc, newDoc, x, y, site, p, depth + 1));
  };
  const oldProps = properties(a);
  const newProps = properties(b);
  const names = [...new Set([...oldProps.fields.keys(), ...newProps.fields.keys()])].sort();
  for (const name of names) {
    const p = path === '' ? cleanText(name) : `${path}.${cleanText(name)}`;
    const wasRequired = oldProps.required.has(name);
    const isRequired = newProps.required.has(name);
    if (!oldProps.fields.has(name)) {
      out.push({ kind: isRequired ? 'field.added.required' : 'field.added.optional', location: site.field(p) });
    } else if (!newProps.fields.has(name)) {
      out.push({ kind: 'field.removed', location: site.field(p) });
    } else {
      if (wasRequired !== isRequired) {
        out.push({ kind: isRequired ? 'field.made-required' : 'field.made-optional', location: site.field(p) });
      }
      next(oldProps.fields.get(name), newProps.fields.get(name), p);
    }
  }
  if (a.items !== undefined && b.items !== undefined) next(a.items, b.items, `${path}[]`);
  if (isObject(a.additionalProperties) && isObject(b.additionalProperties)) {
    next(a.additionalProperties, b.additionalProperties, `${path}{}`);
  }
  for (const key of ['oneOf', 'anyOf'] as const) {
    const xs = a[key];
    const ys = b[key];
    if (Array.isArray(xs) && Array.isArray(ys) && xs.length === ys.length) {
      for (const [i, x] of xs.entries()) next(x, ys[i], path);
    }
  }
  return out;
}

function enumValues(schema: JsonObject): Set<string> {
  const values = Array.isArray(schema.enum) ? schema.enum : 'const' in schema ? [schema.const] : [];
  return new Set(values.map((v) => JSON.stringify(v)));
}

/** Fields of an object schema, merging inline `allOf` members. */
function properties(schema: JsonObject): { fields: Map<string, unknown>; required: Set<string> } {
  const fields = new Map<string, unknown>();
  const required = new Set<string>();
  const parts = [schema, ...(Array.isArray(schema.allOf) ? schema.allOf : [])];
  for (const part of parts) {
    if (!isObject(part) || schemaRefName(part) !== undefined) continue;
    if (isObject(part.properties)) for (const [k, v] of Object.entries(part.properties)) fields.set(k, v);
    if (Array.isArray(part.required)) for (const r of part.required) if (typeof r === 'string') required.add(r);
  }
  return { fields, required };
}
