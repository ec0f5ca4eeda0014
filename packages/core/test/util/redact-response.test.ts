import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { redactResponse } from '../../src/util/redact-response.js';
import { succeeded } from '../../src/http/succeeded.js';
import { ResponseHead } from '../../src/transport/response-head.js';
import type { RateLimitInfo } from '../../src/types/rate-limit-info.js';

const SECRET = 'AbCdEf0123456789';
const TOKEN = '0123456789abcdef0123456789abcdef';

describe('redactResponse', () => {
  it('hands back the response itself when nothing in it holds a secret', () => {
    const response = new Response(null, { status: 200, headers: { etag: '"v1"' } });
    expect(redactResponse(response, [SECRET, undefined])).toBe(response);
  });

  it('renames a header whose name holds a secret (in any case), keeping its value, and redacts the values of the rest', () => {
    const response = new Response(null, {
      status: 200,
      headers: [
        [`x-${SECRET}`, '1'],
        [`x-debug-${TOKEN}`, 'yes'],
        ['x-echo', `Bearer ${TOKEN}`],
        ['etag', '"v1"'],
      ],
    });
    const shown = redactResponse(response, [SECRET, TOKEN]);
    expect([...shown.headers.keys()]).toEqual(['etag', 'x-echo', 'x-redacted']);
    expect([shown.headers.get('x-redacted'), shown.headers.get('x-echo'), shown.headers.get('etag')]).toEqual(['1, yes', 'Bearer [redacted]', '"v1"']);
    expect(inspect(shown, { depth: 6, showHidden: true }).toLowerCase()).not.toContain(SECRET.toLowerCase());
    expect(inspect(shown, { depth: 6, showHidden: true })).not.toContain(TOKEN);
  });

  it('redacts a secret in the URL a same-origin redirect led to, keeping the status and redirected', () => {
    const head = new ResponseHead(200, 'OK', ['ETag', '"v1"'], `http://127.0.0.1:1/3/image/landed?echo=${TOKEN}`, true);
    const result = succeeded({ id: 'x' }, head, {} as RateLimitInfo, () => [TOKEN]);
    const response = result.response!;
    expect(response.url).not.toContain(TOKEN);
    expect(response.url).toContain('http://127.0.0.1:1/3/image/landed?echo=');
    expect([response.status, response.redirected, response.headers.get('etag')]).toEqual([200, true, '"v1"']);
    expect(inspect(result, { depth: 8, showHidden: true, getters: true })).not.toContain(TOKEN);
  });
});
