import { describe, expect, it } from 'vitest';
import { defineOperation } from '../../src/client/define-operation.js';
import { ImgurBudgetError } from '../../src/errors/usage-errors.js';
import { createMemoryBackend, createSharedStore } from '../../src/store.js';
import type { ImgurStoreBackend } from '../../src/store/types.js';
import { envelope, testClient } from '../support/helpers.js';

const pub = defineOperation<Record<string, never>, { n: number }>({ id: 'gallery.x', method: 'GET', path: '/3/x', security: ['clientId'], envelope: true });
const tick = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Imgur with `limit` user credits: `/3/credits` reports them (free), every other call spends one, answered after `delayMs`. */
function imgur(limit: number, delayMs = 0) {
  let used = 0;
  let creditReads = 0;
  const reset = Math.floor(Date.now() / 1000) + 3600;
  const reply = async (req: Request): Promise<Response> => {
    if (req.url.endsWith('/3/credits')) {
      creditReads++;
      return envelope({ UserLimit: limit, UserRemaining: limit - used, UserReset: reset, ClientLimit: 12500, ClientRemaining: 12500 - used });
    }
    await tick(delayMs);
    used++; // charged once answered: a request in flight is not counted yet by /3/credits
    return envelope({ n: used }, 200, { 'X-RateLimit-UserRemaining': String(limit - used), 'X-RateLimit-UserReset': String(reset) });
  };
  return { reply, used: () => used, creditReads: () => creditReads };
}

/** A memory backend that can lose everything at once, as Redis does on FLUSHALL or a restart. */
function flushable() {
  let inner = createMemoryBackend();
  const backend = Object.fromEntries(
    Object.keys(inner).map((name) => [name, (...args: unknown[]) => (inner[name as keyof ImgurStoreBackend] as (...a: unknown[]) => unknown)(...args)]),
  ) as unknown as ImgurStoreBackend;
  return { backend, flush: () => void (inner = createMemoryBackend()) };
}

describe('sharedBudget: an unknown budget fails closed', () => {
  it('no snapshot yet: the credits are read once (GET /3/credits, free), then the floor holds', async () => {
    const server = imgur(15);
    const { client, sent } = testClient({ clientId: 'client-id-1', budget: { minUserRemaining: 5 }, store: createSharedStore(createMemoryBackend()) }, server.reply);
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, () =>
        pub(client).then(
          () => 'sent',
          (e: unknown) => e,
        ),
      ),
    );
    expect(server.used()).toBe(10);
    expect(server.creditReads()).toBe(1);
    expect(outcomes.filter((o) => o instanceof ImgurBudgetError)).toHaveLength(10);
    expect(sent[0]!.request.url).toMatch(/\/3\/credits$/);
    expect(sent[0]!.request.headers.get('Authorization')).toBe('Client-ID client-id-1');
  });

  it('the state is lost (flush) while calls are in flight: the credits are read again and the in-flight reservations count again; nothing goes below the floor', async () => {
    const server = imgur(30, 30);
    const { backend, flush } = flushable();
    const store = createSharedStore(backend);
    const clients = [0, 1].map(() => testClient({ clientId: 'client-id-1', budget: { minUserRemaining: 10 }, store }, server.reply).client);
    const calls = clients.flatMap((client) => Array.from({ length: 15 }, () => pub(client).catch((e: unknown) => e)));
    await tick(10);
    flush(); // the 20 reservations in flight are forgotten; /3/credits does not count them yet either
    const late = clients.flatMap((client) => Array.from({ length: 10 }, () => pub(client).catch((e: unknown) => e)));
    await Promise.all([...calls, ...late]);
    expect(server.used()).toBe(20);
    expect(server.creditReads()).toBeGreaterThanOrEqual(2);
  });

  it('the credits cannot be read: the call is refused before sending, saying why', async () => {
    const { client, sent } = testClient({ clientId: 'client-id-1', budget: { minUserRemaining: 5 }, store: createSharedStore(createMemoryBackend()), retries: 0 }, () =>
      envelope({ error: 'Over capacity' }, 503),
    );
    await expect(pub(client)).rejects.toThrow(
      /^GET \/3\/x \(gallery\.x\): refused: the shared credit budget is unknown \(the store holds no rate-limit snapshot\) and reading GET \/3\/credits failed: GET \/3\/credits answered HTTP 503 without remaining credits\.$/,
    );
    expect(sent.map((s) => new URL(s.request.url).pathname)).toEqual(['/3/credits']);
  });

  it('a bearer call with an expired token and no snapshot: the credits are read by Client-ID, then the call refreshes and goes through', async () => {
    const me = defineOperation<Record<string, never>, { url: string }>({ id: 'account.me', method: 'GET', path: '/3/account/me', security: ['bearer'], envelope: true });
    const reset = String(Math.floor(Date.now() / 1000) + 3600);
    const reply = (req: Request): Response => {
      const auth = req.headers.get('Authorization');
      if (req.url.endsWith('/oauth2/token')) return new Response(JSON.stringify({ access_token: 'new-access', refresh_token: 'refresh-new' }));
      if (req.url.endsWith('/3/credits')) return auth?.startsWith('Client-ID') ? envelope({ UserRemaining: 50, UserReset: Number(reset) }) : envelope({ error: 'expired' }, 401);
      return auth === 'Bearer new-access'
        ? envelope({ url: 'me' }, 200, { 'X-RateLimit-UserRemaining': '49', 'X-RateLimit-UserReset': reset })
        : envelope({ error: 'expired' }, 401);
    };
    const store = createSharedStore(createMemoryBackend());
    const { client, sent } = testClient(
      { clientId: 'client-id-1', clientSecret: 'secret-abcdef', accessToken: 'old-access', refreshToken: 'refresh-old', budget: { minUserRemaining: 10 }, store },
      reply,
    );
    await expect(me(client)).resolves.toEqual({ url: 'me' });
    expect(sent.map((s) => `${new URL(s.request.url).pathname} ${s.request.headers.get('Authorization')?.split(' ')[0]}`)).toEqual([
      '/3/credits Bearer',
      '/3/credits Client-ID',
      '/3/account/me Bearer',
      '/oauth2/token undefined',
      '/3/account/me Bearer',
    ]);
  });
});
