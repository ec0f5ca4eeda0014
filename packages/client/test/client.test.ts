import { describe, expect, expectTypeOf, it } from 'vitest';
import { createClient, IMGUR_API_BASE_URL, type components, type paths } from '../src/index.js';

type Album = components['schemas']['Album'];

function recorder(body: unknown, status = 200) {
  const seen: Request[] = [];
  const fetch = async (input: Request) => {
    seen.push(input);
    return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
  };
  return { seen, fetch };
}

describe('createClient', () => {
  it.each([
    [{}, 'https://api.imgur.com/3/album/abc'],
    [{ baseUrl: 'http://127.0.0.1:9/' }, 'http://127.0.0.1:9/3/album/abc'],
  ])('with %j sends GET /3/album/{albumHash} to %s', async (options, want) => {
    const r = recorder({ data: { id: 'abc' }, success: true, status: 200 });
    const client = createClient({ ...options, fetch: r.fetch });
    const { data } = await client.GET('/3/album/{albumHash}', { params: { path: { albumHash: 'abc' } } });
    expect(r.seen.map((q) => `${q.method} ${q.url}`)).toEqual([`GET ${want}`]);
    expect(data?.data.id).toBe('abc');
    // Album in both directions (openapi-fetch's Readable<> mapping keeps the model's fields and optionality).
    expectTypeOf(data?.data).toExtend<Album | undefined>();
    expectTypeOf<Album>().toExtend<NonNullable<typeof data>['data']>();
  });

  it('types the error envelope of 4xx responses', async () => {
    const r = recorder({ data: { error: 'Not found', request: '/3/album/x', method: 'GET' }, success: false, status: 404 }, 404);
    const { error } = await createClient({ fetch: r.fetch }).GET('/3/album/{albumHash}', { params: { path: { albumHash: 'x' } } });
    // 4XX is the classic envelope or (rate limiting since 2024) a bare list of errors.
    if (!error || !('data' in error)) throw new Error('expected the classic error envelope');
    expect(error.data.error).toBe('Not found');
    expectTypeOf(error.success).toEqualTypeOf<false>();
  });

  it('types the bare error list of 2024 rate-limit responses', async () => {
    const body = { errors: [{ id: 'legacy-api-7756c5f445-v8sw6/FWkdEyQ56Y-1829229', code: '429', status: 'Too Many Requests', detail: 'Too Many Requests' }] };
    const { error } = await createClient({ fetch: recorder(body, 429).fetch }).GET('/3/album/{albumHash}', { params: { path: { albumHash: 'x' } } });
    if (!error || !('errors' in error)) throw new Error('expected the list of errors');
    expect(error.errors[0]?.code).toBe('429');
    expectTypeOf(error.errors[0]?.detail).toEqualTypeOf<string | undefined>();
  });

  it('rejects unknown routes and missing path parameters at compile time', async () => {
    const r = recorder({ data: null, success: true, status: 200 });
    const client = createClient({ fetch: r.fetch });
    // @ts-expect-error: not an Imgur route
    await client.GET('/3/nope');
    // @ts-expect-error: albumHash is required
    await client.GET('/3/album/{albumHash}', { params: { path: {} } });
    expect(r.seen).toHaveLength(2);
  });

  it('defaults to the production base URL', () => {
    expect(IMGUR_API_BASE_URL).toBe('https://api.imgur.com');
  });

  it('sends multipart uploads with Blob file fields', async () => {
    const r = recorder({ data: { id: 'new' }, success: true, status: 200 });
    type Upload = NonNullable<paths['/3/upload']['post']['requestBody']>['content']['multipart/form-data'];
    expectTypeOf<Upload['image']>().toEqualTypeOf<Blob | undefined>();
    const form = new FormData();
    form.set('image', new Blob([new Uint8Array([1, 2, 3])], { type: 'image/png' }), 'a.png');
    await createClient({ fetch: r.fetch }).POST('/3/upload', { body: {} as Upload, bodySerializer: () => form });
    expect(r.seen.map((q) => [q.method, q.url, q.headers.get('content-type')?.split(';')[0]])).toEqual([['POST', 'https://api.imgur.com/3/upload', 'multipart/form-data']]);
  });
});
