import { describe, expect, it } from 'vitest';
import { convert } from '../../src/convert.js';
import { collectionOf } from '../support/collection.js';

const saved = (name: string, body: unknown) => ({ name, code: 200, body: '{"ok":true}', originalRequest: { method: 'POST', url: 'https://a.io/s', body } });
const codes = (warnings: ReturnType<typeof convert>['warnings']) => warnings.map((w) => [w.code, w.pointer]);

describe("odd bodies in a saved example's original request", () => {
  it('are reported as the same bodies in a request are, naming the pointer', () => {
    const request = { name: 'S', request: { method: 'POST', url: 'https://a.io/s', body: { mode: 'raw', raw: '{"a":1}' } } };
    const response = [
      saved('Number', 5),
      saved('Rows', { mode: 'urlencoded', urlencoded: 'a=b' }),
      saved('Mode', { mode: 'nope', raw: '{"b":2}' }),
      saved('RawNumber', { mode: 'raw', raw: 7 }),
      saved('Bad', { mode: 'raw', raw: '{"c":', options: { raw: { language: 'json' } } }),
      saved('Fine', { mode: 'raw', raw: '{"d":4}' }),
    ];
    const own = convert(collectionOf([{ ...request, request: { ...request.request, body: 5 } }]));
    const { document, warnings } = convert(collectionOf([{ ...request, response }]));
    expect(codes(warnings)).toEqual([
      ['invalid-json', '/item/0/response/0/originalRequest/body'],
      ['invalid-json', '/item/0/response/1/originalRequest/body/urlencoded'],
      ['invalid-json', '/item/0/response/2/originalRequest/body/mode'],
      ['invalid-json', '/item/0/response/3/originalRequest/body/raw'],
      ['invalid-json', '/item/0/response/4/originalRequest/body'],
    ]);
    expect(warnings[0]?.message).toBe(`saved example "Number": ${own.warnings[0]?.message}`);
    expect(warnings[1]?.message).toContain('urlencoded body is text, not a list of rows');
    expect(warnings[2]?.message).toContain('body mode "nope" is not a Postman body mode');
    const examples = document.paths['/s']?.post?.requestBody?.content['application/json']?.examples ?? {};
    expect(Object.keys(examples).sort()).toEqual(['bad', 'fine', 'mode', 'rawNumber', 's']);
  });
});
