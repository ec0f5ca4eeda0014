import { describe, expect, it } from 'vitest';
import { convert } from '../../src/convert.js';
import { collectionOf } from '../support/collection.js';
import { schemaErrors } from '../support/json-schema.js';

const MODEL = 'Get image\n\n#### Response Model: [Image](https://api.imgur.com/models/image)';
const saved = (name: string, body: string) => ({ name, code: 200, header: [{ key: 'Content-Type', value: 'application/json' }], body });
const request = (name: string, url: string, description: string, response: object[]) => ({ name, request: { method: 'GET', url, description }, response });

/** Every example of the 200 JSON response of GET `path`, with its errors against the response schema. */
function examplesOf(document: ReturnType<typeof convert>['document'], path: string) {
  const media = document.paths[path]?.get?.responses['200']?.content?.['application/json'];
  const values = [...(media?.example !== undefined ? [media.example] : []), ...Object.values(media?.examples ?? {}).map((e) => e.value)];
  return { media, values, errors: values.flatMap((v) => schemaErrors(media?.schema, v, document.components)) };
}

describe('a Response Model placeholder and saved bodies that are not objects', () => {
  it('a saved array keeps the model as one branch and the saved schema as another, so the example validates', () => {
    const { document } = convert(collectionOf([request('Get Image', 'https://api.imgur.com/3/image/:id', MODEL, [saved('ok', '[1,2]')])]));
    const { media, values, errors } = examplesOf(document, '/3/image/{id}');
    expect(values).toEqual([[1, 2]]);
    expect(errors).toEqual([]);
    expect(media?.schema?.anyOf?.[0]).toEqual({ $ref: '#/components/schemas/Image' });
  });

  it('object bodies keep the bare $ref (the placeholder accepts them)', () => {
    const { document } = convert(collectionOf([request('Get Image', 'https://api.imgur.com/3/image/:id', MODEL, [saved('ok', '{"data":1}')])]));
    const { media, errors } = examplesOf(document, '/3/image/{id}');
    expect(media?.schema).toEqual({ $ref: '#/components/schemas/Image' });
    expect(errors).toEqual([]);
  });

  it('a description example that is not an object, and merged requests naming other models with a text body, validate too', () => {
    const { document } = convert(
      collectionOf([
        request('Get Image', 'https://api.imgur.com/3/image/:id', `${MODEL}\n\n#### Response:\n\`\`\`json\n[true]\n\`\`\``, [saved('ok', '{"data":{"id":"x"}}')]),
        request(
          'Get Image 2',
          'https://api.imgur.com/3/image/:hash',
          '#### Response Model: [Basic](https://api.imgur.com/models/basic) OR [Gallery](https://api.imgur.com/models/gallery_image)',
          [saved('ok', '"text"')],
        ),
      ]),
    );
    const { values, errors } = examplesOf(document, '/3/image/{id}');
    expect(values).toEqual(expect.arrayContaining([[true], 'text', { data: { id: 'x' } }]));
    expect(errors).toEqual([]);
  });

  it('two models joined by OR and a saved object body: the example validates (the placeholders overlap, so anyOf, not oneOf)', () => {
    const both = '#### Response Model: [Gallery Image](https://api.imgur.com/models/gallery_image) OR [Gallery Album](https://api.imgur.com/models/gallery_album)';
    const { document } = convert(collectionOf([request('Get Item', 'https://api.imgur.com/3/gallery/:id', both, [saved('ok', '{"data":{"id":"x"}}')])]));
    const { values, errors } = examplesOf(document, '/3/gallery/{id}');
    expect(values).toEqual([{ data: { id: 'x' } }]);
    expect(errors).toEqual([]);
  });
});
