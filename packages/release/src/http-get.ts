import { request as httpRequest } from 'node:http';

/** A buffered HTTP answer. */
export interface HttpAnswer {
  status: number;
  body: Buffer;
  /** The body parsed as JSON (throws when it is not JSON). */
  json<T = unknown>(): T;
}

/**
 * One HTTP request to a local registry over a fresh connection (no
 * keep-alive: a pooled socket the server closed while a long publish ran
 * would fail the next request), with a time-out. Errors name the method, the
 * URL and the cause, never the request body.
 */
export function request(url: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}, timeoutMs = 15_000): Promise<HttpAnswer> {
  const method = init.method ?? 'GET';
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method, headers: init.headers, agent: false, timeout: timeoutMs }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('error', (e) => reject(new Error(`${method} ${url} failed (${e.message})`)));
      res.on('end', () => {
        const body = Buffer.concat(chunks);
        resolve({
          status: res.statusCode ?? 0,
          body,
          json<T>() {
            return JSON.parse(body.toString('utf8')) as T;
          },
        });
      });
    });
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on('error', (e) => reject(new Error(`${method} ${url} failed (${e.message})`)));
    req.end(init.body);
  });
}
