import type { EvidencePolicy, JsonValue, OpenApiDocument, RecordedExchange } from '../src/index.js';

const env = (data: unknown) => ({
  content: {
    'application/json': { schema: { type: 'object', required: ['data', 'success', 'status'], properties: { data, success: { type: 'boolean' }, status: { type: 'integer' } } } },
  },
});

/** A spec fitted to bodies the way the old overlays were: everything seen is required, nothing nullable. */
export const fittedSpec: OpenApiDocument = {
  openapi: '3.1.0',
  info: { title: 'policy fixture', version: '1' },
  paths: {
    '/3/image/{imageHash}': {
      get: { responses: { '200': env({ $ref: '#/components/schemas/Image' }) } },
      delete: { responses: { '200': env({ type: 'boolean' }) } },
    },
    '/3/gallery/image/{imageHash}': { get: { responses: { '200': env({ $ref: '#/components/schemas/GalleryImage' }) } } },
    '/3/comment': { post: { responses: { '200': env({ $ref: '#/components/schemas/CommentCreated' }) } } },
    '/3/tags': { get: { responses: { '200': env({ type: 'array', items: { $ref: '#/components/schemas/Tag' } }) } } },
  },
  components: {
    schemas: {
      Image: {
        type: 'object',
        required: ['id', 'link', 'title', 'views'],
        properties: { id: { type: 'string' }, link: { type: 'string' }, title: { type: 'string' }, views: { type: 'integer' }, webm: { type: 'string' } },
      },
      GalleryImage: {
        type: 'object',
        required: ['id', 'link', 'title', 'views', 'ups'],
        properties: { id: { type: 'string' }, link: { type: 'string' }, title: { type: 'string' }, views: { type: 'integer' }, ups: { type: 'integer' } },
      },
      CommentCreated: { type: 'object', required: ['id'], properties: { id: { type: 'integer' } } },
      Tag: {
        type: 'object',
        required: ['name'],
        properties: { name: { type: 'string' }, id: { type: ['integer', 'string'], pattern: '^-?[0-9]+$' }, comment_preview: { type: 'null' } },
      },
    },
  },
};

/** Siblings Image/GalleryImage; identity id + link; `views` and `ups` in one null class; `id` in a digit-string class. */
export const policy: EvidencePolicy = {
  legacyBefore: 2018,
  conditional: [],
  siblings: [['Image', 'GalleryImage']],
  identity: { Image: ['id', 'link'], GalleryImage: ['id', 'link'], CommentCreated: ['id'], Tag: ['name'] },
  discriminators: {},
  nullClasses: [{ name: 'counts', fields: ['views', 'ups'], reason: 'tallies' }],
  numericStringClasses: [{ name: 'ids', fields: ['id'], reason: 'numeric ids' }],
};

const ok = (data: JsonValue) => ({ data, success: true, status: 200 });

/** Three sources: A (2015) has an old image with `webm` and a null title; B (2020) sends null ups; C (2021) a string tag id. */
export const exchanges: RecordedExchange[] = [
  { id: 'a1', source: 'A', year: 2015, method: 'GET', path: '/3/image/x', status: 200, body: ok({ id: 'x', link: 'l', title: null, views: 1, webm: 'w' }) },
  { id: 'a2', source: 'A', year: 2015, method: 'POST', path: '/3/comment', status: 200, body: ok({ id: '123' }) },
  { id: 'b1', source: 'B', year: 2020, method: 'GET', path: '/3/gallery/image/y', status: 200, body: ok({ id: 'y', link: 'l', title: 't', views: 2, ups: null }) },
  { id: 'b2', source: 'B', year: 2020, method: 'GET', path: '/3/image/z', status: 200, body: ok({ id: 'z', link: 'l', title: 'u' }) },
  { id: 'c1', source: 'C', year: 2021, method: 'GET', path: '/3/tags', status: 200, body: ok([{ name: 'cats', id: '32179' }]) },
  { id: 'c2', source: 'C', year: 2021, method: 'GET', path: '/3/image/w', status: 200, body: ok({ id: 'w', link: 'l', title: 't', views: 3 }) },
  { id: 'd1', source: 'D', year: 2022, method: 'DELETE', path: '/3/image/w', status: 200, body: ok({ id: 632941205 }) },
];
