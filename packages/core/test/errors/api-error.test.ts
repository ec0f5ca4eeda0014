import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ImgurApiError, type ImgurApiErrorInit } from '../../src/errors/api-error.js';
import { parseRateLimit } from '../../src/rate-limit/parse-rate-limit.js';

const response = new Response(null, { status: 403, headers: { 'X-RateLimit-ClientRemaining': '3' } });
const init: ImgurApiErrorInit = { status: 403, method: 'POST', path: '/3/image/{imageHash}', operationId: 'image.update', rateLimit: parseRateLimit(response.headers), response };

describe('ImgurApiError', () => {
  const cases = [
    { given: 'Permission denied', message: 'Permission denied', code: undefined },
    { given: { code: 1002, message: 'No access' }, message: 'No access', code: 1002 },
    { given: { code: 'E_X', error: 'Broken' }, message: 'Broken', code: 'E_X' },
    { given: { code: {} }, message: undefined, code: undefined },
    { given: undefined, message: undefined, code: undefined },
  ];
  for (const { given, message, code } of cases) {
    it(`data.error ${JSON.stringify(given)} -> message ${message}, code ${code}`, () => {
      const err = new ImgurApiError({ ...init, imgurError: given });
      expect(err.imgurMessage).toBe(message);
      expect(err.code).toBe(code);
      expect(err.imgurError).toEqual(given);
      expect(err.message).toBe(`POST /3/image/{imageHash} (image.update) failed with HTTP 403: ${message ?? 'no error message'}`);
    });
  }

  it('keeps the response out of enumeration, JSON and inspect', () => {
    const err = new ImgurApiError({ ...init, imgurError: 'Token tok-1 is bad', secrets: ['tok-1'] });
    expect(err.response).toBe(response);
    expect(Object.keys(err)).not.toContain('response');
    expect(err.imgurMessage).toBe('Token [redacted] is bad');
    const json = err.toJSON();
    expect(json).toMatchObject({ name: 'ImgurApiError', status: 403, method: 'POST', route: { path: '/3/image/{imageHash}', operationId: 'image.update' } });
    expect((json.rateLimit as { clientRemaining: number }).clientRemaining).toBe(3);
    expect(inspect(err)).toMatch(/^ImgurApiError: POST .*"status":403/);
  });

  it('uses detail over the Imgur message', () => {
    expect(new ImgurApiError({ ...init, imgurError: 'x', detail: 'body is HTML' }).message).toMatch(/: body is HTML$/);
  });
});
