import type { ParsedDescription } from './description.js';
import { inferSchema } from '../schema/schema-infer.js';
import type { JsonValue, MediaTypeObject, ResponseObject, SchemaObject } from '../types.js';
import { record } from '../input/record.js';
import { unionSchemas } from '../schema/union-all.js';

/** Responses plus the placeholder components the model references need. */
export interface BuiltResponses {
  responses: Record<string, ResponseObject>;
  schemas: Record<string, SchemaObject>;
}

/**
 * Adds what the description says to the saved-example responses: `Response Model`
 * links become the 2xx schema (`$ref`, or `anyOf` for "A OR B": both placeholders take any object) with a placeholder
 * component each (an object an overlay fills in; when an example is not an object, such as a
 * saved array or text, the schema is `anyOf` the model and the schema of the examples, so every
 * example still validates), a `Response:` JSON block becomes the example (and the schema when no
 * model is named). With nothing known, a `default` response says so. The saved responses handed in are
 * not changed; without a model or an example they are returned as they are.
 */
export function buildResponses(saved: Record<string, ResponseObject>, parsed: ParsedDescription, mediaType: string): BuiltResponses {
  const schemas = record<SchemaObject>();
  // Most requests name no model and no example: their saved responses are kept as they are (one is added when there are none).
  if (parsed.models.length === 0 && parsed.responseExample === undefined) {
    if (hasKey(saved)) return { responses: saved, schemas };
    const responses = record<ResponseObject>();
    responses.default = { description: 'Response not documented in the collection' };
    return { responses, schemas };
  }
  const responses = record(saved);
  const refs: SchemaObject[] = parsed.models.map((m) => ({ $ref: `#/components/schemas/${m.component}` }));
  for (const m of parsed.models) {
    schemas[m.component] = {
      type: 'object',
      description: `Placeholder for the ${m.title} model (${m.url}); an overlay supplies its fields.`,
      'x-placeholder': true,
      'x-model-page': m.url,
    };
  }
  const code =
    Object.keys(responses)
      .filter((c) => /^2\d\d$/.test(c))
      .sort()[0] ?? '200';
  // Copies along the changed path only: the saved responses handed in stay as they were.
  const response: ResponseObject = { ...(responses[code] ?? { description: 'Successful response' }) };
  responses[code] = response;
  const content = record(response.content ?? {});
  response.content = content;
  const type = Object.keys(content).find((t) => t.includes('json')) ?? mediaType;
  const media = { ...(content[type] ?? { schema: {} }) };
  content[type] = media;
  const model = refs.length === 1 ? refs[0] : refs.length > 1 ? { anyOf: refs } : undefined;
  if (model) media.schema = withModel(model, media, parsed.responseExample);
  else if (parsed.responseExample !== undefined) media.schema = inferSchema(parsed.responseExample);
  if (parsed.responseExample !== undefined) media.example = parsed.responseExample;
  return { responses, schemas };
}

const isObject = (v: JsonValue | undefined): boolean => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The schema of a response that names a model: the model alone when every example is an object
 * (the placeholder is one), else `anyOf` the model and the schema the examples were read into
 * (`anyOf`, not `oneOf`: an object may fit both).
 */
function withModel(model: SchemaObject, media: MediaTypeObject, described: JsonValue | undefined): SchemaObject {
  const values: (JsonValue | undefined)[] = [media.example, described];
  for (const e of Object.values(media.examples ?? {})) values.push(e.value);
  if (values.every((v) => v === undefined || isObject(v))) return model;
  const schemas = [media.schema ?? {}];
  if (described !== undefined) schemas.push(inferSchema(described));
  return { anyOf: [model, unionSchemas(schemas)] };
}

/** Whether a record has a key (it inherits none), without listing its keys. */
function hasKey(value: Record<string, unknown>): boolean {
  for (const _key in value) return true;
  return false;
}
