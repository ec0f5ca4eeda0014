import { record } from '../input/record.js';
import type { DraftOperation, MediaTypeObject, SchemaObject } from '../types.js';

const FORM_TYPES = new Set(['multipart/form-data', 'application/x-www-form-urlencoded']);

const takesString = (s: SchemaObject | undefined): boolean => {
  if (!s) return false;
  const type = s.type;
  if (s.format === 'binary' || s.enum || s.$ref || s.oneOf || s.anyOf) return false;
  return type === undefined || type === 'string' || (Array.isArray(type) && type.includes('string'));
};

/**
 * A draft's body content with its form values as the `example` of its form media type, so
 * that merging keeps each request's form as a named example. Only the values the schema
 * accepts as they are (text fields, `[]` fields of text) go in; a field the schema types
 * otherwise (a file, a number from a parameter table) is left out. Other content is returned as it is.
 */
export function withFormExample(draft: DraftOperation): Record<string, MediaTypeObject> {
  const content = draft.operation.requestBody?.content;
  const values = draft.formValues;
  if (!content || !values) return content ?? record();
  const out = record<MediaTypeObject>({ ...content });
  for (const [mediaType, media] of Object.entries(content)) {
    if (!FORM_TYPES.has(mediaType) || media.example !== undefined || media.examples !== undefined) continue;
    const properties = media.schema?.properties ?? {};
    const example = record<string | string[]>();
    for (const [key, value] of Object.entries(values)) {
      const field = properties[key];
      if (Array.isArray(value) ? field?.type === 'array' && takesString(field.items) : takesString(field)) example[key] = value;
    }
    const required = media.schema?.required ?? [];
    if (Object.keys(example).length > 0 && required.every((k) => Object.hasOwn(example, k))) out[mediaType] = { ...media, example };
  }
  return out;
}
