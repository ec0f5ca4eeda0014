import { expect, test } from 'vitest';
import { sampleFromSchema } from '../../src/bodies/sample.js';
import { readOperations } from '../../src/spec/operations.js';
import { stateHandlers } from '../../src/state/table.js';
import { Validator } from '../../src/http/validate.js';
import type { OpenApiDocument } from '../../src/types.js';
import { openapiDocument } from '../../src/generated/openapi.gen.js';
import { BEARER, call, start } from '../helpers.js';

const given: [schema: unknown, want: unknown][] = [
  [{ const: 'x' }, 'x'],
  [{ enum: ['a', 'b'] }, 'a'],
  [{ type: ['null', 'boolean'] }, false],
  [{ type: 'integer', minimum: 5, maximum: 5 }, 5],
  [{ type: 'array', items: { type: 'string', pattern: '^z+$', examples: ['nope', 'zzz'] }, minItems: 2 }, ['zzz', 'zzz']],
  [{ type: 'string', minLength: 3, maxLength: 3, format: 'date' }, '202'],
  [
    {
      allOf: [
        { type: 'object', properties: { a: { const: 1 } } },
        { type: 'object', properties: { b: { const: 2 } } },
      ],
    },
    { a: 1, b: 2 },
  ],
  [{ oneOf: [{ type: 'null' }, { type: 'boolean' }] }, false],
];
test.each(given)('sample of %j', (schema, want) => {
  expect(sampleFromSchema({ openapi: '3.1.0', paths: {} }, schema, 1)).toEqual(want);
});

test('recursive schemas terminate', () => {
  const doc: OpenApiDocument = {
    openapi: '3.1.0',
    paths: {},
    components: { schemas: { C: { type: 'object', required: ['children'], properties: { children: { type: 'array', items: { $ref: '#/components/schemas/C' } } } } } },
  };
  const v = sampleFromSchema(doc, { $ref: '#/components/schemas/C' }, 1);
  expect(JSON.stringify(v).length).toBeLessThan(200);
  expect(new Validator(doc).check('C', { $ref: '#/components/schemas/C' }, v)).toBeUndefined();
});

test('every operation without a handler answers a body valid against its 2xx schema, the same for the same seed', async () => {
  const ops = readOperations(openapiDocument).filter((o) => !stateHandlers[o.shape] && o.method === 'GET');
  expect(ops.length).toBeGreaterThanOrEqual(2);
  const validator = new Validator(openapiDocument);
  const bodies = async (): Promise<unknown[]> => {
    const s = await start({ spec: openapiDocument });
    const out = [];
    for (const op of ops) {
      const path = op.path.replace(/\{([^}]+)\}/g, (_m, name: string) => (name === 'page' ? '0' : name === 'sort' ? 'time' : name === 'window' ? 'all' : 'x'));
      const r = await call(s, 'GET', path, { auth: BEARER });
      expect(r.status, `${op.id}: ${r.text}`).toBe(200);
      expect(validator.check(op.id, op.responseSchema, r.json), op.id).toBeUndefined();
      out.push(JSON.parse(r.text.replaceAll(s.url, 'BASE')));
    }
    return out;
  };
  expect(await bodies()).toEqual(await bodies());
});

test('samples look like real Imgur bodies: MIME types, i.imgur.com links, unix seconds, counters, real nulls', () => {
  const img = sampleFromSchema(openapiDocument, { $ref: '#/components/schemas/Image' }, 5) as Record<string, unknown>;
  expect(img.type).toMatch(/^(image|video)\/[a-z0-9.+-]+$/);
  expect(img.link).toBe(`https://i.imgur.com/${String(img.id)}.jpg`);
  expect(img.id).toMatch(/^[A-Za-z0-9]{7}$/);
  expect(img.datetime).toBeGreaterThanOrEqual(1_500_000_000);
  expect(img.datetime).toBeLessThanOrEqual(2_000_000_000);
  for (const k of ['width', 'height', 'size', 'views', 'bandwidth']) expect(img[k], k).toBeGreaterThanOrEqual(0);
  expect(img.description).toBeNull();
  expect(typeof img.title === 'string' && /^[A-Z][a-z]/.test(img.title)).toBe(true);
  const album = sampleFromSchema(openapiDocument, { $ref: '#/components/schemas/GalleryAlbum' }, 5) as Record<string, unknown>;
  expect(album.link).toBe(`https://imgur.com/a/${String(album.id)}`);
  expect(album.account_url).toMatch(/^[A-Za-z0-9_]+$/);
  const validator = new Validator(openapiDocument);
  expect(validator.check('Image', { $ref: '#/components/schemas/Image' }, img)).toBeUndefined();
  expect(validator.check('GalleryAlbum', { $ref: '#/components/schemas/GalleryAlbum' }, album)).toBeUndefined();
  // No filler such as `type tIgHc` anywhere in a sampled gallery page.
  const strings: string[] = [];
  JSON.stringify(sampleFromSchema(openapiDocument, { type: 'array', items: { $ref: '#/components/schemas/GalleryItem' } }, 9), (_k, v: unknown) => {
    if (typeof v === 'string') strings.push(v);
    return v;
  });
  expect(strings.length).toBeGreaterThan(10);
  expect(strings.filter((v) => /^[a-z_]+ [A-Za-z0-9]{5}$/.test(v))).toEqual([]);
});

test('a null real data has is used only where the schema allows null', () => {
  const doc: OpenApiDocument = {
    openapi: '3.1.0',
    paths: {},
    components: {
      schemas: {
        GalleryAlbum: { type: 'object', properties: { topic_id: { type: ['integer', 'null'] }, layout: { type: 'string' } } },
      },
    },
  };
  expect(sampleFromSchema(doc, { $ref: '#/components/schemas/GalleryAlbum' }, 1)).toEqual({ topic_id: null, layout: 'blog' });
});
