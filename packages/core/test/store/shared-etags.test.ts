import { describe, expect, it, vi } from 'vitest';
import { defineOperation } from '../../src/client/define-operation.js';
import { createMemoryBackend, createSharedStore } from '../../src/store.js';
import { envelope, testClient } from '../support/helpers.js';

const image = defineOperation<{ id: string }, { id: string }>({
  id: 'image.get',
  method: 'GET',
  path: '/3/image/{id}',
  security: ['clientId'],
  envelope: true,
  pathParams: ['id'],
});
const plain = defineOperation<Record<string, never>, { n: number }>({ id: 'plain.get', method: 'GET', path: '/3/plain', security: ['clientId'], envelope: true });

describe('sharedEtags: the store is asked only on routes that have shown an ETag', () => {
  it('a route without ETags never asks the store; a route asks from its first ETag on, for every URL of the route', async () => {
    const backend = createMemoryBackend();
    const getEtag = vi.spyOn(backend, 'getEtag');
    const setEtag = vi.spyOn(backend, 'setEtag');
    const reply = (req: Request): Response => {
      const path = new URL(req.url).pathname;
      if (path === '/3/plain') return envelope({ n: 1 });
      const etag = `"${path}"`;
      return req.headers.get('If-None-Match') === etag ? new Response(null, { status: 304 }) : envelope({ id: path }, 200, { ETag: etag });
    };
    const store = createSharedStore(backend);
    const { client, sent } = testClient({ clientId: 'client-id-1', store }, reply);
    for (let i = 0; i < 10; i++) await plain(client);
    expect([getEtag.mock.calls.length, setEtag.mock.calls.length]).toEqual([0, 0]);
    await image(client, { id: 'a' });
    expect([getEtag.mock.calls.length, setEtag.mock.calls.length]).toEqual([0, 1]);
    // Another client of the same store: the route is known, so its GET of a is conditional at once.
    const other = testClient({ clientId: 'client-id-1', store }, reply);
    expect(await image(other.client, { id: 'a' })).toEqual({ id: '/3/image/a' });
    expect(other.sent[0]!.request.headers.get('If-None-Match')).toBe('"/3/image/a"');
    await image(client, { id: 'b' });
    expect([getEtag.mock.calls.length, setEtag.mock.calls.length]).toEqual([2, 2]);
    expect(sent.filter((s) => s.request.headers.get('If-None-Match')).length).toBe(0);
  });
});
