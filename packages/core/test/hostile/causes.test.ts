// What a custom fetch, a plugin or a server throws at the SDK carries the request in every shape a library builds
// (axios-style config.headers, AggregateError lists, arrays of objects, getters, cycles, Headers and Request objects),
// and servers echo secrets encoded. No form of a secret may reach any surface of what the SDK hands back.
import { inspect } from 'node:util';
import type { ImgurLogEvent } from '../../src/types/log-event.js';
import { describe, expect, it } from 'vitest';
import { json, serve } from '../support/http-server.js';
import { createImgurClient } from '../../src/client/create-client.js';
import { ImgurError } from '../../src/errors/imgur-error.js';
import { ImgurNetworkError } from '../../src/errors/transport-errors.js';
import { ImgurApiError } from '../../src/errors/api-error.js';
import { clientOn, getMe, SECRETS, TRANSPORTS } from './setup.js';

const ALL = Object.values(SECRETS);
const b64 = (s: string) => Buffer.from(s).toString('base64');
const b64url = (s: string) => Buffer.from(s).toString('base64url');

/** Every text an error shows: message, String, stack, toJSON, inspect (hidden fields, any depth), and each of those for each cause and each `errors` entry. */
function surfaces(error: unknown): string[] {
  const out: string[] = [];
  const seen = new Set<unknown>();
  const visit = (e: unknown, depth: number): void => {
    if (e === undefined || e === null || seen.has(e) || depth > 40) return;
    seen.add(e);
    // An ImgurError's own inspect shows only its name and message: each cause is inspected too.
    out.push(inspect(e, { depth: Infinity, showHidden: true }));
    try {
      out.push(JSON.stringify(e) ?? '');
    } catch {
      // a cyclic cause: inspect shows it whole
    }
    if (e instanceof Error) {
      out.push(String(e), e.message, e.stack ?? '');
      visit(e.cause, depth + 1);
      for (const inner of (e as { errors?: unknown[] }).errors ?? []) visit(inner, depth + 1);
    }
  };
  visit(error, 0);
  return out;
}

