import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXED_IMAGE, startFixedServer, type FixedServer } from '../src/fixed-server.js';

let server: FixedServer;
beforeAll(async () => {
  server = await startFixedServer();
});
afterAll(() => server.close());

describe('startFixedServer', () => {
  it('listens on 127.0.0.1 and answers GET with the Imgur envelope and rate-limit headers', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const res = await fetch(`${server.url}/3/image/abc`);
    expect(res.headers.get('x-ratelimit-clientremaining')).toBe('12499');
    expect(await res.json()).toEqual({ data: FIXED_IMAGE, success: true, status: 200 });
  });

  it('reads POST bodies, counts requests per route and refuses other methods', async () => {
    const form = new FormData();
    form.append('image', new Blob([new Uint8Array(10_000)]));
    expect((await fetch(`${server.url}/3/upload`, { method: 'POST', body: form })).status).toBe(200);
    expect((await fetch(`${server.url}/3/image/x`, { method: 'DELETE' })).status).toBe(405);
    expect(server.counts['POST /3/upload']).toBe(1);
    expect(server.counts['GET /3/image']).toBe(1);
  });
});
