import { describe, expect, it, vi } from 'vitest';
import { defineOperation } from '../../src/client/define-operation.js';
import { getCredits } from '../../src/operations/get-credits.js';
import { ImgurBudgetError } from '../../src/errors/usage-errors.js';
import { ImgurRefreshError } from '../../src/errors/auth-errors.js';
import { ImgurNetworkError } from '../../src/errors/transport-errors.js';
import { createEtagCache } from '../../src/cache/etag-cache.js';
import { createMemoryBackend, createMemoryStore, createSharedStore } from '../../src/store.js';
import type { ImgurStoreBackend } from '../../src/store/types.js';
import { envelope, testClient } from '../support/helpers.js';

const me = defineOperation<Record<string, never>, { url: string }>({ id: 'account.me', method: 'GET', path: '/3/account/me', security: ['bearer'], envelope: true });
const pub = defineOperation<Record<string, never>, { n: number }>({ id: 'gallery.x', method: 'GET', path: '/3/x', security: ['clientId'], envelope: true });
const open = defineOperation<Record<string, never>, { n: number }>({ id: 'open.x', method: 'GET', path: '/3/open', security: [], envelope: true });
const creds = { clientId: 'client-id-1', clientSecret: 'secret-abcdef', accessToken: 'old-access', refreshToken: 'refresh-old' };
const tokenJson = (access: string, refresh = 'refresh-new'): Response =>
  new Response(JSON.stringify({ access_token: access, refresh_token: refresh, token_type: 'bearer' }), { headers: { 'Content-Type': 'application/json' } });
const tick = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** One Imgur stand-in for several clients: counts refreshes, accepts only the newest token. */
function imgur(onRefresh?: () => Promise<void> | void) {
  let current = 'expired: no token is accepted before the first refresh';
  let refreshes = 0;
  const reply = async (req: Request): Promise<Response> => {
    await tick(Math.random() * 3);
    if (req.url.endsWith('/oauth2/token')) {
      refreshes++;
      await onRefresh?.();
      current = `new-access-${refreshes}`;
      return tokenJson(current, `refresh-${refreshes}`);
    }
    if (req.headers.get('Authorization') === `Bearer ${current}`) return envelope({ url: 'me' });
    return envelope({ error: 'expired' }, 401);
  };
  return { reply, refreshes: () => refreshes };
}

