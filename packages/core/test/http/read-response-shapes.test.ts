import { describe, expect, it } from 'vitest';
import { readResponse } from '../../src/http/read-response.js';
import { parseRateLimit } from '../../src/rate-limit/parse-rate-limit.js';
import type { OperationMeta } from '../../src/types/operation-meta.js';

const meta: OperationMeta = { id: 'image.getImage', method: 'GET', path: '/3/image/{imageHash}', security: [], envelope: true };
const read = (status: number, text: string, type: string) => {
  const response = new Response(null, { status, headers: { 'Content-Type': type } });
  const out = readResponse(meta, { response, text }, parseRateLimit(response.headers), () => []);
  if (out.ok) throw new Error('expected an error');
  return out.error;
};

// Bodies recorded from the live API (spec/traffic/imgurs-rust/too-many-requests-429.json, spec/traffic/issues/*).
describe('readResponse: error shapes Imgur has sent', () => {
  it('reads message and code of the 2024 {"errors":[...]} rate-limit body', () => {
    const e = read(
      429,
      '{"errors":[{"id":"legacy-api-7455b9c768-9f4v2/MdBem2HsQl-534732","code":"429","status":"Too Many Requests","detail":"Too Many Requests"}]}',
      'application/json',
    );
    expect(e.status).toBe(429);
    expect(e.imgurMessage).toBe('Too Many Requests');
    expect(e.code).toBe('429');
    expect(e.imgurError).toEqual({ id: 'legacy-api-7455b9c768-9f4v2/MdBem2HsQl-534732', code: '429', status: 'Too Many Requests', detail: 'Too Many Requests' });
    expect(e.message).toBe('GET /3/image/{imageHash} (image.getImage) failed with HTTP 429: Too Many Requests');
  });

  it('reads an over-capacity body that has only data.error', () => {
    const e = read(403, '{"data":{"error":"Imgur is temporarily over capacity. Please try again later."},"success":false,"status":403}', 'application/json');
    expect(e.status).toBe(403);
    expect(e.imgurMessage).toBe('Imgur is temporarily over capacity. Please try again later.');
  });

  it('turns an HTML 404 page into a 404 error that says "not found"', () => {
    const page = '<!doctype html>\n<html><head><title>Imgur: The magic of the Internet</title></head><body>404</body></html>';
    const e = read(404, page, 'text/html; charset=utf-8');
    expect(e.status).toBe(404);
    expect(e.imgurMessage).toBeUndefined();
    expect(e.message).toBe(
      `GET /3/image/{imageHash} (image.getImage) failed with HTTP 404: not found: response body is not the documented JSON (text/html; charset=utf-8, ${page.length} characters)`,
    );
  });

  it('names the status and media type of other HTML error pages', () => {
    const page = '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN"><html><head><title>    Imgur: the most awesome 429 page on the internet</title>';
    const e = read(429, page, 'text/html');
    expect(e.status).toBe(429);
    expect(e.message).toBe(`GET /3/image/{imageHash} (image.getImage) failed with HTTP 429: response body is not the documented JSON (text/html, ${page.length} characters)`);
  });
});
