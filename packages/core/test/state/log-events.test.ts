import { Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { createImgurClient } from '../../src/client/create-client-node.js';
import { defineOperation } from '../../src/client/define-operation.js';
import { createEtagCache } from '../../src/cache/etag-cache.js';
import { resolveLog } from '../../src/state/log-level.js';
import type { ImgurLogEvent, ImgurLogger } from '../../src/types/log-event.js';
import { json, serve } from '../support/http-server.js';
import { getImage } from '../support/helpers.js';

const me = defineOperation<Record<string, never>, { url: string }>({ id: 'account.me', method: 'GET', path: '/3/account/me', security: ['bearer'], envelope: true });
const SECRETS = { clientId: 'client-id-5e3c7a', clientSecret: 'client-secret-91f0', accessToken: 'access-token-77aa', refreshToken: 'refresh-token-0c1d' };
const RATE = { 'x-ratelimit-userremaining': '1990', 'x-ratelimit-userlimit': '2000', 'x-ratelimit-userreset': '9999999999' };

/** A logger like pino's (object first, then the message), recording what it gets per level. */
function recorder() {
  const got: { level: string; event: ImgurLogEvent; message: string }[] = [];
  const logger = Object.fromEntries(
    (['debug', 'info', 'warn', 'error'] as const).map((level) => [level, (event: ImgurLogEvent, message: string) => void got.push({ level, event, message })]),
  ) as Required<ImgurLogger>;
  return { got, logger };
}

describe('structured log events', () => {
  it('one event per retry, refresh, budget refusal, cache hit, redirect refused and deprecation, with stable fields and no secret', async () => {
    let token = SECRETS.accessToken;
    let flaky = 0;
    const server = await serve((s, res) => {
      if (s.url === '/oauth2/token') return json(res, 200, { access_token: (token = 'rotated-access-31'), refresh_token: 'rotated-refresh-31' });
      if (s.url === '/3/account/me') {
        if (s.headers.authorization !== `Bearer ${token}` || token === SECRETS.accessToken) return json(res, 401, { data: { error: 'expired' }, success: false, status: 401 });
        return json(res, 200, { data: { url: 'me' }, success: true, status: 200 }, RATE);
      }
      if (s.url === '/3/image/flaky' && flaky++ < 2) return json(res, 503, { data: { error: 'down' }, success: false, status: 503 });
      if (s.url === '/3/image/moved') return res.writeHead(302, { location: 'http://127.0.0.2:9/3/image/x' }).end();
      if (s.url === '/3/image/old') return json(res, 200, { data: { id: 'old' }, success: true, status: 200 }, { ...RATE, sunset: 'Sat, 01 Jan 2028 00:00:00 GMT' });
      if (s.headers['if-none-match'] === '"v1"') return res.writeHead(304, RATE).end();
      return json(res, 200, { data: { id: 'x' }, success: true, status: 200 }, { ...RATE, etag: '"v1"', 'x-ratelimit-userremaining': s.url === '/3/image/last' ? '2' : '1990' });
    });
    const { got, logger } = recorder();
    const client = createImgurClient({
      ...SECRETS,
      baseUrl: server.url,
      logger,
      logLevel: 'info',
      etagCache: createEtagCache({ maxEntries: 4 }),
      budget: { minUserRemaining: 2 },
      sleep: async () => {},
    });
    await me(client); // 401, refresh, replay
    await getImage(client, { imageHash: 'flaky' }); // 503 twice, then 200
    await getImage(client, { imageHash: 'x' });
    await getImage(client, { imageHash: 'x' }); // 304 from the cache
    await getImage(client, { imageHash: 'old' });
    await getImage(client, { imageHash: 'moved' }).catch(() => {});
    await getImage(client, { imageHash: 'last' });
    await getImage(client, { imageHash: 'refused' }).catch(() => {});
    const kinds = got.map((g) => `${g.level}:${g.event.event}`);
    expect(kinds).toEqual(['info:refresh', 'info:retry', 'info:retry', 'warn:deprecation', 'warn:redirect-refused', 'warn:budget-refused']);
    const [refresh, retry] = got;
    expect(refresh!.event).toEqual({ event: 'refresh', severity: 'info', operation: 'token refresh', method: 'POST', path: '/oauth2/token', message: 'Access token refreshed.' });
    expect(retry!.event).toEqual({
      event: 'retry',
      severity: 'info',
      operation: 'image.getImage',
      method: 'GET',
      path: '/3/image/{imageHash}',
      message: retry!.message,
      attempt: 0,
      delayMs: expect.any(Number),
      status: 503,
    });
    expect(got.find((g) => g.event.event === 'budget-refused')!.event).toMatchObject({ error: 'ImgurBudgetError', operation: 'image.getImage' });
    expect(got.find((g) => g.event.event === 'redirect-refused')!.event).toMatchObject({ error: 'ImgurRedirectError' });
    for (const g of got) expect(g.message).toBe(g.event.message);
    const text = JSON.stringify(got);
    for (const secret of [...Object.values(SECRETS), 'rotated-access-31', 'rotated-refresh-31']) expect(text).not.toContain(secret);

    const debug = recorder();
    const verbose = createImgurClient({ clientId: SECRETS.clientId, baseUrl: server.url, logger: debug.logger, logLevel: 'debug', etagCache: createEtagCache({ maxEntries: 4 }) });
    await getImage(verbose, { imageHash: 'x' });
    await getImage(verbose, { imageHash: 'x' });
    expect(debug.got.map((g) => g.event.event)).toEqual(['response', 'response', 'cache-hit']);
  });

  it('pino takes the events as they are: one JSON line each with the event fields and the message as msg', async () => {
    const server = await serve((_s, res, n) => (n === 0 ? json(res, 503, {}) : json(res, 200, { data: { id: 'x' }, success: true, status: 200 })));
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
        done();
      },
    });
    const client = createImgurClient({ clientId: SECRETS.clientId, baseUrl: server.url, logger: pino({ level: 'debug' }, sink), logLevel: 'info', sleep: async () => {} });
    await getImage(client, { imageHash: 'x' });
    const parsed = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(parsed).toHaveLength(1);
    expect(parsed[0]).toMatchObject({
      level: 30,
      severity: 'info',
      event: 'retry',
      operation: 'image.getImage',
      method: 'GET',
      path: '/3/image/{imageHash}',
      attempt: 0,
      status: 503,
    });
    expect(parsed[0]!.msg).toBe(parsed[0]!.message);
    expect(lines.join('')).not.toContain(SECRETS.clientId);
  });

  it('a logger that throws never fails the call', async () => {
    const server = await serve((_s, res, n) => (n === 0 ? json(res, 503, {}) : json(res, 200, { data: { id: 'x' }, success: true, status: 200 })));
    const boom = () => {
      throw new Error('logger down');
    };
    const client = createImgurClient({
      clientId: SECRETS.clientId,
      baseUrl: server.url,
      logger: { debug: boom, info: boom, warn: boom, error: boom },
      logLevel: 'debug',
      sleep: async () => {},
    });
    expect(await getImage(client, { imageHash: 'x' })).toEqual({ id: 'x' });
  });

  it('Deno without env access: reading IMGUR_LOG throws there, and logging stays off', () => {
    const saved = process.env.IMGUR_LOG;
    const g = globalThis as { Deno?: unknown };
    delete process.env.IMGUR_LOG;
    g.Deno = {
      env: {
        get() {
          throw new Error('Requires env access to "IMGUR_LOG"');
        },
      },
    };
    try {
      expect(resolveLog(undefined, undefined)).toEqual({ logger: undefined, logRank: 2 });
    } finally {
      delete g.Deno;
      if (saved !== undefined) process.env.IMGUR_LOG = saved;
    }
  });

  it('IMGUR_LOG picks the level and console when no logger is given; logLevel wins; unknown values are ignored', () => {
    const saved = process.env.IMGUR_LOG;
    try {
      delete process.env.IMGUR_LOG;
      expect(resolveLog(undefined, undefined)).toEqual({ logger: undefined, logRank: 2 });
      process.env.IMGUR_LOG = 'debug';
      expect(resolveLog(undefined, undefined)).toEqual({ logger: console, logRank: 0 });
      process.env.IMGUR_LOG = ' ERROR ';
      expect(resolveLog(undefined, undefined).logRank).toBe(3);
      process.env.IMGUR_LOG = 'off';
      expect(resolveLog(undefined, undefined).logRank).toBe(4);
      expect(resolveLog(undefined, 'info')).toEqual({ logger: console, logRank: 1 });
      process.env.IMGUR_LOG = 'verbose';
      expect(resolveLog(undefined, undefined)).toEqual({ logger: undefined, logRank: 2 });
    } finally {
      if (saved === undefined) delete process.env.IMGUR_LOG;
      else process.env.IMGUR_LOG = saved;
    }
  });
});
