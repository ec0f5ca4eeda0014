import { describe, expect, it, vi } from 'vitest';
import { defineOperation } from '../../src/client/define-operation.js';
import { ImgurError } from '../../src/errors/imgur-error.js';
import { createMemoryBackend, createSharedStore } from '../../src/store.js';
import type { ImgurStoreBackend } from '../../src/store/types.js';
import { envelope, testClient } from '../support/helpers.js';

const me = defineOperation<Record<string, never>, { url: string }>({ id: 'account.me', method: 'GET', path: '/3/account/me', security: ['bearer'], envelope: true });
const creds = { clientId: 'client-id-1', clientSecret: 'secret-abcdef', accessToken: 'old-access', refreshToken: 'refresh-old' };
const tick = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** An Imgur stand-in that rotates the pair on every refresh and accepts only the newest access token. */
function imgur() {
  let n = 0;
  let refresh = 'refresh-old';
  const reply = async (req: Request): Promise<Response> => {
    if (req.url.endsWith('/oauth2/token')) {
      if (new URLSearchParams(await req.text()).get('refresh_token') !== refresh) return new Response('{"error":"invalid_grant"}', { status: 400 });
      n++;
      refresh = `refresh-${n}`;
      return new Response(JSON.stringify({ access_token: `access-${n}`, refresh_token: refresh }), { headers: { 'content-type': 'application/json' } });
    }
    return req.headers.get('Authorization') === `Bearer access-${n}` ? envelope({ url: 'me' }) : envelope({ error: 'expired' }, 401);
  };
  return { reply, refreshes: () => n };
}

/** A memory backend whose token writes fail while `down` is set, like a Redis that went away after the token request. */
function flaky() {
  const backend = createMemoryBackend();
  const state = { down: false };
  const fail = (what: string) => Promise.reject(new ImgurError(`Redis store: ${what} failed: Connection is closed. token refresh-1 inside`));
  const guarded: ImgurStoreBackend = {
    ...backend,
    compareAndSetTokens: (expected, tokens) => (state.down ? fail('storing the refreshed tokens') : backend.compareAndSetTokens(expected, tokens)),
    setTokens: (tokens) => (state.down ? fail('storing the tokens') : backend.setTokens(tokens)),
  };
  return { backend: guarded, state, stored: () => backend.getTokens() };
}

describe('sharedRefresh: a store write never loses a rotated pair', () => {
  it('the write fails: the client uses the pair, onTokens gets it, onError reports it (redacted), and the next call saves it', async () => {
    const server = imgur();
    const { backend, state, stored } = flaky();
    const onTokens = vi.fn();
    const reported: ImgurError[] = [];
    const store = createSharedStore(backend, { onError: (e) => void reported.push(e) });
    const { client } = testClient({ ...creds, onTokens, store }, server.reply);
    state.down = true;
    await expect(me(client)).resolves.toEqual({ url: 'me' });
    expect(onTokens).toHaveBeenCalledWith(expect.objectContaining({ access_token: 'access-1', refresh_token: 'refresh-1' }));
    expect(await stored()).toBeUndefined();
    expect(reported).toHaveLength(1);
    expect(reported[0]!.message).toBe(
      'Redis store: storing the refreshed tokens failed: Connection is closed. token [redacted] inside (the client uses the refreshed token pair and saves it to the store once it answers)',
    );
    expect(JSON.stringify([reported[0]!.message, String(reported[0]!.cause)])).not.toMatch(/refresh-1|access-1/);
    await expect(me(client)).resolves.toEqual({ url: 'me' }); // still down: the call needs no store
    state.down = false;
    await me(client); // starts saving the pair (unless the background retry did already)
    await tick(10);
    expect(await stored()).toEqual({ accessToken: 'access-1', refreshToken: 'refresh-1' });
    // Another client of the fleet takes the saved pair without a token request.
    const other = testClient({ ...creds, store }, server.reply);
    await expect(me(other.client)).resolves.toEqual({ url: 'me' });
    expect(server.refreshes()).toBe(1);
  });

  it('a write that fails keeps the lock until the pair is saved: a waiting client takes the pair instead of spending the refresh token again', async () => {
    const server = imgur();
    const { backend, state } = flaky();
    // An async onError that rejects must not become an unhandled rejection (vitest fails the run on one).
    const store = createSharedStore(backend, { pollMs: 5, leaseMs: 2000, onError: async () => Promise.reject(new Error('the app cannot log')) });
    const a = testClient({ ...creds, store }, server.reply);
    const b = testClient({ ...creds, store }, server.reply);
    state.down = true;
    await me(a.client);
    const waiting = me(b.client);
    await tick(50);
    state.down = false; // Redis is back: the background retry (250 ms) saves the pair
    await expect(waiting).resolves.toEqual({ url: 'me' });
    expect(server.refreshes()).toBe(1);
  });

  it('lost state (a flush emptied the store while a refresh was in flight): the waiters wait for the pair instead of refreshing again', async () => {
    // A backend that can lose everything at once, as Redis does on FLUSHALL.
    let inner = createMemoryBackend();
    const backend = Object.fromEntries(
      Object.keys(inner).map((name) => [name, (...args: unknown[]) => (inner[name as keyof ImgurStoreBackend] as (...a: unknown[]) => unknown)(...args)]),
    ) as unknown as ImgurStoreBackend;
    await backend.setTokens({ accessToken: 'old-access', refreshToken: 'refresh-old' });
    const server = imgur();
    const reply = async (req: Request): Promise<Response> => {
      if (req.url.endsWith('/oauth2/token')) {
        inner = createMemoryBackend(); // lock and tokens gone
        await tick(100); // the waiters find the store empty meanwhile
      }
      return server.reply(req);
    };
    const store = createSharedStore(backend, { pollMs: 5, leaseMs: 1000 });
    const clients = [0, 1, 2].map(() => testClient({ ...creds, store }, reply));
    const results = await Promise.all(clients.map(({ client }) => me(client)));
    expect(results).toEqual([{ url: 'me' }, { url: 'me' }, { url: 'me' }]);
    expect(server.refreshes()).toBe(1);
    expect(await backend.getTokens()).toEqual({ accessToken: 'access-1', refreshToken: 'refresh-1' });
  });
});
