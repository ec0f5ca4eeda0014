import { describe, expect, it } from 'vitest';
import { readResponse } from '../../src/http/read-response.js';
import { parseRateLimit } from '../../src/rate-limit/parse-rate-limit.js';
import type { OperationMeta } from '../../src/types/operation-meta.js';

const meta: OperationMeta = { id: 'x.op', method: 'GET', path: '/3/x', security: [], envelope: true };
const bare: OperationMeta = { ...meta, envelope: false };
const read = (m: OperationMeta, status: number, text: string, type = 'application/json') => {
  const response = new Response(null, { status, headers: { 'Content-Type': type } });
  return readResponse(m, { response, text }, parseRateLimit(response.headers), () => []);
};

describe('readResponse', () => {
  const ok = [
    { name: 'envelope unwrapped', meta, status: 200, text: '{"data":{"id":1},"success":true,"status":200}', want: { id: 1 } },
    { name: 'block routes: data without success', meta, status: 200, text: '{"data":{"blocked":true}}', want: { blocked: true } },
    { name: 'bare JSON (OAuth token)', meta: bare, status: 200, text: '{"access_token":"a"}', want: { access_token: 'a' } },
    { name: '204 without body', meta, status: 204, text: '', want: undefined },
    { name: 'HEAD without body', meta: { ...meta, method: 'HEAD' as const }, status: 200, text: '', want: undefined },
    { name: '201 declared empty, without body', meta: { ...meta, method: 'POST' as const, empty: [201] }, status: 201, text: '', want: undefined },
    { name: '201 declared empty, with whitespace only', meta: { ...meta, method: 'POST' as const, empty: [201] }, status: 201, text: ' \r\n', want: undefined },
    { name: '201 declared empty, with the envelope after all', meta: { ...meta, empty: [201] }, status: 201, text: '{"data":{"blocked":true}}', want: { blocked: true } },
    {
      name: '200 of an operation with empty 201: envelope',
      meta: { ...meta, empty: [201] },
      status: 200,
      text: '{"data":{"blocked":true},"success":true,"status":200}',
      want: { blocked: true },
    },
  ];
  for (const c of ok) {
    it(`${c.name} -> data`, () => {
      expect(read(c.meta, c.status, c.text)).toEqual({ ok: true, data: c.want });
    });
  }

  const failures = [
    {
      name: 'Imgur error envelope',
      status: 404,
      text: '{"data":{"error":"Not found","request":"/3/x","method":"GET"},"success":false,"status":404}',
      wantStatus: 404,
      msg: /HTTP 404: Not found$/,
    },
    { name: 'OAuth-style error', status: 400, text: '{"error":"invalid_grant"}', wantStatus: 400, msg: /invalid_grant/ },
    { name: 'message field', status: 500, text: '{"message":"boom"}', wantStatus: 500, msg: /boom/ },
    { name: 'empty error body', status: 503, text: '', wantStatus: 503, msg: /no error message/ },
    { name: 'HTML error page', status: 502, text: '<html>', wantStatus: 502, msg: /not the documented JSON \(text\/html, 6 characters\)/ },
    { name: 'success false in 200 without status', status: 200, text: '{"data":{"error":"x"},"success":false}', wantStatus: 200, msg: /HTTP 200: x/ },
    { name: 'null body', status: 200, text: 'null', wantStatus: 200, msg: /envelope/ },
    { name: 'empty 200 body', status: 200, text: '  ', wantStatus: 200, msg: /HTTP 200: response body is not the documented JSON \(application\/json, 2 characters\)$/ },
    { name: 'empty 201 body', status: 201, text: '', wantStatus: 201, msg: /not the documented JSON \(application\/json, 0 characters\)$/ },
  ];
  it('an empty body on a status the operation does not declare empty stays an error', () => {
    const blocks: OperationMeta = { ...meta, method: 'POST', empty: [201] };
    for (const [status, text] of [
      [200, ''],
      [202, ''],
      [201, '<html>'],
    ] as const) {
      const out = read(blocks, status, text);
      expect(out.ok).toBe(false);
      if (!out.ok) expect(out.error.message).toMatch(new RegExp(`HTTP ${status}: response body is not the documented JSON`));
    }
  });

  for (const c of failures) {
    it(`${c.name} -> ImgurApiError ${c.wantStatus}`, () => {
      const out = read(meta, c.status, c.text, c.name === 'HTML error page' ? 'text/html' : 'application/json');
      expect(out.ok).toBe(false);
      if (!out.ok) {
        expect(out.error.status).toBe(c.wantStatus);
        expect(out.error.message).toMatch(c.msg);
      }
    });
  }

  it('a 304 with the cached body reads as success', () => {
    const response = new Response(null, { status: 304 });
    expect(readResponse(meta, { response, text: '{"data":5}' }, parseRateLimit(response.headers), () => [], true)).toEqual({ ok: true, data: 5 });
  });

  it('an empty body is an error for bare JSON too (the token endpoint)', () => {
    const out = read(bare, 200, '');
    expect(!out.ok && out.error.message).toMatch(/not the documented JSON \(application\/json, 0 characters\)/);
  });

  it('an error body of 100,000 keys: status and message kept, only the known fields of the error kept', () => {
    const keys = Array.from({ length: 100_000 }, (_, i) => `"k${i}":"v"`).join(',');
    const out = read(meta, 400, `{"data":{"error":{${keys},"message":"Bad thing","code":1003}},"success":false,"status":400}`);
    expect(out.ok).toBe(false);
    if (!out.ok) {
      expect(out.error.status).toBe(400);
      expect(out.error.imgurMessage).toBe('Bad thing');
      expect(out.error.imgurError).toEqual({ message: 'Bad thing', code: 1003 });
    }
    const beside = read(meta, 400, `{${keys},"data":{"error":"Bad thing"}}`);
    expect(!beside.ok && beside.error.imgurMessage).toBe('Bad thing');
  });

  it('an error body 200,000 levels deep: status kept, and the message beside the deep part', () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    const inside = read(meta, 503, `{"data":{"error":${deep}},"success":false,"status":503}`);
    expect(!inside.ok && inside.error.status).toBe(503);
    expect(!inside.ok && inside.error.message).toMatch(/HTTP 503: no error message$/);
    const beside = read(meta, 429, `{"x":${deep},"data":{"error":"Slow down"}}`);
    expect(!beside.ok && [beside.error.status, beside.error.imgurMessage]).toEqual([429, 'Slow down']);
    const objects = read(meta, 500, `{"data":{"error":${'{"a":'.repeat(2_000)}1${'}'.repeat(2_000)}}}`);
    expect(!objects.ok && JSON.stringify(objects.error.imgurError)).toBe(`${'{"a":'.repeat(8)}"…"${'}'.repeat(8)}`);
  });

  it('reports a missing content type', () => {
    const response = new Response('<x', { status: 500 });
    response.headers.delete('Content-Type');
    const out = readResponse(meta, { response, text: '<x' }, parseRateLimit(response.headers), () => []);
    expect(!out.ok && out.error.message).toContain('no content type');
  });

  it("redacts a credential the server echoed in the error's response headers and reason phrase", () => {
    const secret = 'client-id-echoed-1234';
    const response = new Response(null, {
      status: 401,
      statusText: `No ${secret}`,
      headers: { 'Content-Type': 'application/json', 'WWW-Authenticate': `Client-ID ${secret}`, 'X-Other': 'kept' },
    });
    const out = readResponse(meta, { response, text: '{"data":{"error":"bad"},"success":false,"status":401}' }, parseRateLimit(response.headers), () => [secret]);
    expect(out.ok).toBe(false);
    const shown = (out as { error: { response: Response } }).error.response;
    expect([shown.status, shown.statusText, shown.headers.get('www-authenticate'), shown.headers.get('x-other')]).toEqual([401, 'No [redacted]', 'Client-ID [redacted]', 'kept']);
  });
});
