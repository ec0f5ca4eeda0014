import { record } from '../input/record.js';
import type { SchemaObject } from '../types.js';

type Kind = 'object' | 'array' | 'scalar' | 'other';
const COMPOSED = ['$ref', 'oneOf', 'anyOf', 'allOf', 'enum', 'const', 'x-placeholder'] as const;

function kindOf(s: SchemaObject): Kind {
  for (let i = 0; i < COMPOSED.length; i++) if ((s as Record<string, unknown>)[COMPOSED[i] as string] !== undefined) return 'other';
  const type = s.type;
  if (type === 'object') return 'object';
  if (type === 'array') return 'array';
  if (type === undefined) return 'other';
  if (!Array.isArray(type)) return 'scalar';
  return type.length > 0 && !type.includes('object') && !type.includes('array') ? 'scalar' : 'other';
}

/** An `anyOf` that says nothing else: its branches can be united with their siblings. */
function bareAnyOf(s: SchemaObject): s is SchemaObject & { anyOf: SchemaObject[] } {
  if (!Array.isArray(s.anyOf)) return false;
  for (const k of Object.keys(s)) if (k !== 'anyOf' && k !== 'description') return false;
  return true;
}

/** A file field: a file, an array of files, or either (the union of both). */
const isFile = (s: SchemaObject): boolean =>
  s.format === 'binary' || (s.type === 'array' && s.items?.format === 'binary') || (Array.isArray(s.anyOf) && s.anyOf.length > 0 && s.anyOf.every(isFile));

/** A form field that takes a file or text: a described `anyOf` of a file schema and a text schema. */
function fileOrText(s: SchemaObject): s is SchemaObject & { anyOf: SchemaObject[]; description: string } {
  return s.anyOf?.length === 2 && typeof s.description === 'string' && isFile(s.anyOf[0] as SchemaObject) !== isFile(s.anyOf[1] as SchemaObject);
}

/**
 * The union of fields one of which takes a file or text: still a file or text (the files united,
 * the texts united), with the first such field's description.
 */
function unionFileOrText(list: SchemaObject[], described: string): SchemaObject {
  const files: SchemaObject[] = [];
  const texts: SchemaObject[] = [];
  for (let i = 0; i < list.length; i++) {
    const s = list[i] as SchemaObject;
    const parts = bareAnyOf(s) ? s.anyOf : [s];
    for (let b = 0; b < parts.length; b++) (isFile(parts[b] as SchemaObject) ? files : texts).push(parts[b] as SchemaObject);
  }
  return { anyOf: [unionSchemas(files), unionSchemas(texts)], description: described };
}

/** Adds a schema that says something (`{}` says nothing: it adds no constraint to a union). */
function pushKnown(out: SchemaObject[], s: SchemaObject): void {
  for (const _key in s) {
    out.push(s);
    return;
  }
}

function mergeObjects(objects: SchemaObject[]): SchemaObject {
  const first = objects[0] as SchemaObject;
  if (objects.length === 1) return first;
  const lists = new Map<string, SchemaObject[]>();
  for (let i = 0; i < objects.length; i++) {
    const props = (objects[i] as SchemaObject).properties;
    if (!props) continue;
    const keys = Object.keys(props);
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k] as string;
      const schema = props[key] as SchemaObject;
      const list = lists.get(key);
      if (list) list.push(schema);
      else lists.set(key, [schema]);
    }
  }
  const properties = record<SchemaObject>();
  for (const [key, list] of lists) properties[key] = unionSchemas(list);
  let required = first.required ?? [];
  for (let i = 0; i < objects.length; i++) {
    if (required.length === 0) break;
    const own = new Set((objects[i] as SchemaObject).required ?? []);
    required = required.filter((k) => own.has(k));
  }
  const out: SchemaObject = first.description ? { description: first.description, type: 'object', properties } : { type: 'object', properties };
  if (required.length > 0) out.required = required;
  return out;
}

function sameType(schemas: SchemaObject[], type: string): boolean {
  for (let i = 0; i < schemas.length; i++) if ((schemas[i] as SchemaObject).type !== type) return false;
  return true;
}

