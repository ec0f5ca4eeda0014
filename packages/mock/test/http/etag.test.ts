import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { etagMatches, etagOf } from '../../src/http/etag.js';
import { BEARER, CLIENT, call, start, upload } from '../helpers.js';

describe('etagMatches', () => {
  const tag = '"abc"';
  const cases: [string | undefined, boolean][] = [
    [undefined, false],
    ['"abc"', true],
    ['W/"abc"', true],
    ['"x", "abc"', true],
    ['*', true],
    ['abc', false],
    ['"abd"', false],
  ];
  test.each(cases)('%j -> %s', (header, want) => expect(etagMatches(header, tag)).toBe(want));
});

test('GETs carry the quoted sha1 of the body; a matching If-None-Match gets 304 with no body', async () => {
  const s = await start();
  const img = await upload(s, BEARER);
  const first = await call(s, 'GET', `/3/image/${img.id}`, { auth: CLIENT });
  const etag = first.res.headers.get('etag');
  expect(etag).toBe(`"${createHash('sha1').update(first.text).digest('hex')}"`);
  expect(etag).toBe(etagOf(Buffer.from(first.text)));
  const again = await call(s, 'GET', `/3/image/${img.id}`, { auth: CLIENT, headers: { 'if-none-match': etag ?? '' } });
  expect(again.status).toBe(304);
  expect(again.text).toBe('');
  // a change to the resource changes the tag
  await call(s, 'POST', `/3/image/${img.deletehash}`, { auth: CLIENT, body: new URLSearchParams({ title: 'new' }) });
  const changed = await call(s, 'GET', `/3/image/${img.id}`, { auth: CLIENT, headers: { 'if-none-match': etag ?? '' } });
  expect(changed.status).toBe(200);
  expect(changed.res.headers.get('etag')).not.toBe(etag);
});

test('POSTs and errors carry no ETag', async () => {
  const s = await start();
  const post = await call(s, 'POST', '/3/album', { auth: CLIENT, body: new URLSearchParams({ title: 't' }) });
  expect(post.status).toBe(200);
  expect(post.res.headers.get('etag')).toBeNull();
  expect((await call(s, 'GET', '/3/image/none', { auth: CLIENT })).res.headers.get('etag')).toBeNull();
});
