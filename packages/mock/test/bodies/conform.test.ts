import { expect, test } from 'vitest';
import { conformToSchema } from '../../src/bodies/conform.js';
import { openapiDocument } from '../../src/generated/openapi.gen.js';
import type { OpenApiDocument } from '../../src/types.js';
import { Validator } from '../../src/http/validate.js';

const doc: OpenApiDocument = {
  openapi: '3.1.0',
  paths: {},
  components: {
    schemas: {
      Image: {
        type: 'object',
        required: ['id', 'ad_type', 'name', 'mp4_size'],
        properties: {
          id: { type: 'string' },
          ad_type: { type: 'integer' },
          ad_url: { type: ['string', 'null'] },
          name: { type: 'string' },
          mp4_size: { type: 'string' },
          order: { type: 'integer' },
        },
      },
      Strict: { type: 'object', additionalProperties: false, properties: { a: { type: 'string' } } },
      Item: {
        oneOf: [
          { type: 'object', properties: { is_album: { const: false }, size: { type: 'integer' } } },
          { type: 'object', required: ['images_count'], properties: { is_album: { const: true }, images_count: { type: 'integer' } } },
        ],
      },
    },
  },
};
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

test('keeps what the schema accepts, replaces forbidden nulls and fills required fields with realistic values', () => {
  const real = { id: 'AbC1234', ad_type: null, ad_url: null, name: null, mp4_size: 1234, hls: '', processing: { status: 'completed' } };
  const out = conformToSchema(doc, ref('Image'), real, 1) as Record<string, unknown>;
  expect(out).toEqual({ id: 'AbC1234', ad_type: 0, ad_url: null, name: '', mp4_size: '1234' });
  // Fields this schema does not declare (hls, processing) are dropped: the mock sends only what the spec knows.
  expect(out).not.toHaveProperty('hls');
  expect(out).not.toHaveProperty('order');
  expect(new Validator(doc).check('Image', ref('Image'), out)).toBeUndefined();
  const missing = conformToSchema(doc, ref('Image'), { id: 'x' }, 1) as Record<string, unknown>;
  expect(Object.keys(missing).sort()).toEqual(['ad_type', 'id', 'mp4_size', 'name']);
});

test('drops fields a closed schema forbids and picks the oneOf branch by its const fields', () => {
  expect(conformToSchema(doc, ref('Strict'), { a: 'x', b: 1 }, 1)).toEqual({ a: 'x' });
  const album = conformToSchema(doc, ref('Item'), { is_album: true }, 1) as Record<string, unknown>;
  expect(album.is_album).toBe(true);
  expect(typeof album.images_count).toBe('number');
  expect(conformToSchema(doc, ref('Item'), { is_album: false, size: 3 }, 1)).toEqual({ is_album: false, size: 3 });
});

test('an image from the state fits the bundled spec with real-looking values where it forbids real nulls', () => {
  const out = conformToSchema(
    openapiDocument,
    { $ref: '#/components/schemas/Image' },
    { id: 'AbC1234', ad_type: null, ad_url: null, name: null, link: 'https://i.imgur.com/AbC1234.png' },
    3,
  ) as Record<string, unknown>;
  const image = (openapiDocument.components as { schemas: { Image: { properties: Record<string, { type: unknown }> } } }).schemas.Image.properties;
  const allowsNull = (k: string) => Array.isArray(image[k]!.type) && (image[k]!.type as string[]).includes('null');
  expect(out.ad_type).toBe(allowsNull('ad_type') ? null : 0);
  expect(out.ad_url).toBe(allowsNull('ad_url') ? null : '');
  expect(out.name).toBe(allowsNull('name') ? null : '');
  expect(out.link).toBe('https://i.imgur.com/AbC1234.png');
});
