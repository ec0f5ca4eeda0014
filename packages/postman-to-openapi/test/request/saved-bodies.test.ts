import { describe, expect, it } from 'vitest';
import { convert } from '../../src/convert.js';
import { collectionOf } from '../support/collection.js';
import { schemaErrors } from '../support/json-schema.js';

describe('saved examples', () => {
  it('keeps a saved response body given as a JSON object or array', () => {
    const { document } = convert(
      collectionOf([
        {
          name: 'Get',
          request: { method: 'GET', url: 'https://a.io/o' },
          response: [
            { name: 'object', code: 200, body: { a: 1, b: ['x'] } },
            { name: 'list', code: 201, body: [1, 2] },
          ],
        },
      ]),
    );
    const responses = document.paths['/o']?.get?.responses;
    const ok = responses?.['200']?.content?.['application/json'];
    expect(ok?.examples?.object?.value).toEqual({ a: 1, b: ['x'] });
    expect(schemaErrors(ok?.schema, ok?.examples?.object?.value)).toEqual([]);
    expect(responses?.['201']?.content?.['application/json']?.examples?.list?.value).toEqual([1, 2]);
  });

  it("keeps the body a saved example's original request sent, named after the saved example", () => {
    const raw = '{"loginToken":"t1"}';
    const { document } = convert(
      collectionOf([
        {
          name: 'Revoke consent',
          request: { method: 'DELETE', url: 'https://a.io/consents/1' },
          response: [
            {
              name: 'Consent revoked',
              code: 204,
              originalRequest: { method: 'DELETE', url: 'https://a.io/consents/1', body: { mode: 'raw', raw, options: { raw: { language: 'json' } } } },
            },
          ],
        },
      ]),
    );
    const media = document.paths['/consents/1']?.delete?.requestBody?.content['application/json'];
    expect(media?.examples?.consentRevoked?.value).toEqual({ loginToken: 't1' });
    expect(schemaErrors(media?.schema, media?.examples?.consentRevoked?.value)).toEqual([]);
  });

  it('an original request body equal to the request body adds nothing; a different one is a second example', () => {
    const body = (raw: string) => ({ mode: 'raw', raw, options: { raw: { language: 'json' } } });
    const { document } = convert(
      collectionOf([
        {
          name: 'Create',
          request: { method: 'POST', url: 'https://a.io/c', body: body('{"a":1}') },
          response: [
            { name: 'same', code: 200, originalRequest: { method: 'POST', url: 'https://a.io/c', body: body('{"a":1}') } },
            { name: 'other', code: 400, originalRequest: { method: 'POST', url: 'https://a.io/c', body: body('{"a":"x"}') } },
          ],
        },
      ]),
    );
    const media = document.paths['/c']?.post?.requestBody?.content['application/json'];
    expect(media?.example).toBeUndefined();
    expect(Object.keys(media?.examples ?? {})).toEqual(['create', 'other']);
    expect(media?.examples?.create?.value).toEqual({ a: 1 });
    expect(media?.examples?.other?.value).toEqual({ a: 'x' });
    for (const e of Object.values(media?.examples ?? {})) expect(schemaErrors(media?.schema, e.value)).toEqual([]);
  });
});

describe('original request bodies at scale', () => {
  /** One request with `n` saved examples, each sent with its own body (half of them named alike). */
  const many = (n: number) =>
    collectionOf([
      {
        name: 'Search',
        request: { method: 'POST', url: 'https://a.io/s', body: { mode: 'raw', raw: '{"q":"own"}', options: { raw: { language: 'json' } } } },
        response: Array.from({ length: n }, (_v, i) => ({
          name: i % 2 === 0 ? 'ok' : `case ${i}`,
          code: 200,
          originalRequest: {
            method: 'POST',
            url: 'https://a.io/s',
            body: { mode: 'raw', raw: JSON.stringify({ q: `q${i}`, [`f${i % 9}`]: i }), options: { raw: { language: 'json' } } },
          },
        })),
      },
    ]);

  it('keeps every distinct one, and time grows linearly (4 times the examples under 10 times the CPU)', () => {
    const { document } = convert(many(50));
    const examples = document.paths['/s']?.post?.requestBody?.content['application/json']?.examples ?? {};
    expect(Object.keys(examples)).toHaveLength(51);
    const collections = [many(500), many(2000)];
    const best = [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY];
    for (let run = 0; run < 3; run++) {
      collections.forEach((collection, i) => {
        const start = process.cpuUsage();
        convert(collection);
        const used = process.cpuUsage(start);
        best[i] = Math.min(best[i] as number, (used.user + used.system) / 1000);
      });
    }
    expect((best[1] as number) / (best[0] as number)).toBeLessThan(10);
  });
});
