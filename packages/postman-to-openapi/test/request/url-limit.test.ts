import { describe, expect, it } from 'vitest';
import { convert } from '../../src/convert.js';
import { MAX_URL_LENGTH, overlongUrl, urlLength } from '../../src/request/url-limit.js';
import { cpuMsSince } from '../support/cpu-ms.js';

const schema = 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json';

describe('URL length limit', () => {
  it.each<[string, unknown, number]>([
    ['a string', 'https://x.io/a', 14],
    ['an object', { raw: 'x' }, 11],
    ['nothing', undefined, 0],
    ['null', null, 0],
  ])('urlLength of %s', (_name, url, want) => expect(urlLength(url as never)).toBe(want));

  it.each<[string, object, string | undefined]>([
    ['a short URL', { request: { url: 'https://x.io/a' } }, undefined],
    ['a long request URL', { request: { url: `https://x.io/${'a'.repeat(MAX_URL_LENGTH)}` } }, '/request/url'],
    ['a long string request', { request: `https://x.io/${'a'.repeat(MAX_URL_LENGTH)}` }, '/request'],
    [
      'a long URL in a saved example',
      { request: { url: 'https://x.io/a' }, response: [{}, { originalRequest: { url: { raw: 'a'.repeat(MAX_URL_LENGTH) } } }] },
      '/response/1/originalRequest/url',
    ],
  ])('overlongUrl: given %s -> %s', (_name, item, want) => expect(overlongUrl(item as never)).toBe(want));

  it('given a 1 MB URL full of ?a= pairs -> that request skipped with a warning, quickly, the others converted', () => {
    const huge = `https://x.io/p?${'a={{v}}&'.repeat(125_000)}`;
    const started = process.cpuUsage();
    const { summary, warnings } = convert({
      info: { schema },
      item: [
        { name: 'Huge', request: huge },
        { name: 'Ok', request: 'https://x.io/ok' },
      ],
    });
    expect(cpuMsSince(started)).toBeLessThan(2_000);
    expect(summary).toMatchObject({ requests: 2, operations: 1, skipped: 1 });
    expect(warnings.map((w) => [w.pointer, w.message])).toEqual([['/item/0/request', `URL longer than ${MAX_URL_LENGTH} characters; left out`]]);
  });
});
