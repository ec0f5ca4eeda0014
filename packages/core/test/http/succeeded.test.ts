import { expect, it } from 'vitest';
import { succeeded } from '../../src/http/succeeded.js';
import { ResponseHead } from '../../src/transport/response-head.js';
import { statusOf } from '../../src/util/status-of.js';
import { inspect } from 'node:util';
import type { RateLimitInfo } from '../../src/types/rate-limit-info.js';

const rateLimit = {} as RateLimitInfo;
const made = () => {
  const head = new ResponseHead(200, 'OK', ['ETag', '"v1"'], 'http://127.0.0.1:1/3/image/x', false);
  return { head, result: succeeded({ id: 'x' }, head, rateLimit, () => []) };
};

it('has response as an own enumerable property that copies keep', () => {
  const { result } = made();
  expect(Object.keys(result)).toEqual(['data', 'error', 'response', 'rateLimit']);
  for (const copy of [{ ...result }, Object.assign({}, result)]) {
    expect(copy.response).toBe(result.response);
    expect([copy.response?.status, copy.response?.headers.get('etag')]).toEqual([200, '"v1"']);
  }
});

it('reads response through a Proxy that forwards the receiver and wraps what it reads, as reactive wrappers do', () => {
  const wrap = <T extends object>(target: T): T =>
    new Proxy(target, {
      get: (t, key, receiver) => {
        const value: unknown = Reflect.get(t, key, receiver);
        return value && typeof value === 'object' && !(value instanceof Response) ? wrap(value) : value;
      },
    });
  const { result } = made();
  expect(wrap(result).response?.status).toBe(200);
  expect(wrap(result).response).toBe(result.response);
});

it('builds the Response on the first read only, once, and takes an assigned one as a plain property would', () => {
  const { head, result } = made();
  expect(statusOf(result)).toBe(200);
  const response = result.response;
  expect(result.response).toBe(response);
  expect(head.toResponse()).toBe(response);
  const other = new Response(null, { status: 201 });
  (result as { response: Response }).response = other;
  expect(result.response).toBe(other);
  expect(Object.getOwnPropertyDescriptor(result, 'response')).toMatchObject({ value: other, writable: true, enumerable: true });
  expect(statusOf({ response: other })).toBe(201);
  expect(statusOf({})).toBeUndefined();
});

it('shows no secret a server echoed in a header or its reason phrase, and keeps its answer out of sight', () => {
  const secret = 'Bearer access-token-1234567';
  const head = new ResponseHead(200, `OK ${secret}`, ['WWW-Authenticate', secret, 'X-Echo', `id=access-token-1234567`, 'ETag', '"v1"'], 'http://127.0.0.1:1/3/image/x', true);
  const result = succeeded({ id: 'x' }, head, rateLimit, () => ['access-token-1234567', undefined]);
  // Printing the result shows neither the answer's raw headers nor the secrets (the response is an accessor there),
  // not even with hidden properties shown (as Bun's console.log shows them), and no key of it holds them.
  for (const shown of [inspect(result, { depth: 5 }), inspect(result, { depth: 8, showHidden: true, getters: false })]) expect(shown).not.toContain('access-token-1234567');
  expect(JSON.stringify(result)).not.toContain('access-token-1234567');
  // No key of it holds the answer or the secrets: only data, the rate limits and a function of the answer.
  for (const key of Reflect.ownKeys(result)) {
    const { value } = Object.getOwnPropertyDescriptor(result, key)!;
    expect([key, typeof value === 'object' && value !== null && key !== 'data' && key !== 'rateLimit']).toEqual([key, false]);
  }
  const response = result.response!;
  expect([response.headers.get('www-authenticate'), response.headers.get('x-echo'), response.headers.get('etag')]).toEqual(['Bearer [redacted]', 'id=[redacted]', '"v1"']);
  expect([response.status, response.statusText, response.url, response.redirected]).toEqual([200, 'OK Bearer [redacted]', 'http://127.0.0.1:1/3/image/x', true]);
  expect(inspect(response, { depth: 5 })).not.toContain('access-token-1234567');
  expect(result.response).toBe(response);
  expect(statusOf(result)).toBe(200);
  // Nothing to redact: the answer's own Response, as before.
  const { head: plain, result: clean } = made();
  expect(clean.response).toBe(plain.toResponse());
});
