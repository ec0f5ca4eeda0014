import { describe, expect, it } from 'vitest';
import { convert } from '../src/convert.js';
import { collectionOf } from './support/collection.js';
import { schemaErrors } from './support/json-schema.js';
import { recommendedErrors, recommendedErrors2 } from './support/validate.js';

const NAMES = ['constructor', 'hasOwnProperty', 'toString', 'valueOf', '__proto__'];

const post = (raw: string) => ({
  name: 'E',
  request: { method: 'POST', url: 'https://api.x.io/v1/e', header: [{ key: 'Content-Type', value: 'application/json' }], body: { mode: 'raw', raw } },
});

describe('body keys named like Object.prototype members', () => {
  it.each(NAMES)('a body key %s is kept in the schema and the example; Redocly 2 recommended finds no error', async (name) => {
    const raw = `{${JSON.stringify(name)}:1,"other":"x"}`;
    const { document } = convert(collectionOf([post(raw)]));
    const media = document.paths['/v1/e']?.post?.requestBody?.content['application/json'];
    expect(Object.hasOwn(media?.schema?.properties ?? {}, name)).toBe(true);
    expect(Object.entries(media?.example as object).sort()).toEqual(Object.entries(JSON.parse(raw) as object).sort());
    expect(schemaErrors(media?.schema, media?.example)).toEqual([]);
    expect(await recommendedErrors2(document)).toEqual([]);
  });

  it('Redocly openapi-core 1.34.24 looks these names up on its own type tables (the README names the limitation)', async () => {
    const { document } = convert(collectionOf([post('{"constructor":1}')]));
    expect(await recommendedErrors(document)).toEqual([
      'struct: Expected type `integer` but got `object`. at #/paths/~1v1~1e/post/requestBody/content/application~1json/schema/properties/constructor',
    ]);
    await expect(recommendedErrors(convert(collectionOf([post('{"hasOwnProperty":1}')])).document)).rejects.toThrow(TypeError);
  });
});

describe('example names made from request and saved-response names', () => {
  it('a name such as constructor or hasOwnProperty gets `Example` appended: Redocly 1.34.24 and 2.76.0 recommended find no error', async () => {
    const request = (name: string, raw: string, response: string) => ({
      ...post(raw),
      name,
      response: [{ name: response, code: 200, body: raw, header: [{ key: 'Content-Type', value: 'application/json' }] }],
    });
    const { document } = convert(collectionOf([request('constructor', '{"a":1}', 'valueOf'), request('hasOwnProperty', '{"a":2}', 'isPrototypeOf')]));
    const operation = document.paths['/v1/e']?.post;
    expect(Object.keys(operation?.requestBody?.content['application/json']?.examples ?? {}).sort()).toEqual(['constructorExample', 'hasOwnPropertyExample']);
    expect(Object.keys(operation?.responses['200']?.content?.['application/json']?.examples ?? {}).sort()).toEqual(['isPrototypeOfExample', 'valueOfExample']);
    expect(await recommendedErrors(document)).toEqual([]);
    expect(await recommendedErrors2(document)).toEqual([]);
  });
});
