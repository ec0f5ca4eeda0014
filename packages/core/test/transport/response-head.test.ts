import { describe, expect, it } from 'vitest';
import { checkStatus, ResponseHead } from '../../src/transport/response-head.js';
import { asResponse } from '../../src/util/as-response.js';
import { parseRateLimit } from '../../src/rate-limit/parse-rate-limit.js';

describe('ResponseHead', () => {
  const raw = ['Content-Type', 'application/json', 'X-Multi', '1', 'x-multi', '2', '__proto__', 'p', 'Set-Cookie', 'a=1', 'set-cookie', 'b=2'];
  const head = new ResponseHead(201, 'Created', raw, 'http://127.0.0.1:1/3/x', true);

  it('reads headers by name in any case, repeated ones joined as Headers.get joins them', () => {
    const headers = new Headers(raw.flatMap((_, i) => (i % 2 ? [] : [[raw[i]!, raw[i + 1]!] as [string, string]])));
    for (const name of ['content-type', 'X-MULTI', '__proto__', 'set-cookie', 'absent']) {
      expect([name, head.headers.get(name), head.has(name)]).toEqual([name, headers.get(name), headers.has(name)]);
    }
    expect([head.status, head.ok, head.statusText, head.url, head.redirected]).toEqual([201, true, 'Created', 'http://127.0.0.1:1/3/x', true]);
    expect(new ResponseHead(404, '', [], 'u', false).ok).toBe(false);
    expect(new ResponseHead(300, '', [], 'u', false).ok).toBe(false);
  });

  it('picks several x- headers in one pass as get reads each, in any case, repeated ones joined', () => {
    const rawRate = ['X-RateLimit-UserLimit', '2000', 'Date', 'x', 'x-ratelimit-userlimit', '50', 'X-Post-Rate-Limit-Reset', '120', 'x-other', '1', 'X', 'y', 'Xy', 'z'];
    const names = ['x-ratelimit-userlimit', 'x-post-rate-limit-reset', 'x-absent', 'x-other'];
    const h = new ResponseHead(200, 'OK', rawRate, 'u', false);
    expect(h.pick(new Map(names.map((n, i) => [n, i])), names.length)).toEqual(names.map((n) => h.get(n)));
    expect(h.pick(new Map(names.map((n, i) => [n, i])), names.length)).toEqual(['2000, 50', '120', null, '1']);
  });

  it('gives parseRateLimit the same figures as a fetch Headers with the same fields', () => {
    const rawRate = [
      'X-RateLimit-UserLimit',
      '2000',
      'X-RateLimit-UserRemaining',
      '1999',
      'x-ratelimit-userreset',
      '3600',
      'X-RateLimit-ClientLimit',
      '12500',
      'X-RateLimit-ClientRemaining',
      ' 12499 ',
      'X-RateLimit-ClientReset',
      '1700000000',
      'X-Post-Rate-Limit-Limit',
      '1250',
      'X-Post-Rate-Limit-Remaining',
      '5, 7',
      'X-Post-Rate-Limit-Reset',
      'soon',
      'Content-Type',
      'application/json',
    ];
    const headers = new Headers(rawRate.flatMap((_, i) => (i % 2 ? [] : [[rawRate[i]!, rawRate[i + 1]!] as [string, string]])));
    const fromHead = parseRateLimit(new ResponseHead(200, 'OK', rawRate, 'u', false), 1_700_000_000_000);
    expect(fromHead).toEqual(parseRateLimit(headers, 1_700_000_000_000));
    expect(fromHead).toMatchObject({ userLimit: 2000, userReset: 1_700_003_600, clientRemaining: 12499, clientReset: 1_700_000_000, postRemaining: 5, postReset: undefined });
  });

  it('builds one fetch Response with the same status, headers, url and redirected, without a body', () => {
    const response = head.toResponse();
    expect(response).toBeInstanceOf(Response);
    expect([response.status, response.statusText, response.url, response.redirected, response.body]).toEqual([201, 'Created', 'http://127.0.0.1:1/3/x', true, null]);
    expect([response.headers.get('x-multi'), response.headers.getSetCookie()]).toEqual(['1, 2', ['a=1', 'b=2']]);
    expect(head.toResponse()).toBe(response);
    expect(asResponse(head)).toBe(response);
    expect(new ResponseHead(200, 'OK', [], 'u', false).toResponse().redirected).toBe(false);
  });

  it('asResponse hands a fetch Response back as it is', () => {
    const response = new Response('x');
    expect(asResponse(response)).toBe(response);
  });

  it('refuses statuses a fetch Response cannot have', () => {
    for (const status of [199, 600, 999, Number.NaN]) expect(() => checkStatus(status)).toThrow(RangeError);
    for (const status of [200, 304, 599]) expect(() => checkStatus(status)).not.toThrow();
  });
});
