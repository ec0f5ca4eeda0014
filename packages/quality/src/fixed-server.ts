import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A running fixed-response server. */
export interface FixedServer {
  readonly url: string;
  /** Requests answered so far, by `METHOD path-prefix` (`GET /3/image`, `POST /3/upload`, …). */
  readonly counts: Readonly<Record<string, number>>;
  close(): Promise<void>;
}

/** The image every response describes. */
export const FIXED_IMAGE = {
  id: 'mAg88Rl',
  title: 'fixed',
  type: 'image/png',
  width: 1,
  height: 1,
  size: 95,
  views: 7,
  link: 'https://i.imgur.com/mAg88Rl.png',
  deletehash: 'abcDEF123',
};

const HEADERS = {
  'content-type': 'application/json',
  'x-ratelimit-userlimit': '2000',
  'x-ratelimit-userremaining': '1999',
  'x-ratelimit-userreset': '1700000000',
  'x-ratelimit-clientlimit': '12500',
  'x-ratelimit-clientremaining': '12499',
};

/**
 * Starts a minimal node:http server on 127.0.0.1 that answers every GET and
 * POST with the same Imgur envelope around `FIXED_IMAGE` (reading and
 * discarding request bodies), for measuring client overhead without a real
 * API. Other methods get 405.
 */
export async function startFixedServer(): Promise<FixedServer> {
  const counts: Record<string, number> = {};
  const body = JSON.stringify({ data: FIXED_IMAGE, success: true, status: 200 });
  const server = createServer((req, res) => {
    const key = `${req.method ?? '?'} ${(req.url ?? '').split('/').slice(0, 3).join('/')}`;
    counts[key] = (counts[key] ?? 0) + 1;
    req.resume();
    req.on('end', () => {
      if (req.method !== 'GET' && req.method !== 'POST') {
        res.writeHead(405).end();
        return;
      }
      res.writeHead(200, { ...HEADERS, 'content-length': Buffer.byteLength(body) }).end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    counts,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}
