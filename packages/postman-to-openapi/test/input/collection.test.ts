import { describe, expect, it } from 'vitest';
import { loadCollection } from '../../src/input/collection.js';
import { ConversionError } from '../../src/errors.js';

const v21 = 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json';
const v20 = 'https://schema.getpostman.com/json/collection/v2.0.0/collection.json';

function deepFolder(depth: number): object {
  let folder: object = { name: 'leaf', request: 'https://x.io/a' };
  for (let i = 0; i < depth; i++) folder = { name: `f${i}`, item: [folder] };
  return folder;
}

function deepArray(depth: number): unknown {
  let value: unknown = 'leaf';
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

describe('loadCollection', () => {
  const accepted: [string, unknown][] = [
    ['v2.1 object', { info: { name: 'a', schema: v21 }, item: [] }],
    ['v2.0 object', { info: { name: 'a', schema: v20 }, item: [] }],
    ['v2.1 JSON text', JSON.stringify({ info: { schema: v21 }, item: [] })],
    ['schema.postman.com host', { info: { schema: 'https://schema.postman.com/json/collection/v2.1.0/collection.json' }, item: [] }],
  ];
  it.each(accepted)('given %s -> returns the collection object', (_name, input) => {
    expect(loadCollection(input, 'c.json').item).toEqual([]);
  });

  const refused: [string, unknown, RegExp][] = [
    ['text that is not JSON', '{ nope', /^c\.json: not valid JSON/],
    ['a JSON array', [], /^c\.json: not a Postman collection \(expected a JSON object\)/],
    ['an object without info', { item: [] }, /missing "info"\)/],
    ['info without schema', { info: { name: 'x' }, item: [] }, /missing "info.schema"/],
    [
      'a foreign schema URL',
      { info: { schema: 'https://example.com/schema.json' }, item: [] },
      /not a Postman collection schema: "https:\/\/example.com\/schema.json" \(at \/info\/schema\)$/,
    ],
    ['a 1 MB schema string with NUL', { info: { schema: `\u0000${'x'.repeat(1_000_000)}` }, item: [] }, /schema: "\\u0000x{79}…" \(1000001 characters\) \(at \/info\/schema\)$/],
    ['folders nested 200 deep', { info: { schema: v21 }, item: [deepFolder(200)] }, /^c\.json: nested deeper than 100 levels \(at (\/item\/0){50}\)$/],
    [
      'a description nested 100 000 deep',
      { info: { schema: v21, description: deepArray(100_000) }, item: [] },
      /nested deeper than 100 levels \(at \/info\/description(\/0){98}\)$/,
    ],
    ['schema v1.0.0', { info: { schema: 'https://schema.getpostman.com/json/collection/v1.0.0/collection.json' }, item: [] }, /unsupported Postman collection schema v1\.0\.0/],
    ['schema v2.2.0', { info: { schema: 'https://schema.getpostman.com/json/collection/v2.2.0/collection.json' }, item: [] }, /unsupported Postman collection schema v2\.2\.0/],
    ['no item array', { info: { schema: v21 } }, /missing "item" array\) \(at \/item\)$/],
  ];
  it.each(refused)('given %s -> ConversionError naming the file and the problem', (_name, input, message) => {
    expect(() => loadCollection(input, 'c.json')).toThrow(ConversionError);
    expect(() => loadCollection(input, 'c.json')).toThrow(message);
  });

  it('names the place as a JSON pointer on the error', () => {
    const error = (() => {
      try {
        loadCollection({ info: { name: 'x' }, item: [] }, 'c.json');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toMatchObject({ name: 'ConversionError', pointer: '/info/schema' });
  });
});
