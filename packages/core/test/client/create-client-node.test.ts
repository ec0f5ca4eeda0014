import { describe, expect, it } from 'vitest';
import * as main from '../../src/index.js';
import * as nodeEntry from '../../src/index.node.js';
import { getCredits } from '../../src/operations/get-credits.js';
import { ImgurAbortError, ImgurTimeoutError } from '../../src/errors/transport-errors.js';
import { envelope, mockFetch } from '../support/helpers.js';
import { json, serve } from '../support/http-server.js';

/** A server answering GET /3/credits with Imgur's envelope after `delayMs`. */
const credits = (delayMs = 0) =>
  serve((_, res) => setTimeout(() => json(res, 200, { data: { ClientRemaining: 41 }, success: true, status: 200 }, { 'x-ratelimit-clientremaining': '41' }), delayMs));

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
    expect(seen[0]!.headers).toMatchObject({ authorization: 'Client-ID cid-1234', 'user-agent': 'node' });
    expect(seen[0]!.headers['sec-fetch-mode']).toBeUndefined();
    await getCredits(main.createImgurClient({ clientId: 'cid-1234', baseUrl: url }));
    expect(seen[1]!.headers['sec-fetch-mode']).toBe('cors'); // what Node's fetch adds
  });

  it('hands over the response as a fetch Response made on first read (the same one after), and one with every API error', async () => {
    const { url } = await serve((req, res) =>
      req.url === '/3/credits'
        ? json(res, 200, { data: { ClientRemaining: 41 }, success: true, status: 200 }, { 'x-ratelimit-clientremaining': '41', 'x-multi': ['a', 'b'] })
        : json(res, 404, { data: { error: 'gone' }, success: false, status: 404 }),
    );
    const client = nodeEntry.createImgurClient({ clientId: 'cid-1234', baseUrl: url });
    const result = await getCredits(client).asResult();
    const response = result.response!;
    expect(response).toBeInstanceOf(Response);
    expect(result.response).toBe(response);
    expect([result.error, 'response' in result, Object.keys(result).sort()]).toEqual([undefined, true, ['data', 'error', 'rateLimit']]);
    expect([response.status, response.url, response.redirected, response.headers.get('x-multi'), response.bodyUsed]).toEqual([200, `${url}/3/credits`, false, 'a, b', false]);
    const withResponse = await getCredits(client).withResponse();
    expect(withResponse.response).toBeInstanceOf(Response);
    const missing = nodeEntry.defineOperation({ id: 'test.missing', method: 'GET', path: '/3/missing', security: ['clientId'], envelope: true });
    const failed = await missing(client, {}).asResult();
    expect(failed.error).toBeInstanceOf(main.ImgurApiError);
    expect(failed.response).toBeInstanceOf(Response);
    expect((failed.error as InstanceType<typeof main.ImgurApiError>).response).toBe(failed.response);
    expect(failed.response?.status).toBe(404);
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
