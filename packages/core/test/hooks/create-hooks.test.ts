import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createImgurClient } from '../../src/client/create-client-node.js';
import { defineOperation } from '../../src/client/define-operation.js';
import { createHooks } from '../../src/hooks/create-hooks.js';
import { createEtagCache } from '../../src/cache/etag-cache.js';
import { ImgurHookError } from '../../src/errors/hook-error.js';
import { ImgurApiError } from '../../src/errors/api-error.js';
import { ImgurBudgetError } from '../../src/errors/usage-errors.js';
import type { ImgurHooks } from '../../src/hooks/types.js';
import type { ImgurLogEvent } from '../../src/types/log-event.js';
import { json, serve } from '../support/http-server.js';

const getImage = defineOperation<{ imageHash: string; q?: string }, { id: string }>({
  id: 'image.getImage',
  method: 'GET',
  path: '/3/image/{imageHash}',
  security: ['clientId'],
  pathParams: ['imageHash'],
  queryParams: ['q'],
  envelope: true,
});
const me = defineOperation<Record<string, never>, { url: string }>({ id: 'account.me', method: 'GET', path: '/3/account/me', security: ['bearer'], envelope: true });
const SECRETS = {
  clientId: 'client-id-5e3c7a',
  clientSecret: 'client-secret-91f0',
  accessToken: 'access-token-77aa',
  refreshToken: 'refresh-token-0c1d',
  mashapeKey: 'mashape-key-4b2e',
};
const RATE = {
  'x-ratelimit-clientlimit': '12500',
  'x-ratelimit-clientremaining': '12000',
  'x-ratelimit-userlimit': '2000',
  'x-ratelimit-userremaining': '1990',
  'x-ratelimit-userreset': '9999999999',
};
const ok =
  (data: unknown, headers: Record<string, string> = {}) =>
  (res: Parameters<Parameters<typeof serve>[0]>[1]) =>
    json(res, 200, { data, success: true, status: 200 }, { ...RATE, ...headers });
const noSleep = { sleep: async () => {} };

