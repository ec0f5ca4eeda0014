import { describe, expect, it } from 'vitest';
import { convert } from '../src/index.js';
import { DOCUMENT_LEVELS, VALUE_DEPTH } from '../src/input/depth.js';
import { fitSchema } from '../src/schema/depth-fit.js';
import type { JsonObject, JsonValue, SchemaObject } from '../src/types.js';
import { schemaErrors } from './support/json-schema.js';
import { exampleMismatches, losses } from './support/kept.js';

/**
 * The level of a value's deepest member, the value itself on level 1, as Redocly's reader (js-yaml 4.3,
 * `maxDepth` 100) counts: it refuses `[` 99 times around `1` (the 1 on level 100) and reads 98 (level 99),
 * and reads `[` 99 times around nothing.
 */
function levels(value: unknown): number {
  if (value === null || typeof value !== 'object') return 1;
  let deepest = 0;
  for (const key in value) deepest = Math.max(deepest, levels((value as Record<string, unknown>)[key]));
  return 1 + deepest;
}

/** JSON text nesting `depth` objects and arrays, in one of the shapes that add the most levels to a schema. */
const SHAPES: Record<string, (depth: number) => string> = {
  objects: (d) => `${'{"a":'.repeat(d)}1${'}'.repeat(d)}`,
  arrays: (d) => `${'['.repeat(d)}1${']'.repeat(d)}`,
  'arrays of an array and a number': (d) => `${'['.repeat(d)}1${',1]'.repeat(d)}`,
  'objects and arrays of two types': (d) => {
    let text = '1';
    for (let i = 0; i < d; i++) text = i % 2 === 0 ? `{"a":${text},"b":"x"}` : `[${text},"x"]`;
    return text;
  },
};

const SCHEMA = 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json';
const json = (raw: string): JsonObject => ({ mode: 'raw', raw, options: { raw: { language: 'json' } } });

/** Each place a JSON text becomes a value and a schema of the document, two requests merged into one operation among them. */
function everywhere(raw: string): JsonObject {
  const post = (name: string, body: JsonObject): JsonObject => ({ name, request: { method: 'POST', url: 'https://a.io/body', body } });
  const item: JsonValue[] = [
    post('strict', json(raw)),
    post('lenient', json(`${raw} // note`)),
    post('other', json('{"b":[1,"x"]}')),
    { name: 'graphql', request: { method: 'POST', url: 'https://a.io/graphql', body: { mode: 'graphql', graphql: { query: 'query { a }', variables: raw } } } },
    {
      name: 'saved',
      request: { method: 'GET', url: 'https://a.io/saved' },
      response: [
        { name: 'deep', code: 200, header: [{ key: 'Content-Type', value: 'application/json' }], body: raw },
        { name: 'flat', code: 200, header: [{ key: 'Content-Type', value: 'application/json' }], body: '"text"' },
      ],
    },
    { name: 'described', request: { method: 'GET', url: 'https://a.io/described', description: `Reads it.\n\n#### Response:\n\`\`\`\n${raw}\n\`\`\`` } },
  ];
  return { info: { name: 'deep', schema: SCHEMA }, item };
}

describe('the document stays within the levels Redocly reads', () => {
  it.each(Object.keys(SHAPES))('JSON bodies and examples of %s, as deep as accepted and one deeper', (shape) => {
    const make = SHAPES[shape] as (depth: number) => string;
    for (const depth of [VALUE_DEPTH, VALUE_DEPTH + 1]) {
      const collection = everywhere(make(depth));
      const { document, warnings } = convert(collection);
      expect(levels(document)).toBeLessThanOrEqual(DOCUMENT_LEVELS);
      expect(losses(collection, document, new Set())).toEqual([]);
      expect(exampleMismatches(document, (schema, value) => schemaErrors(schema, value, document.components))).toEqual([]);
      const codes = new Set(warnings.map((w) => w.code));
      if (depth === VALUE_DEPTH) {
        // Every value kept as a value, the schemas cut (each shape nests more than a schema has room for).
        expect(document.paths['/saved']?.get?.responses['200']?.content?.['application/json']?.examples?.deep?.value).toBeDefined();
        expect(codes.has('deep-schema')).toBe(true);
        // Only GraphQL variables that read as an array (not an object) are reported, as such.
        const invalid = warnings.filter((w) => w.code === 'invalid-json').map((w) => w.message);
        expect(invalid.filter((m) => !m.startsWith('GraphQL variables text reads as an array'))).toEqual([]);
        expect(invalid.length).toBe(make(depth).startsWith('[') ? 1 : 0);
      } else {
        expect(warnings.filter((w) => w.code === 'invalid-json').map((w) => w.message)).toContain(
          `raw JSON body is nested deeper than ${VALUE_DEPTH} levels; kept as written (\`x-postman-raw\`) under an open schema`,
        );
        // A saved response as deep is reported the same way, where it is.
        expect(warnings.filter((w) => w.code === 'invalid-json' && w.request === 'saved').map((w) => [w.pointer, w.message])).toEqual([
          ['/item/4/response/0/body', `saved response JSON body is nested deeper than ${VALUE_DEPTH} levels; kept as written (\`x-postman-raw\`) under an open schema`],
        ]);
      }
    }
  });

  it('leaves a schema that fits as it is, and cuts one that does not to its type', () => {
    const schema: SchemaObject = { type: 'object', properties: { a: { type: 'array', items: { type: 'integer' } } } };
    expect(fitSchema(schema, 5)).toBe(schema);
    expect(fitSchema(schema, 4)).toEqual({ type: 'object', properties: { a: { type: 'array', items: {} } } });
    expect(fitSchema(schema, 2)).toEqual({ type: 'object' });
    expect(fitSchema(schema, 1)).toEqual({});
    const choice: SchemaObject = { oneOf: [{ type: 'array', items: { type: 'string' } }, { type: 'integer' }], required: ['a'] };
    expect(fitSchema(choice, 4)).toEqual({ anyOf: [{ type: 'array', items: {} }, { type: 'integer' }], required: ['a'] });
    const closed = { type: 'object', properties: { a: {} }, additionalProperties: false, required: ['a'] } as SchemaObject;
    expect(fitSchema(closed, 2)).toEqual({ type: 'object' });
  });
});