/** Whether some of the schemas are files (`format: binary`) and some are not. */
function filesAndTexts(scalars: SchemaObject[]): boolean {
  let files = 0;
  for (let i = 0; i < scalars.length; i++) if ((scalars[i] as SchemaObject).format === 'binary') files++;
  return files > 0 && files < scalars.length;
}

const MERGED_FILE_OR_TEXT = 'Merged requests send this field as a file and as text: it takes a file or text.';

/** Whether some arrays are arrays of files (a form key sending several files) and some scalars are text (not files). */
function fileArraysAndTexts(arrays: SchemaObject[], scalars: SchemaObject[]): boolean {
  let fileArrays = false;
  for (let i = 0; i < arrays.length && !fileArrays; i++) fileArrays = (arrays[i] as SchemaObject).items?.format === 'binary';
  if (!fileArrays) return false;
  for (let i = 0; i < scalars.length; i++) if ((scalars[i] as SchemaObject).format !== 'binary') return true;
  return false;
}

function mergeScalars(scalars: SchemaObject[]): SchemaObject {
  const first = scalars[0] as SchemaObject;
  // A form field merged requests send as a file and as text: it takes a file or text, as when one request writes both rows.
  if (filesAndTexts(scalars)) return unionFileOrText(scalars, MERGED_FILE_OR_TEXT);
  if (typeof first.type === 'string' && sameType(scalars, first.type)) return first;
  const types = new Set<string>();
  for (const s of scalars) {
    const type = s.type;
    if (Array.isArray(type)) for (const t of type) types.add(t);
    else if (type !== undefined && type !== null) types.add(type);
  }
  if (types.has('number')) types.delete('integer');
  const list = [...types].sort();
  if (list.length === 1 && first.type === list[0]) return first;
  const type = list.length === 1 ? (list[0] as string) : list;
  return first.description ? { description: first.description, type } : { type };
}

/**
 * The union of schemas inferred from examples, in time linear in their total size: objects
 * become one object whose properties are united (required only where every object requires
 * them), arrays one array of united items, scalar types one type list (integer widens to
 * number), anything else (references, enums, compositions) is kept as it is; when several of
 * these kinds remain they become `anyOf` branches, so every value one of the schemas accepts
 * is accepted. `{}` (nothing known, e.g. the items of an empty array) adds nothing.
 */
export function unionSchemas(list: SchemaObject[]): SchemaObject {
  const flat: SchemaObject[] = [];
  for (let i = 0; i < list.length; i++) {
    const s = list[i] as SchemaObject;
    if (bareAnyOf(s)) {
      if (fileOrText(s)) return unionFileOrText(list, s.description);
      for (let b = 0; b < s.anyOf.length; b++) pushKnown(flat, s.anyOf[b] as SchemaObject);
    } else pushKnown(flat, s);
  }
  if (flat.length <= 1) return flat[0] ?? {};
  const buckets: Record<Kind, SchemaObject[]> = { object: [], array: [], scalar: [], other: [] };
  for (let i = 0; i < flat.length; i++) {
    const s = flat[i] as SchemaObject;
    buckets[kindOf(s)].push(s);
  }
  // Files sent several at a time (an array of files) and text: still a file or text.
  if (buckets.array.length > 0 && buckets.scalar.length > 0 && fileArraysAndTexts(buckets.array, buckets.scalar)) return unionFileOrText(flat, MERGED_FILE_OR_TEXT);
  const branches: SchemaObject[] = [];
  if (buckets.object.length > 0) branches.push(mergeObjects(buckets.object));
  if (buckets.array.length > 0) {
    const first = buckets.array[0] as SchemaObject;
    const itemSchemas: SchemaObject[] = [];
    for (let i = 0; i < buckets.array.length; i++) itemSchemas.push((buckets.array[i] as SchemaObject).items ?? {});
    const items = unionSchemas(itemSchemas);
    branches.push(buckets.array.length === 1 ? first : first.description ? { description: first.description, type: 'array', items } : { type: 'array', items });
  }
  if (buckets.scalar.length > 0) branches.push(mergeScalars(buckets.scalar));
  const seen = new Set<string>();
  for (const s of buckets.other) {
    const key = JSON.stringify(s);
    if (!seen.has(key)) {
      seen.add(key);
      branches.push(s);
    }
  }
  return branches.length === 1 ? (branches[0] as SchemaObject) : { anyOf: branches };
}
