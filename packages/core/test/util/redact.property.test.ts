import { inspect } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defineOperation } from '../../src/client/define-operation.js';
import { createImgurClient } from '../../src/client/create-client.js';
import type { ImgurClientOptions } from '../../src/types/client-options.js';
import type { ImgurLogEvent } from '../../src/types/log-event.js';

const secret = fc.stringMatching(/^[A-Za-z0-9._~-]{12,40}$/);
const secrets = fc.record({ accessToken: secret, refreshToken: secret, clientSecret: secret, mashapeKey: secret, clientId: secret });

const me = defineOperation<{ q?: string }, unknown>({
  id: 'account.me',
  method: 'GET',
  path: '/3/account/me',
  security: ['bearer'],
  queryParams: ['q'],
  envelope: true,
});
const anon = defineOperation<Record<string, never>, unknown>({ id: 'x.userOnly', method: 'POST', path: '/3/x', security: ['bearer'], envelope: true });

type Scenario = (s: Record<'accessToken' | 'refreshToken' | 'clientSecret' | 'mashapeKey' | 'clientId', string>) => {
  options: ImgurClientOptions;
  call: (client: ReturnType<typeof createImgurClient>) => Promise<unknown>;
};
const echo = (s: Record<string, string>) => `Bearer ${s.accessToken} refresh_token=${s.refreshToken} secret ${s.clientSecret} key ${s.mashapeKey}`;
const json = (body: unknown, status: number) => new Response(JSON.stringify(body), { status });
/** Every secret as an object key, and the form as one key, as a token endpoint echoing its input might send. */
const asKeys = (s: Record<string, string>) => ({
  ...Object.fromEntries(Object.entries(s).map(([k, v]) => [v, k])),
  [`refresh_token=${s.refreshToken}&client_id=${s.clientId}&client_secret=${s.clientSecret}`]: { [s.accessToken!]: [s.mashapeKey] },
});

const scenarios: Record<string, Scenario> = {
  'api error echoing secrets': (s) => ({
    options: { fetch: async () => json({ data: { error: { message: echo(s), code: 1 }, request: echo(s) }, success: false, status: 400 }, 400) },
    call: (c) => me(c),
  }),
  'network error with secrets in the cause': (s) => ({
    options: {
      retries: 0,
      fetch: async () => {
        throw new TypeError(`connect failed for ${echo(s)}`);
      },
    },
    call: (c) => me(c),
  }),
  timeout: () => ({
    options: { timeoutMs: 5, fetch: (_url, init) => new Promise((_r, reject) => init!.signal!.addEventListener('abort', () => reject(new Error('aborted')))) },
    call: (c) => me(c),
  }),
  'refresh failure echoing secrets': (s) => ({
    options: { fetch: async (url) => (String(url).endsWith('/oauth2/token') ? json({ error: echo(s) }, 400) : json({ data: { error: 'expired' } }, 401)) },
    call: (c) => me(c),
  }),
  'refresh failure echoing the form as object keys (in data.error and at the top)': (s) => ({
    options: {
      fetch: async (url) =>
        String(url).endsWith('/oauth2/token')
          ? json({ data: { error: { message: 'bad request', ...asKeys(s) } }, ...asKeys(s), success: false, status: 400 }, 400)
          : json({ data: { error: 'expired' } }, 401),
    },
    call: (c) => me(c),
  }),
  'api error with secrets as keys in data.error': (s) => ({
    options: { fetch: async () => json({ data: { error: { code: 9, ...asKeys(s) } }, success: false, status: 400 }, 400) },
    call: (c) => me(c),
  }),
  'network error with secrets deep in the cause chain (message, code, fields, keys)': (s) => ({
    options: {
      retries: 0,
      fetch: async () => {
        const deep = Object.assign(new Error(`socket for ${s.mashapeKey}`), { code: `E_${s.clientSecret}`, [s.refreshToken]: 'key', host: s.clientId });
        throw new TypeError('fetch failed', { cause: new Error(`wrapped ${echo(s)}`, { cause: deep }) });
      },
    },
    call: (c) => me(c),
  }),
  'refresh network failure': (s) => ({
    options: {
      accessToken: undefined,
      fetch: async () => {
        throw new Error(echo(s));
      },
    },
    call: (c) => me(c),
  }),
  'invalid body': (s) => ({
    options: { fetch: async () => new Response(`<html>${echo(s)}</html>`, { status: 502 }), retries: 0 },
    call: (c) => me(c),
  }),
  'pre-send auth error': () => ({
    options: { accessToken: undefined, refreshToken: undefined },
    call: (c) => anon(c),
  }),
  'secret in a query value (logged URL)': (s) => ({
    options: { fetch: async () => json({ data: { error: 'no' }, success: false, status: 404 }, 404) },
    call: (c) => me(c, { q: s.accessToken }),
  }),
};

describe('redaction (property): no secret in any error output or log line', () => {
  for (const [name, scenario] of Object.entries(scenarios)) {
    it(name, async () => {
      await fc.assert(
        fc.asyncProperty(secrets, async (s) => {
          const lines: string[] = [];
          const { options, call } = scenario(s);
          const client = createImgurClient({
            ...s,
            sleep: async () => {},
            logger: Object.fromEntries(['debug', 'info', 'warn', 'error'].map((k) => [k, (e: ImgurLogEvent, m: string) => lines.push(`${JSON.stringify(e)} ${m}`)])),
            logLevel: 'debug',
            ...options,
          });
          const err = await call(client).then(
            () => undefined,
            (e: unknown) => e as Error,
          );
          expect(err).toBeInstanceOf(Error);
          const outputs = [...lines];
          // The error and each cause below it, through every surface: text, stack, JSON, inspect (hidden fields too), kept data and its keys.
          for (let e: unknown = err, depth = 0; e !== undefined && depth < 10; e = (e as { cause?: unknown }).cause, depth++) {
            outputs.push(String(e), JSON.stringify(e) ?? '', inspect(e, { depth: Infinity, showHidden: true }));
            if (e instanceof Error) outputs.push(e.message, e.stack ?? '', ...Object.keys(e));
            const kept = (e as { imgurError?: unknown }).imgurError;
            if (kept !== undefined) outputs.push(JSON.stringify(kept), inspect(kept, { depth: Infinity }));
          }
          for (const out of outputs) for (const value of Object.values(s)) expect(out).not.toContain(value);
        }),
        { numRuns: 40 },
      );
    });
  }
});
