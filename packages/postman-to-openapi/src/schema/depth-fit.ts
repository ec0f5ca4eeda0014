import { record } from '../input/record.js';
import type { MediaTypeObject, OperationObject, SchemaObject } from '../types.js';

/**
 * Whether a value takes at most `room` levels: a string, number, boolean or null one, an object or array
 * one more than its deepest member (one when empty). The walk stops at `room`.
 */
function fits(value: unknown, room: number): boolean {
  if (room < 1) return false;
  if (value === null || typeof value !== 'object') return true;
  for (const key in value) if (!fits((value as Record<string, unknown>)[key], room - 1)) return false;
  return true;
}

/** Keywords that limit an object's properties: without its `properties`, a schema must drop them all. */
const PROPERTY_LIMITS = new Set(['properties', 'patternProperties', 'additionalProperties', 'unevaluatedProperties', 'required']);
/** Keywords whose value is a map of schemas / one schema / a list of schemas. */
const SCHEMA_MAPS = new Set(['properties', 'patternProperties']);
const SCHEMAS = new Set(['items', 'additionalProperties', 'unevaluatedProperties', 'propertyNames', 'contains']);
const SCHEMA_LISTS = new Set(['anyOf', 'oneOf', 'allOf', 'prefixItems']);

/**
 * `schema` cut to take at most `room` levels (see {@link fits}), accepting everything it accepted: below the cut a schema keeps
 * its type and drops what does not fit (`properties`, `items`, `anyOf` members, `enum`); dropping a
 * constraint only widens a schema (`oneOf` becomes `anyOf`, as cut members may overlap).
 */
export function fitSchema(schema: SchemaObject, room: number): SchemaObject {
  if (fits(schema, room)) return schema;
  if (room <= 1) return {};
  const given = schema as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  // A map or list of schemas takes a level, and each schema in it one at least: with less room they go,
  // and what limits along with them.
  const keepsMembers = room >= 3;
  for (const key of Object.keys(given)) {
    const value = given[key];
    if (!keepsMembers && PROPERTY_LIMITS.has(key)) continue;
    // `items` after `prefixItems` limits the items past them: it goes with them.
    if (!keepsMembers && key === 'items' && given.prefixItems !== undefined) continue;
    if (value === null || typeof value !== 'object') out[key] = value;
    else if (SCHEMA_MAPS.has(key)) {
      const map = record<SchemaObject>();
      for (const name of Object.keys(value)) map[name] = fitSchema((value as Record<string, SchemaObject>)[name] as SchemaObject, room - 2);
      out[key] = map;
    } else if (SCHEMAS.has(key)) out[key] = fitSchema(value as SchemaObject, room - 1);
    else if (SCHEMA_LISTS.has(key)) {
      if (keepsMembers) out[key === 'oneOf' ? 'anyOf' : key] = (value as SchemaObject[]).map((s) => fitSchema(s, room - 2));
    } else if (fits(value, room - 1)) out[key] = value;
  }
  return out as SchemaObject;
}

/**
 * The schema of a JSON value too deep to walk: it accepts any value and, unlike `{}` (which says nothing, so a
 * union of schemas leaves it out), stays a branch of any union it joins, so the union still accepts the value.
 */
export function tooDeepSchema(depth: number): SchemaObject {
  return { description: `JSON nested deeper than ${depth} levels: not walked, any value accepted.` };
}

/** The level of an operation's object: under the document, `paths` and the path. */
const OPERATION_LEVEL = 4;

/**
 * Cuts the schemas of an operation (parameters, request body, responses) so that no value of the document
 * lies deeper than level `levels` (the document on level 1; `DOCUMENT_LEVELS`, the most Redocly reads). Returns where it cut (`requestBody application/json`,
 * `response 200 application/json`, `parameter q`): an inferred schema adds up to three levels for each
 * level of its example.
 */
export function fitOperationSchemas(operation: Omit<OperationObject, 'operationId'>, levels: number): string[] {
  const cut: string[] = [];
  const room = (level: number): number => levels - level + 1;
  const fitContent = (content: Record<string, MediaTypeObject> | undefined, level: number, where: string): void => {
    if (!content) return;
    for (const type of Object.keys(content)) {
      const media = content[type] as MediaTypeObject;
      if (fits(media.schema, room(level + 2))) continue;
      media.schema = fitSchema(media.schema, room(level + 2));
      cut.push(`${where} ${type}`);
    }
  };
  for (const parameter of operation.parameters ?? []) {
    if (fits(parameter.schema, room(OPERATION_LEVEL + 3))) continue;
    parameter.schema = fitSchema(parameter.schema, room(OPERATION_LEVEL + 3));
    cut.push(`parameter ${parameter.name}`);
  }
  fitContent(operation.requestBody?.content, OPERATION_LEVEL + 2, 'request body');
  for (const code of Object.keys(operation.responses)) fitContent(operation.responses[code]?.content, OPERATION_LEVEL + 3, `response ${code}`);
  return cut;
}
