import { describe, expect, it } from 'vitest';
import { checkStatus, ResponseHead } from '../../src/transport/response-head.js';
import { asResponse } from '../../src/util/as-response.js';

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
