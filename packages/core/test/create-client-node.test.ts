import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import * as main from '../src/index.js';
import * as nodeEntry from '../src/index.node.js';
import { getCredits } from '../src/get-credits.js';
import { ImgurAbortError, ImgurTimeoutError } from '../src/errors/transport-errors.js';
import { envelope, mockFetch } from './helpers.js';

let server: Server | undefined;
afterEach(async () => {
  await new Promise((done) => (server ? server.close(done).closeAllConnections() : done(undefined)));
  server = undefined;
});

/** A server answering GET /3/credits with Imgur's envelope after `delayMs`; records request headers. */
async function credits(delayMs = 0): Promise<{ url: string; seen: IncomingHttpHeaders[] }> {
  const seen: IncomingHttpHeaders[] = [];
  server = createServer((req, res) => {
    seen.push(req.headers);
    setTimeout(() => {
      res.writeHead(200, { 'content-type': 'application/json', 'x-ratelimit-clientremaining': '41' });
      res.end(JSON.stringify({ data: { ClientRemaining: 41 }, success: true, status: 200 }));
    }, delayMs);
  });
  await new Promise<void>((done) => server!.listen(0, '127.0.0.1', done));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

describe('the Node entry (`node` export condition)', () => {
  it('exports everything the main entry does', () => {
    expect(Object.keys(nodeEntry).sort()).toEqual(Object.keys(main).sort());
    expect(nodeEntry.createImgurClient).not.toBe(main.createImgurClient);
    expect(nodeEntry.getCredits).toBe(main.getCredits);
  });

  it('sends over node:http by default (no fetch-only headers), through the whole pipeline', async () => {
    const { url, seen } = await credits();
    const client = nodeEntry.createImgurClient({ clientId: 'cid-1234', baseUrl: url });
    const { data, rateLimit, response } = await getCredits(client).asResult();
    expect(data).toEqual({ ClientRemaining: 41 });
    expect(rateLimit?.clientRemaining).toBe(41);
    expect(response).toBeInstanceOf(Response);
    expect(seen[0]).toMatchObject({ authorization: 'Client-ID cid-1234', 'user-agent': 'node' });
    expect(seen[0]!['sec-fetch-mode']).toBeUndefined();
    await getCredits(main.createImgurClient({ clientId: 'cid-1234', baseUrl: url }));
    expect(seen[1]!['sec-fetch-mode']).toBe('cors'); // what Node's fetch adds
  });

  it('uses a given fetch instead', async () => {
    const mock = mockFetch(() => envelope({ ClientRemaining: 1 }));
    const client = nodeEntry.createImgurClient({ clientId: 'cid-1234', fetch: mock.fetch });
    expect(await getCredits(client)).toEqual({ ClientRemaining: 1 });
    expect(mock.sent).toHaveLength(1);
  });

  it('times out and aborts with the SDK errors', async () => {
    const { url } = await credits(2_000);
    const client = nodeEntry.createImgurClient({ clientId: 'cid-1234', baseUrl: url, timeoutMs: 50 });
    expect((await getCredits(client).asResult()).error).toBeInstanceOf(ImgurTimeoutError);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 30);
    expect((await getCredits(client, { signal: controller.signal, timeoutMs: 5_000 }).asResult()).error).toBeInstanceOf(ImgurAbortError);
  });
});