describe('createMemoryStore: several clients, one refresh', () => {
  it('3 clients x 30 concurrent calls on an expired token: one refresh, one onTokens, the same new tokens everywhere', async () => {
    const store = createMemoryStore({ pollMs: 5 });
    const server = imgur();
    const onTokens = vi.fn();
    const clients = [0, 1, 2].map(() => testClient({ ...creds, onTokens, store }, server.reply));
    const results = await Promise.all(clients.flatMap(({ client }) => Array.from({ length: 30 }, () => me(client))));
    expect(results.every((r) => r.url === 'me')).toBe(true);
    expect(server.refreshes()).toBe(1);
    expect(onTokens).toHaveBeenCalledTimes(1);
    expect(onTokens.mock.calls[0]![0]).toMatchObject({ access_token: 'new-access-1', refresh_token: 'refresh-1' });
    for (const { sent } of clients) {
      expect(sent.at(-1)!.request.headers.get('Authorization')).toBe('Bearer new-access-1');
      expect(sent.filter((s) => s.url.pathname === '/oauth2/token').length).toBeLessThanOrEqual(1);
    }
  });

  it('a client without onTokens takes the shared tokens too; a later expiry refreshes once more', async () => {
    const store = createMemoryStore({ pollMs: 5 });
    const server = imgur();
    const clients = [0, 1].map(() => testClient({ ...creds, store }, server.reply));
    await Promise.all(clients.map(({ client }) => me(client)));
    expect(server.refreshes()).toBe(1);
  });

  it('a lock whose holder died blocks the others for its lease only', async () => {
    const backend = createMemoryBackend();
    expect(await backend.acquireLock(150)).toBeTypeOf('string');
    const server = imgur();
    const { client } = testClient({ ...creds, store: createSharedStore(backend, { leaseMs: 150, pollMs: 10 }) }, server.reply);
    const started = Date.now();
    await expect(me(client)).resolves.toEqual({ url: 'me' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    expect(server.refreshes()).toBe(1);
    expect(await backend.getTokens()).toEqual({ accessToken: 'new-access-1', refreshToken: 'refresh-1' });
  });

  it('gives up with ImgurRefreshError after waitMs when the lock stays taken and no token arrives', async () => {
    const backend = createMemoryBackend();
    await backend.acquireLock(10_000);
    const { client, sent } = testClient({ ...creds, store: createSharedStore(backend, { waitMs: 40, pollMs: 10 }) }, imgur().reply);
    const error = await me(client).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ImgurRefreshError);
    expect((error as Error).message).toBe('POST /oauth2/token (token refresh): another client held the refresh lock and no new token arrived within 40 ms.');
    expect(sent.map((s) => s.url.pathname)).toEqual(['/3/account/me']);
  });

  it('loses the compare-and-set to a writer that stored newer tokens meanwhile: adopts them, no onTokens', async () => {
    const backend = createMemoryBackend();
    const server = imgur(() => backend.setTokens({ accessToken: 'new-access-1', refreshToken: 'theirs' }));
    const onTokens = vi.fn();
    const { client, sent } = testClient({ ...creds, onTokens, store: createSharedStore(backend) }, server.reply);
    await expect(me(client)).resolves.toEqual({ url: 'me' });
    expect(onTokens).not.toHaveBeenCalled();
    expect(sent.at(-1)!.request.headers.get('Authorization')).toBe('Bearer new-access-1');
    expect(await backend.getTokens()).toEqual({ accessToken: 'new-access-1', refreshToken: 'theirs' });
  });

  it('after setTokens the client refreshes its own pair (not the older shared one) and shares the result', async () => {
    const backend = createMemoryBackend();
    await backend.setTokens({ accessToken: 'shared-old', refreshToken: 'shared-refresh' });
    const server = imgur();
    const onTokens = vi.fn();
    const { client, sent } = testClient({ ...creds, onTokens, store: createSharedStore(backend) }, server.reply);
    client.setTokens({ accessToken: 'set-access', refreshToken: 'set-refresh' });
    await expect(me(client)).resolves.toEqual({ url: 'me' });
    expect(sent.map((s) => s.url.pathname)).toEqual(['/3/account/me', '/oauth2/token', '/3/account/me']);
    expect(new URLSearchParams(sent[1]!.body).get('refresh_token')).toBe('set-refresh');
    expect(onTokens).toHaveBeenCalledTimes(1);
    expect(await backend.getTokens()).toEqual({ accessToken: 'new-access-1', refreshToken: 'refresh-1' });
  });

  it('a failed or unreadable token answer fails the refresh as without a store, and stores nothing', async () => {
    for (const answer of [() => envelope({ error: 'invalid_grant' }, 400), () => new Response('<html>not json</html>', { status: 200 })]) {
      const backend = createMemoryBackend();
      const { client } = testClient({ ...creds, store: createSharedStore(backend) }, (req) => (req.url.endsWith('/oauth2/token') ? answer() : envelope({ error: 'expired' }, 401)));
      await expect(me(client)).rejects.toBeInstanceOf(ImgurRefreshError);
      expect(await backend.getTokens()).toBeUndefined();
      expect(await backend.acquireLock(10)).toBeTypeOf('string'); // released
    }
  });
});

/** Imgur stand-in for the budget: `limit` user credits, each call costs 1 (credits endpoint 0). */
function credits(limit: number, reset = Math.floor(Date.now() / 1000) + 3600) {
  let used = 0;
  const reply = async (req: Request): Promise<Response> => {
    if (!req.url.endsWith('/3/credits')) used++;
    await tick(Math.random() * 4);
    const headers = { 'X-RateLimit-UserRemaining': String(limit - used), 'X-RateLimit-UserReset': String(reset), 'X-RateLimit-ClientRemaining': String(10_000 - used) };
    return envelope({ n: used }, 200, headers);
  };
  return { reply, used: () => used };
}

describe('createMemoryStore: one credit budget', () => {
  it('2 clients asking for 30 credits of 10: at most 10 sent, the rest refused before sending, none lost', async () => {
    const store = createMemoryStore();
    const server = credits(10);
    const budget = { minUserRemaining: 0 };
    const clients = [0, 1].map(() => testClient({ clientId: 'client-id-1', budget, store }, server.reply));
    await getCredits(clients[0]!.client); // seeds the shared snapshot (costs nothing)
    const outcomes = await Promise.all(
      clients.flatMap(({ client }) =>
        Array.from({ length: 15 }, () =>
          pub(client).then(
            () => 'sent',
            (e: unknown) => e,
          ),
        ),
      ),
    );
    const refused = outcomes.filter((o) => o instanceof ImgurBudgetError);
    expect(server.used()).toBe(10);
    expect(outcomes.filter((o) => o === 'sent')).toHaveLength(10);
    expect(refused).toHaveLength(20);
    expect((refused[0] as Error).message).toMatch(
      /^GET \/3\/x \(gallery\.x\): refused: it costs 1 credit\(s\) and \d+ user credits remain across all clients sharing the store \(in-flight calls counted\); the budget keeps at least 0\.$/,
    );
    expect(clients.reduce((n, c) => n + c.sent.length, 0)).toBe(11);
  });

  it('refuses on the client floor too; allows everything once the reset time passed, and without a budget', async () => {
    const backend = createMemoryBackend();
    await backend.settleCredits('none', { clientRemaining: 3, userRemaining: 100, userReset: Math.floor(Date.now() / 1000) + 60 } as never);
    const reply = () => envelope({ n: 1 });
    await expect(pub(testClient({ clientId: 'client-id-1', store: createSharedStore(backend) }, reply).client)).resolves.toEqual({ n: 1 });
    await expect(pub(testClient({ clientId: 'client-id-1', budget: { minClientRemaining: 3 }, store: createSharedStore(backend) }, reply).client)).rejects.toThrow(
      /3 client credits remain/,
    );
    await backend.settleCredits('none', { clientRemaining: 1, userRemaining: 1, userReset: 1 } as never);
    expect(await backend.getRateLimit()).toMatchObject({ clientRemaining: 1 });
    const stale = createMemoryBackend();
    await stale.settleCredits('none', { clientRemaining: 0, userRemaining: 0, userReset: Math.floor(Date.now() / 1000) - 1 } as never);
    await expect(pub(testClient({ clientId: 'client-id-1', budget: { minClientRemaining: 0 }, store: createSharedStore(stale) }, reply).client)).resolves.toEqual({ n: 1 });
  });

  it('keeps the lowest remaining of a window (a late response cannot raise it) and takes a new window as is', async () => {
    const backend = createMemoryBackend();
    await backend.settleCredits('a', { userRemaining: 5, userReset: 100 } as never);
    await backend.settleCredits('b', { userRemaining: 9, clientRemaining: 50, userReset: 100 } as never);
    expect(await backend.getRateLimit()).toMatchObject({ userRemaining: 5, clientRemaining: 50 });
    await backend.settleCredits('c', { userRemaining: undefined, clientRemaining: undefined } as never);
    await backend.settleCredits('d', { userRemaining: 40, clientRemaining: 60, userReset: 200 } as never);
    expect(await backend.getRateLimit()).toMatchObject({ userRemaining: 40, clientRemaining: 60, userReset: 200 });
  });

  it('takes resets read as seconds from now, a few seconds apart, as one window; a jump of more than a minute as a new one', async () => {
    const backend = createMemoryBackend();
    const t = Math.floor(Date.now() / 1000);
    await backend.settleCredits('a', { userRemaining: 7, userReset: t + 3600 } as never);
    // Sent before `a`, read a few seconds later: its `3600` lands later, but it is the same window.
    await backend.settleCredits('b', { userRemaining: 9, userReset: t + 3605 } as never);
    expect(await backend.getRateLimit()).toMatchObject({ userRemaining: 7, userReset: t + 3600 });
    await backend.settleCredits('c', { userRemaining: 50, userReset: t + 3661 } as never);
    expect(await backend.getRateLimit()).toMatchObject({ userRemaining: 50, userReset: t + 3661 });
  });

  it('an unsettled reservation (its process died) counts until it expires; a failed request settles without headers', async () => {
    const backend = createMemoryBackend();
    await backend.settleCredits('seed', { userRemaining: 2, userReset: Math.floor(Date.now() / 1000) + 60 } as never);
    const ask = { cost: 2, minUserRemaining: 0, holdMs: 60 };
    expect(await backend.reserveCredits(ask)).toBeTypeOf('string');
    expect(await backend.reserveCredits(ask)).toEqual({ who: 'user', remaining: 0, floor: 0 });
    await tick(70);
    expect(await backend.reserveCredits(ask)).toBeTypeOf('string');
    const settled: unknown[] = [];
    const seeded = createMemoryBackend();
    await seeded.settleCredits('seed', { userRemaining: 100, userReset: Math.floor(Date.now() / 1000) + 60 } as never);
    const watched: ImgurStoreBackend = { ...seeded, settleCredits: async (id, rate) => void settled.push([typeof id, rate]) };
    const { client } = testClient({ clientId: 'client-id-1', budget: { minUserRemaining: 0 }, store: createSharedStore(watched), retries: 0 }, () =>
      Promise.reject(new TypeError('refused')),
    );
    await expect(pub(client)).rejects.toBeInstanceOf(ImgurNetworkError);
    expect(settled).toEqual([['string', undefined]]);
  });

  it('a backend failure fails the call with its error, not retried and never sent', async () => {
    const { ImgurError } = await import('../../src/errors/imgur-error.js');
    const down: ImgurStoreBackend = { ...createMemoryBackend(), reserveCredits: () => Promise.reject(new ImgurError('store unreachable')) };
    const { client, sent } = testClient({ clientId: 'client-id-1', budget: { minUserRemaining: 0 }, store: createSharedStore(down) }, () => envelope({ n: 1 }));
    await expect(pub(client)).rejects.toThrow('GET /3/x (gallery.x): store unreachable.');
    expect(sent).toHaveLength(0);
  });
});

describe('createMemoryStore: one ETag cache', () => {
  const reply = (req: Request): Response =>
    req.headers.get('If-None-Match') === '"v1"' ? new Response(null, { status: 304, headers: { 'X-RateLimit-UserRemaining': '7' } }) : envelope({ n: 1 }, 200, { ETag: '"v1"' });

  it('an ETag cached by one client serves a 304 in another (as a 200 with the cached body); keys differ per credential', async () => {
    const store = createMemoryStore();
    const a = testClient({ clientId: 'client-id-1', store }, reply);
    const b = testClient({ clientId: 'client-id-1', store }, reply);
    expect(await pub(a.client)).toEqual({ n: 1 });
    const { data, response, rateLimit } = await pub(b.client).withResponse();
    expect(data).toEqual({ n: 1 });
    expect([response.status, rateLimit.userRemaining]).toEqual([200, 7]);
    expect(b.sent[0]!.request.headers.get('If-None-Match')).toBe('"v1"');
    const other = testClient({ clientId: 'client-id-2', store }, reply);
    await pub(other.client);
    expect(other.sent[0]!.request.headers.get('If-None-Match')).toBeNull();
    const anonymous = [testClient({ store }, reply), testClient({ store }, reply)];
    for (const { client } of anonymous) await open(client);
    expect(anonymous.map(({ sent }) => sent[0]!.request.headers.get('If-None-Match'))).toEqual([null, '"v1"']);
  });

  it('etag: false, and a client etagCache of its own, leave the shared cache out; a failing cache is a miss', async () => {
    const backend = createMemoryBackend();
    const getEtag = vi.spyOn(backend, 'getEtag');
    for (const options of [{ store: createSharedStore(backend, { etag: false }) }, { store: createSharedStore(backend), etagCache: createEtagCache() }]) {
      const { client } = testClient({ clientId: 'client-id-1', ...options }, reply);
      await pub(client);
      await pub(client);
    }
    expect(getEtag).not.toHaveBeenCalled();
    const broken = createSharedStore({ ...createMemoryBackend(), getEtag: () => Promise.reject(new Error('down')), setEtag: () => Promise.reject(new Error('down')) });
    const c = testClient({ clientId: 'client-id-1', store: broken }, reply);
    expect(await pub(c.client)).toEqual({ n: 1 });
    expect(await pub(c.client)).toEqual({ n: 1 });
    expect(c.sent.map((s) => s.request.headers.get('If-None-Match'))).toEqual([null, null]);
  });
});
