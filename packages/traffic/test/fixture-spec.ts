import type { OpenApiDocument } from '../src/index.js';

const env = (data: unknown) => ({
  content: {
    'application/json': { schema: { type: 'object', required: ['data', 'success', 'status'], properties: { data, success: { type: 'boolean' }, status: { type: 'integer' } } } },
  },
});

/** A small OpenAPI document shaped like the real one: envelopes, refs, a oneOf item, an error response. */
export const spec: OpenApiDocument = {
  openapi: '3.1.0',
  info: { title: 't', version: '1' },
  paths: {
    '/3/image/{imageHash}': { get: { responses: { '200': env({ $ref: '#/components/schemas/Image' }), '4XX': { $ref: '#/components/responses/Error' } } } },
    '/3/account/me/settings': { get: { responses: { '200': env({ type: 'object', properties: { email: { type: 'string' } } }) } } },
    '/3/account/{username}/settings': { put: { responses: { '200': env({ anyOf: [{ type: 'boolean' }, { type: 'object' }] }) } } },
    '/3/account/{username}': { get: { responses: { '200': env({ type: 'object', required: ['url'], properties: { url: { type: 'string' } } }) } } },
    '/3/gallery/{section}': { get: { responses: { '200': env({ type: 'array', items: { $ref: '#/components/schemas/GalleryItem' } }) } } },
    '/3/image/{imageHash}/favorite': { post: { responses: { '200': env({ type: 'string' }) } } },
    '/3/empty': { delete: { responses: { '204': { description: 'no body' } } } },
  },
  components: {
    responses: { Error: { description: 'err', content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorEnvelope' } } } } },
    schemas: {
      Image: {
        type: 'object',
        required: ['id', 'title'],
        properties: {
          id: { type: 'string' },
          title: { type: ['string', 'null'] },
          ad_type: { type: 'integer' },
          tags: { type: 'array', items: { $ref: '#/components/schemas/Tag' } },
        },
      },
      Tag: { type: 'object', required: ['name'], properties: { name: { type: 'string' } } },
      GalleryImage: {
        allOf: [{ $ref: '#/components/schemas/Image' }, { type: 'object', required: ['is_album'], properties: { is_album: { const: false }, ups: { type: 'integer' } } }],
      },
      GalleryAlbum: {
        type: 'object',
        required: ['id', 'is_album', 'images_count'],
        properties: { id: { type: 'string' }, is_album: { const: true }, images_count: { type: 'integer' }, privacy: { $ref: '#/components/schemas/Privacy' } },
      },
      Privacy: { type: 'string', enum: ['public', 'hidden'] },
      GalleryItem: { description: 'either', oneOf: [{ $ref: '#/components/schemas/GalleryImage' }, { $ref: '#/components/schemas/GalleryAlbum' }] },
      ErrorEnvelope: {
        type: 'object',
        required: ['data', 'success', 'status'],
        properties: { data: { type: 'object', required: ['error'], properties: { error: { type: 'string' } } }, success: { const: false }, status: { type: 'integer' } },
      },
    },
  },
};