/** Fails when a secret is in a text as is, or inside any base64 / base64url run of it (decoded at each alignment), or percent-encoded. */
function expectNoSecretForms(texts: readonly string[], secrets: readonly string[] = ALL): void {
  const found: string[] = [];
  for (const text of texts) {
    for (const secret of secrets) if (text.includes(secret) || text.includes(encodeURIComponent(secret))) found.push(`${secret} in ${text}`);
    for (const [run] of text.matchAll(/[A-Za-z0-9+/_-]{12,}/g))
      for (let skip = 0; skip < 4; skip++) {
        const decoded = Buffer.from(run.slice(skip).replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('latin1');
        for (const secret of secrets) if (decoded.includes(secret)) found.push(`${secret} base64-encoded as ${run}`);
      }
  }
  expect(found, 'a secret leaked').toEqual([]);
}

/** An error as axios builds it: the request config (headers, body, URL) in its own fields, the request and response objects, a toJSON. */
function axiosStyle(message: string): Error {
  const config = {
    url: `https://api.imgur.com/3/account/me?client_id=${SECRETS.clientId}`,
    method: 'get',
    headers: { Accept: 'application/json', Authorization: `Bearer ${SECRETS.accessToken}`, 'X-Mashape-Key': SECRETS.mashapeKey, 'x-custom': 'plain' },
    data: `refresh_token=${SECRETS.refreshToken}&client_secret=${SECRETS.clientSecret}&grant_type=refresh_token`,
    auth: { username: SECRETS.clientId, password: SECRETS.clientSecret },
  };
  const error = Object.assign(new Error(message), {
    code: 'ECONNRESET',
    isAxiosError: true,
    config,
    request: { _header: `GET /3/account/me HTTP/1.1\r\nAuthorization: Bearer ${SECRETS.accessToken}\r\n\r\n`, path: '/3/account/me' },
    response: { status: 502, headers: { 'set-cookie': [`session=${SECRETS.refreshToken}`] }, config },
    toJSON: () => ({ message, config }),
  });
  (config as Record<string, unknown>).error = error;
  return error;
}

/** What each custom fetch throws. */
const THROWN: Record<string, () => unknown> = {
  'an axios-style error (config.headers, data, auth, request, response, a cycle back to itself)': () => axiosStyle('socket hang up'),
  'an AggregateError of axios-style errors (Happy Eyeballs, Promise.any)': () =>
    new AggregateError([axiosStyle('connect ECONNREFUSED ::1'), axiosStyle('connect ECONNREFUSED 127.0.0.1')], 'all attempts failed'),
  'objects nested in arrays, Maps and Sets': () =>
    Object.assign(new TypeError('fetch failed'), {
      attempts: [[{ headers: [['authorization', `Bearer ${SECRETS.accessToken}`]], form: { clientSecret: SECRETS.clientSecret } }]],
      byHost: new Map([['api.imgur.com', { accessToken: SECRETS.accessToken, note: `key ${SECRETS.mashapeKey}` }]]),
      tried: new Set([`refresh-token ${SECRETS.refreshToken}`]),
    }),
  'getters (one returning a token, one throwing with it) and a non-enumerable field': () => {
    const error = new Error('getter');
    Object.defineProperty(error, 'token', { get: () => SECRETS.accessToken, enumerable: true });
    Object.defineProperty(error, 'boom', {
      get: () => {
        throw new Error(SECRETS.clientSecret);
      },
      enumerable: true,
    });
    Object.defineProperty(error, 'hidden', { value: { key: SECRETS.mashapeKey }, enumerable: false });
    return error;
  },
  'web Headers, a Request and a Response in its fields': () =>
    Object.assign(new Error('undici'), {
      headers: new Headers({ authorization: `Bearer ${SECRETS.accessToken}`, 'x-mashape-key': SECRETS.mashapeKey }),
      request: new Request(`https://api.imgur.com/3/x?refresh_token=${SECRETS.refreshToken}`, { headers: { 'Proxy-Authorization': `Basic ${b64(`u:${SECRETS.clientSecret}`)}` } }),
      response: new Response('x', { headers: { 'set-cookie': `sid=${SECRETS.accessToken}` } }),
    }),
  'encoded secrets in message, fields and bytes (percent, base64, base64url, Basic)': () =>
    Object.assign(new Error(`echo ${encodeURIComponent(SECRETS.accessToken)} ${b64(SECRETS.refreshToken)} ${b64url(SECRETS.mashapeKey)}`), {
      header: `Authorization: Basic ${b64(`${SECRETS.clientId}:${SECRETS.clientSecret}`)}`,
      wrapped: `data=${b64(`xx${SECRETS.accessToken}`)}`,
      body: Buffer.from(`{"token":"${SECRETS.accessToken}"}`),
    }),
  'a thrown string and a thrown plain object': () => ({ message: `plain ${SECRETS.accessToken}`, stack: SECRETS.clientSecret }),
  'a cause chain 40 levels deep (the copy stops at 32)': () => {
    let error = new Error(`bottom ${SECRETS.accessToken}`);
    for (let i = 0; i < 40; i++) error = new Error(`level ${i}`, { cause: error });
    return error;
  },
  'a Proxy whose traps throw': () =>
    new Proxy(new Error('proxy'), {
      ownKeys() {
        throw new Error(SECRETS.accessToken);
      },
      get() {
        throw new Error(SECRETS.accessToken);
      },
    }),
};

describe('a custom fetch throwing errors that carry the request', () => {
  for (const [name, thrown] of Object.entries(THROWN)) {
    it(`${name}: ImgurNetworkError, no form of any secret in any surface or log line`, async () => {
      const lines: string[] = [];
      const client = createImgurClient({
        ...SECRETS,
        retries: 0,
        logger: Object.fromEntries(['debug', 'info', 'warn', 'error'].map((k) => [k, (e: ImgurLogEvent, m: string) => lines.push(`${JSON.stringify(e)} ${m}`)])),
        logLevel: 'debug',
        fetch: async () => {
          throw thrown();
        },
      });
      const { error } = await getMe(client).asResult();
      expect(error).toBeInstanceOf(ImgurNetworkError);
      expect(error!.cause).toBeDefined();
      expectNoSecretForms([...surfaces(error), ...lines]);
    });
  }

  it('keeps what is not secret: names, codes, plain headers, the aggregate list', async () => {
    const client = createImgurClient({
      ...SECRETS,
      retries: 0,
      fetch: async () => {
        throw THROWN['an AggregateError of axios-style errors (Happy Eyeballs, Promise.any)']!();
      },
    });
    const { error } = await getMe(client).asResult();
    const cause = error!.cause as AggregateError;
    expect(cause).toBeInstanceOf(AggregateError);
    expect(cause.message).toBe('all attempts failed');
    const first = cause.errors[0] as Error & { code: string; config: { headers: Record<string, string>; error: unknown } };
    expect([first.message, first.code, first.config.headers.Accept, first.config.headers['x-custom'], first.config.headers.Authorization]).toEqual([
      'connect ECONNREFUSED ::1',
      'ECONNRESET',
      'application/json',
      'plain',
      '[redacted]',
    ]);
    // The cycle is kept as a cycle of the copy, never a way back to the original.
    expect(first.config.error).toBe(first);
  });

  it('leaves a clean cause as it is (same object)', async () => {
    const clean = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED', list: [{ port: 9 }] });
    const client = createImgurClient({ ...SECRETS, retries: 0, fetch: () => Promise.reject(clean) });
    expect((await getMe(client).asResult()).error!.cause).toBe(clean);
  });

  it('a backend error carrying new tokens in cause.command.args (as a Redis client builds it), passed through ImgurError with those tokens', () => {
    const fresh = { accessToken: 'fresh-access-9f8e7d6c5b4a', refreshToken: 'fresh-refresh-1a2b3c4d5e6f' };
    const redisError = Object.assign(new Error('READONLY You can not write against a read only replica.'), {
      command: { name: 'evalsha', args: ['0123abcd', '1', 'imgur:tokens', 'old', fresh.accessToken, fresh.refreshToken, '2592000'] },
    });
    const error = new ImgurError('Redis store: writing the tokens failed', { cause: redisError, secrets: [fresh.accessToken, fresh.refreshToken] });
    expectNoSecretForms(surfaces(error), Object.values(fresh));
    expect((error.cause as typeof redisError).command.args).toEqual(['0123abcd', '1', 'imgur:tokens', 'old', '[redacted]', '[redacted]', '2592000']);
  });
});

describe.each(TRANSPORTS)('a server echoing secrets encoded (%s transport)', (transport) => {
  it('percent-encoded, base64 and base64url echoes are redacted in the message, imgurError, inspect, toJSON and log lines', async () => {
    const special = { ...SECRETS, accessToken: 'tok/with+special=chars&more-0123', refreshToken: 'ref rësh/token~0123456789' };
    const echo = [
      encodeURIComponent(special.accessToken),
      encodeURIComponent(special.accessToken).toLowerCase(),
      new URLSearchParams({ r: special.refreshToken }).toString(),
      encodeURIComponent(encodeURIComponent(special.refreshToken)),
      b64(special.accessToken),
      b64url(`x${special.refreshToken}`),
      `Basic ${b64(`${special.clientId}:${special.clientSecret}`)}`,
      b64(`{"key":"${special.mashapeKey}"}`),
    ].join(' | ');
    const { url } = await serve((_, res) => json(res, 400, { data: { error: { message: echo, [echo]: echo }, request: echo }, success: false, status: 400 }, { 'x-echo': echo }));
    const lines: string[] = [];
    const { client } = clientOn(transport, {
      ...special,
      baseUrl: url,
      logger: Object.fromEntries(['debug', 'info', 'warn', 'error'].map((k) => [k, (e: ImgurLogEvent, m: string) => lines.push(`${JSON.stringify(e)} ${m}`)])),
      logLevel: 'debug',
    });
    const { error } = await getMe(client).asResult();
    expect(error).toBeInstanceOf(ImgurApiError);
    expect(error!.message).toMatch(/failed with HTTP 400: \[redacted\] \| \[redacted\] \| r=\[redacted\] \| \[redacted\]/);
    expectNoSecretForms(
      [...surfaces(error), JSON.stringify((error as ImgurApiError).imgurError), inspect((error as ImgurApiError).imgurError, { depth: Infinity }), ...lines],
      Object.values(special),
    );
  });
});
