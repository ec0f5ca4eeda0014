import { describe, expect, it } from 'vitest';
import { parseDescription } from '../../src/request/description.js';
import { buildResponses } from '../../src/request/responses.js';

describe('buildResponses', () => {
  it('one model -> 200 $ref and a placeholder component', () => {
    const got = buildResponses({}, parseDescription('#### Response Model: [Image](https://api.imgur.com/models/image)'), 'application/json');
    expect(got.responses).toEqual({
      '200': { description: 'Successful response', content: { 'application/json': { schema: { $ref: '#/components/schemas/Image' } } } },
    });
    expect(got.schemas.Image).toMatchObject({ type: 'object', 'x-placeholder': true, 'x-model-page': 'https://api.imgur.com/models/image' });
  });

  it('two models joined by OR -> anyOf (both placeholders take any object: under oneOf an object would fit both and fail)', () => {
    const got = buildResponses(
      {},
      parseDescription('#### Response Model: [Gallery Image](https://api.imgur.com/models/gallery_image) OR [Gallery Album](https://api.imgur.com/models/gallery_album)'),
      'application/json',
    );
    expect(got.responses['200']?.content?.['application/json']?.schema).toEqual({
      anyOf: [{ $ref: '#/components/schemas/GalleryImage' }, { $ref: '#/components/schemas/GalleryAlbum' }],
    });
    expect(Object.keys(got.schemas)).toEqual(['GalleryImage', 'GalleryAlbum']);
  });

  it('Response: JSON -> example and inferred schema in the Accept media type', () => {
    const got = buildResponses({}, parseDescription('#### Response:\n```json\n{"data": {"blocked": true}}\n```'), 'application/vnd.api+json');
    expect(got.responses['200']?.content?.['application/vnd.api+json']).toEqual({
      schema: { type: 'object', properties: { data: { type: 'object', properties: { blocked: { type: 'boolean' } } } } },
      example: { data: { blocked: true } },
    });
  });

  it('a model goes onto the saved 2xx example response, keeping its examples', () => {
    const saved = { '201': { description: 'Created', content: { 'application/json': { schema: { type: 'object' }, examples: { a: { value: { id: 1 } } } } } } };
    const got = buildResponses(saved, parseDescription('#### Response Model: [Basic](https://api.imgur.com/models/basic)'), 'application/json');
    expect(got.responses['201']?.content?.['application/json']).toEqual({ schema: { $ref: '#/components/schemas/Basic' }, examples: { a: { value: { id: 1 } } } });
    expect(saved['201'].content['application/json'].schema).toEqual({ type: 'object' });
  });

  it('nothing known -> a default response saying so', () => {
    expect(buildResponses({}, parseDescription('Just text.'), 'application/json')).toEqual({
      responses: { default: { description: 'Response not documented in the collection' } },
      schemas: {},
    });
  });
});