describe('createHooks', () => {
  it('runs before, request, after and wrap in order with the call, the attempt count and the outcome', async () => {
    const server = await serve((_s, res, n) => (n === 0 ? json(res, 503, { data: { error: 'down' }, success: false, status: 503 }) : ok({ id: 'x' })(res)));
    const order: string[] = [];
    const calls: unknown[] = [];
    const outcomes: unknown[] = [];
    const events: string[] = [];
    const hook = (name: string): ImgurHooks => ({
      before: (call) => {
        order.push(`${name}.before`);
        calls.push(call);
      },
      request: (_call, attempt) => void order.push(`${name}.request#${attempt.attempt}`),
      after: (_call, outcome) => {
        order.push(`${name}.after`);
        outcomes.push(outcome);
      },
      event: (_call, e) => void events.push(`${name}:${e.event}`),
      wrap: async (_call, next) => {
        order.push(`${name}.wrap>`);
        const r = await next();
        order.push(`${name}.wrap<`);
        return r;
      },
    });
    const client = createImgurClient({ clientId: SECRETS.clientId, baseUrl: server.url, hooks: createHooks(hook('a'), hook('b')), ...noSleep });
    expect(await getImage(client, { imageHash: 'x' })).toEqual({ id: 'x' });
    expect(order).toEqual(['a.wrap>', 'b.wrap>', 'a.before', 'b.before', 'a.request#0', 'b.request#0', 'a.request#1', 'b.request#1', 'a.after', 'b.after', 'b.wrap<', 'a.wrap<']);
    expect(calls[0]).toEqual({ operationId: 'image.getImage', method: 'GET', path: '/3/image/{imageHash}', input: { imageHash: 'x' }, credits: 1, baseUrl: server.url });
    expect(outcomes[0]).toMatchObject({ status: 200, attempts: 2, fromCache: false, refreshed: false, rateLimit: { clientRemaining: 12000, userRemaining: 1990 } });
    expect((outcomes[0] as { durationMs: number }).durationMs).toBeGreaterThanOrEqual(0);
    expect(events).toEqual(['a:response', 'b:response', 'a:retry', 'b:retry', 'a:response', 'b:response']);
  });

  it('lets a request hook change headers and query, and never shows it a secret', async () => {
    const server = await serve((_s, res) => ok({ id: 'x' })(res));
    const shown: string[] = [];
    const hooks = createHooks({
      request(_call, attempt) {
        shown.push(JSON.stringify(attempt.headers), attempt.url.href, inspect(attempt, { depth: 5 }));
        attempt.headers['X-Trace'] = 'trace-1';
        attempt.url.searchParams.set('q', 'changed');
        attempt.url.searchParams.set('extra', '1');
        attempt.url.pathname = '/elsewhere';
        attempt.url.host = 'evil.example';
      },
    });
    const client = createImgurClient({ ...SECRETS, baseUrl: server.url, hooks });
    await getImage(client, { imageHash: 'x', q: 'original' });
    await me(client);
    expect(server.seen[0]!.url).toBe('/3/image/x?q=changed&extra=1');
    expect(server.seen[0]!.headers['x-trace']).toBe('trace-1');
    expect(server.seen[1]!.headers.authorization).toBe(`Bearer ${SECRETS.accessToken}`);
    expect(server.seen[0]!.headers['x-mashape-key']).toBe(SECRETS.mashapeKey);
    const all = shown.join('\n');
    for (const secret of Object.values(SECRETS)) expect(all).not.toContain(secret);
    expect(all).toContain('[redacted]');
  });

  it('fails only the call whose hook throws, with ImgurHookError naming the hook, and redacts what it threw', async () => {
    const server = await serve((_s, res) => ok({ id: 'x' })(res));
    for (const kind of ['before', 'request', 'after', 'wrap'] as const) {
      let armed = true;
      const thrower = async () => {
        if (armed) {
          armed = false;
          throw new Error(`boom with ${SECRETS.accessToken}`);
        }
      };
      const hooks = createHooks(
        kind === 'wrap'
          ? {
              wrap: async (_c, next) => {
                await thrower();
                return next();
              },
            }
          : { [kind]: thrower },
      );
      const client = createImgurClient({ ...SECRETS, baseUrl: server.url, hooks });
      const error = await getImage(client, { imageHash: 'x' }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ImgurHookError);
      expect((error as Error).message).toBe(`The ${kind} hook #1 of image.getImage threw: boom with [redacted]`);
      expect(inspect(error, { depth: 9, showHidden: true })).not.toContain(SECRETS.accessToken);
      expect(String(((error as Error).cause as Error).message)).not.toContain(SECRETS.accessToken);
      expect(await getImage(client, { imageHash: 'x' })).toEqual({ id: 'x' });
    }
  });

  it('hands the typed error to error hooks, marks cache hits and refreshes, and ignores a throwing event hook', async () => {
    let token = 'old';
    const server = await serve((s, res) => {
      if (s.url === '/oauth2/token') return json(res, 200, { access_token: (token = 'fresh-access-token-99'), refresh_token: 'fresh-refresh-token-99' });
      if (s.url.startsWith('/3/account/me'))
        return s.headers.authorization === `Bearer ${token}` && token !== 'old'
          ? ok({ url: 'me' })(res)
          : json(res, 401, { data: { error: 'expired' }, success: false, status: 401 });
      if (s.url === '/3/image/missing') return json(res, 404, { data: { error: 'Unable to find an image with the id, missing' }, success: false, status: 404 });
      if (s.headers['if-none-match'] === '"e1"') return res.writeHead(304, RATE).end();
      return ok({ id: 'x' }, { etag: '"e1"' })(res);
    });
    const errors: unknown[] = [];
    const outcomes: Record<string, unknown>[] = [];
    const events: ImgurLogEvent[] = [];
    const hooks = createHooks(
      {
        error: (_c, e, o) => void errors.push(e, o),
        after: (c, o) => void outcomes.push({ op: c.operationId, ...o }),
        event: () => {
          throw new Error('listener broke');
        },
      },
      { event: (_c, e) => void events.push(e) },
    );
    const client = createImgurClient({ ...SECRETS, accessToken: 'old', baseUrl: server.url, hooks, etagCache: createEtagCache({ maxEntries: 5 }) });
    await expect(getImage(client, { imageHash: 'missing' })).rejects.toBeInstanceOf(ImgurApiError);
    expect(errors[0]).toBeInstanceOf(ImgurApiError);
    expect(errors[1]).toMatchObject({ status: 404, attempts: 1 });
    await getImage(client, { imageHash: 'x' });
    await getImage(client, { imageHash: 'x' });
    expect(outcomes.map((o) => o.fromCache)).toEqual([false, true]);
    expect(await me(client)).toEqual({ url: 'me' });
    expect(outcomes[2]).toMatchObject({ op: 'account.me', refreshed: true, attempts: 2, status: 200 });
    expect(events.map((e) => e.event)).toEqual(['response', 'response', 'response', 'cache-hit', 'response', 'refresh', 'response']);
    expect(JSON.stringify(events)).not.toMatch(/fresh-access-token-99|fresh-refresh-token-99|access-token-77aa/);
  });

  it('reports a budget refusal to error hooks with zero attempts', async () => {
    const server = await serve((_s, res) => ok({ id: 'x' }, { 'x-ratelimit-userremaining': '5' })(res));
    const seen: unknown[] = [];
    const client = createImgurClient({
      clientId: SECRETS.clientId,
      baseUrl: server.url,
      budget: { minUserRemaining: 10 },
      hooks: createHooks({ error: (_c, e, o) => void seen.push(e, o.attempts), event: (_c, e) => void seen.push(e.event) }),
    });
    await getImage(client, { imageHash: 'x' });
    await expect(getImage(client, { imageHash: 'x' })).rejects.toBeInstanceOf(ImgurBudgetError);
    expect(seen.slice(1)).toEqual(['budget-refused', expect.any(ImgurBudgetError), 0]);
  });

  it('accepts a wrap hook that answers without calling next, and refuses one that returns nothing', async () => {
    const server = await serve((_s, res) => ok({ id: 'server' })(res));
    const cached = createHooks({ wrap: async () => ({ data: { id: 'from-hook' }, error: undefined, response: new Response(), rateLimit: {} as never }) });
    expect(await getImage(createImgurClient({ clientId: SECRETS.clientId, baseUrl: server.url, hooks: cached }), { imageHash: 'x' })).toEqual({ id: 'from-hook' });
    const broken = createHooks({ wrap: async () => undefined as never });
    const error = await getImage(createImgurClient({ clientId: SECRETS.clientId, baseUrl: server.url, hooks: broken }), { imageHash: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImgurHookError);
    expect((error as Error).message).toBe('The wrap hook #1 of image.getImage threw: it did not return the result of next()');
    expect(server.seen).toHaveLength(0);
  });
});

describe('createHooks against misuse and hostile hooks', () => {
  it('refuses what is not a hook set, before any call', () => {
    expect(() => createHooks(null as never)).toThrow('createHooks: hook #1 must be an object of hook functions, got null.');
    expect(() => createHooks({ before: 'yes' } as never)).toThrow('createHooks: before of hook #1 must be a function, got string.');
    expect(() =>
      createHooks({
        get wrap(): never {
          throw new Error('getter');
        },
      }),
    ).toThrow('getter');
    for (const hooks of [{ before() {} }, 'yes', [createHooks()]]) {
      expect(() => createImgurClient({ clientId: SECRETS.clientId, hooks: hooks as never })).toThrow('createImgurClient: hooks must come from createHooks(...hooks).');
    }
    expect(() => createImgurClient({ clientId: SECRETS.clientId, logLevel: 'verbose' as never })).toThrow(
      'createImgurClient: logLevel must be one of debug, info, warn, error, off, got verbose.',
    );
    expect(() => createImgurClient({ clientId: SECRETS.clientId, logger: 'console' as never })).toThrow('createImgurClient: logger must be an object');
  });

  it('an async event hook or logger that rejects is ignored, not an unhandled rejection', async () => {
    const server = await serve((_s, res) => ok({ id: 'x' })(res));
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const reject = async () => {
        throw new Error('async listener broke');
      };
      const client = createImgurClient({
        clientId: SECRETS.clientId,
        baseUrl: server.url,
        hooks: createHooks({ event: reject }),
        logger: { debug: reject, info: reject, warn: reject, error: reject },
        logLevel: 'debug',
      });
      expect(await getImage(client, { imageHash: 'x' })).toEqual({ id: 'x' });
      await new Promise((done) => setTimeout(done, 50));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });

  it('next() sends once however often a wrap calls it; a wrap result with a foreign error is refused', async () => {
    const server = await serve((_s, res) => ok({ id: 'x' })(res));
    const twice = createHooks({
      wrap: async (_c, next) => {
        await next();
        return next();
      },
    });
    expect(await getImage(createImgurClient({ clientId: SECRETS.clientId, baseUrl: server.url, hooks: twice }), { imageHash: 'x' })).toEqual({ id: 'x' });
    expect(server.seen).toHaveLength(1);
    const foreign = createHooks({ wrap: async () => ({ data: undefined, error: new Error('plain') as never }) });
    const error = await getImage(createImgurClient({ clientId: SECRETS.clientId, baseUrl: server.url, hooks: foreign }), { imageHash: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImgurHookError);
    expect((error as Error).message).toBe('The wrap hook #1 of image.getImage threw: its result has an error that is not an ImgurError');
  });

  it('a request hook cannot move or reframe the request, and sees the call frozen with secrets in its input redacted', async () => {
    const server = await serve((_s, res) => ok({ id: 'x' })(res));
    const inputs: unknown[] = [];
    let mutated = 'no';
    const hooks = createHooks({
      before(call) {
        inputs.push(call.input);
        try {
          (call as { operationId: string }).operationId = 'changed';
          mutated = 'yes';
        } catch {
          mutated = 'refused';
        }
      },
      request(_call, attempt) {
        Object.assign(attempt.headers, { host: 'evil.example', 'content-length': '5', 'transfer-encoding': 'chunked', 'x-ok': 'kept' });
      },
    });
    const client = createImgurClient({ ...SECRETS, baseUrl: server.url, hooks });
    expect(await getImage(client, { imageHash: 'x', q: `look ${SECRETS.clientSecret}` })).toEqual({ id: 'x' });
    expect(inputs[0]).toEqual({ imageHash: 'x', q: 'look [redacted]' });
    expect(mutated).toBe('refused');
    const seen = server.seen.at(-1)!;
    expect(seen.url).toBe(`/3/image/x?q=${encodeURIComponent(`look ${SECRETS.clientSecret}`).replace(/%20/g, '+')}`);
    expect(seen.headers.host).toBe(new URL(server.url).host);
    expect(seen.headers['content-length']).toBeUndefined();
    expect(seen.headers['transfer-encoding']).toBeUndefined();
    expect(seen.headers['x-ok']).toBe('kept');
  });

  it('names what a hook threw even when its message cannot be read, and fails the call when a header it set cannot be sent', async () => {
    const server = await serve((_s, res) => ok({ id: 'x' })(res));
    const unreadable = new Error('hidden');
    Object.defineProperty(unreadable, 'message', {
      get() {
        throw new Error('no message');
      },
    });
    const first = createHooks({
      before() {
        throw unreadable;
      },
    });
    const error = await getImage(createImgurClient({ clientId: SECRETS.clientId, baseUrl: server.url, hooks: first }), { imageHash: 'x' }).catch((e: unknown) => e);
    expect((error as Error).message).toBe('The before hook #1 of image.getImage threw: an unprintable value');
    const second = createHooks({
      request(_c, attempt) {
        attempt.headers['x-bad'] = {
          toString() {
            throw new Error('no text');
          },
        } as never;
      },
    });
    const bad = await getImage(createImgurClient({ clientId: SECRETS.clientId, baseUrl: server.url, hooks: second }), { imageHash: 'x' }).catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(ImgurHookError);
    expect((bad as Error).message).toBe('The request hook #1 of image.getImage threw: no text');
    expect(server.seen).toHaveLength(0);
  });
});
