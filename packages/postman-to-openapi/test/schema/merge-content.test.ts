import { describe, expect, it } from 'vitest';
import { convert } from '../../src/convert.js';
import { collectionOf } from '../support/collection.js';

describe('merged content: the warning names what the document holds', () => {
  it('a single request with a body among merged ones keeps it as the named example the warning gives', () => {
    const { document, warnings } = convert(
      collectionOf([
        { name: 'No body', request: { method: 'POST', url: 'https://a.io/x' } },
        { name: 'With body', request: { method: 'POST', url: 'https://a.io/x', body: { mode: 'raw', raw: '{"q":2}' } }, response: [{ name: 'ok', code: 200, body: '{"r":1}' }] },
      ]),
    );
    const media = document.paths['/x']?.post?.requestBody?.content['application/json'];
    expect(media?.example).toBeUndefined();
    expect(media?.examples).toEqual({ withBody: { summary: 'With body', value: { q: 2 } } });
    expect(warnings.find((w) => w.code === 'merged')?.message).toContain('as examples "withBody" in the request body (application/json)');
  });
});
