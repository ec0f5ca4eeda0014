import type { IncomingMessage, ServerResponse } from 'node:http';

/** Request headers a cross-origin page may send (besides the CORS-safelisted ones). */
export const CORS_ALLOW_HEADERS = 'Authorization, Content-Type, If-None-Match, X-Mashape-Key';

/** Methods a preflight allows: every method the API uses. */
const CORS_ALLOW_METHODS = 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS';

/** Response headers a cross-origin page may read: the rate-limit budget, `ETag` and `Sunset`. */
export const CORS_EXPOSE_HEADERS = [
  'ETag',
  'X-RateLimit-UserLimit',
  'X-RateLimit-UserRemaining',
  'X-RateLimit-UserReset',
  'X-RateLimit-ClientReset',
  'X-RateLimit-ClientLimit',
  'X-RateLimit-ClientRemaining',
  'X-Post-Rate-Limit-Limit',
  'X-Post-Rate-Limit-Remaining',
  'X-Post-Rate-Limit-Reset',
  'Sunset',
].join(', ');

/**
 * Lets any origin call the mock, as Imgur's API does: sets `Access-Control-Allow-Origin: *` and the exposed
 * headers on every response, and answers every `OPTIONS` request (a preflight) itself with `204`.
 * Returns true when it answered; credentials (cookies) are not allowed, which `*` implies.
 */
export function applyCors(req: IncomingMessage, res: ServerResponse): boolean {
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Access-Control-Expose-Headers', CORS_EXPOSE_HEADERS);
  if (req.method !== 'OPTIONS') return false;
  res.writeHead(204, {
    'Access-Control-Allow-Methods': CORS_ALLOW_METHODS,
    'Access-Control-Allow-Headers': CORS_ALLOW_HEADERS,
    'Access-Control-Max-Age': '600',
    'Content-Length': '0',
  });
  res.end();
  return true;
}
