import type { Response } from 'postman-collection';
import { parseJsonText } from '../input/json.js';
import { camelCase } from '../naming/names.js';
import { inferSchema } from '../schema/schema-infer.js';
import { unionSchemas } from '../schema/union-all.js';
import type { ExampleObject, ResponseObject, SchemaObject } from '../types.js';
import { record } from '../input/record.js';

/**
 * Saved example responses -> OpenAPI responses by status code: each example is kept
 * under `examples` (keyed by the camelCased example name) and JSON bodies give an
 * inferred schema, merged across the examples of one status and media type.
 */
export function convertExamples(responses: Response[]): Record<string, ResponseObject> {
  const out = record<ResponseObject>();
  const schemas = new Map<SchemaObject[], { code: string; mediaType: string }>();
  const lists = new Map<string, SchemaObject[]>();
  for (const [index, response] of responses.entries()) {
    const code = Number.isInteger(response.code) && response.code >= 100 && response.code <= 599 ? String(response.code) : '200';
    const name = typeof response.name === 'string' ? response.name : '';
    const entry = (out[code] ??= { description: '' });
    if (name && !entry.description.split('; ').includes(name)) entry.description = entry.description ? `${entry.description}; ${name}` : name;
    const text = typeof response.body === 'string' ? response.body : '';
    if (text.trim() === '') continue;
    const header = String(response.headers.get('Content-Type') ?? '')
      .split(';')[0]
      ?.trim()
      .toLowerCase();
    const json = header && !header.includes('json') ? undefined : parseJsonText(text);
    const parsed = json?.value;
    const mediaType = parsed !== undefined ? header || 'application/json' : header || 'text/plain';
    const content = (entry.content ??= record());
    const schema = parsed !== undefined ? inferSchema(parsed) : { type: 'string' };
    const media = content[mediaType];
    const key = camelCase(name) || `example${index + 1}`;
    const example: ExampleObject = name ? { summary: name, value: parsed ?? text } : { value: parsed ?? text };
    if (json && !json.strict) example['x-postman-raw'] = text;
    const slot = `${code} ${mediaType}`;
    let list = lists.get(slot);
    if (!list) {
      lists.set(slot, (list = []));
      schemas.set(list, { code, mediaType });
    }
    list.push(schema);
    if (!media) content[mediaType] = { schema, examples: record({ [key]: example }) };
    else {
      const examples = (media.examples ??= record());
      let unique = key;
      for (let i = 2; examples[unique]; i++) unique = `${key}${i}`;
      examples[unique] = example;
    }
  }
  for (const [list, { code, mediaType }] of schemas) {
    const media = out[code]?.content?.[mediaType];
    if (media && list.length > 1) media.schema = unionSchemas(list);
  }
  for (const entry of Object.values(out)) if (entry.description === '') entry.description = 'Saved example response';
  return out;
}
