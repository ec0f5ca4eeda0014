import { describe, expect, it } from 'vitest';
import { prepareRequest } from '../../src/http/prepare-request.js';
import { ImgurUsageError } from '../../src/errors/usage-errors.js';
import type { OperationMeta } from '../../src/types/operation-meta.js';

const meta: OperationMeta = {
  id: 'gallery.search',
  method: 'GET',
  path: '/3/gallery/search/{sort}/{window}/{page}',
  security: ['clientId'],
  pathParams: ['sort', 'window', ['pageNo', 'page']],
  queryParams: ['q', ['types', 'q_type']],
  headerParams: [['trace', 'X-Trace']],
  defaults: { sort: 'time', page: 0 },
  envelope: true,
  accept: 'application/vnd.api+json',
};

describe('prepareRequest', () => {
  const cases = [
    { given: { window: 'all', q: 'cats' }, want: '/3/gallery/search/time/all/0?q=cats' },
    { given: { window: 'all', sort: 'top', pageNo: 3, types: ['jpg', 'png'] }, want: '/3/gallery/search/top/all/3?q_type=jpg&q_type=png' },
    { given: { window: 'a/b', q: 'x y&z' }, want: '/3/gallery/search/time/a%2Fb/0?q=x+y%26z' },
    { given: { window: true, q: null }, want: '/3/gallery/search/time/true/0' },
  ];
  for (const { given, want } of cases) {
    it(`${JSON.stringify(given)} -> ${want}`, async () => {
      expect((await prepareRequest(meta, given)).pathAndQuery).toBe(want);
    });
  }

  it('sets header params and Accept', async () => {
    const { headers, body } = await prepareRequest(meta, { window: 'day', trace: 7 });
    expect(headers).toEqual({ 'x-trace': '7', accept: 'application/vnd.api+json' });
    expect((await prepareRequest(meta, { window: 'day', trace: [1, 2] })).headers['x-trace']).toBe('1, 2');
    expect(body).toBeUndefined();
  });

  it('names the operation and the missing path parameter (thrown at once: this operation has no body to read)', () => {
    expect(() => prepareRequest(meta, { q: 'x' })).toThrow(ImgurUsageError);
    expect(() => prepareRequest(meta, { window: '' })).toThrow('gallery.search: missing required path parameter "window" for GET /3/gallery/search/{sort}/{window}/{page}.');
  });
});
