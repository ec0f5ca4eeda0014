// Retry-After values a hostile server may send, on both transports, with the
// real sleeps of the client: the gaps between requests are measured at the server.
import { describe, expect, it } from 'vitest';
import { json, serve } from '../support/http-server.js';
import { ImgurApiError } from '../../src/errors/api-error.js';
import { clientOn, getMe, TRANSPORTS } from './setup.js';

const busy = { data: { error: 'busy' }, success: false, status: 503 };

describe.each(TRANSPORTS)('Retry-After from a hostile server (%s transport)', (transport) => {
  it('negative (-5): not an immediate retry storm: the backoff applies (3 requests, gaps of 250 and 500 ms)', async () => {
    const at: number[] = [];
    const { url, seen } = await serve((_, res) => {
      at.push(Date.now());
      json(res, 503, busy, { 'retry-after': '-5' });
    });
    const { error } = await getMe(clientOn(transport, { baseUrl: url, random: () => 0.5 }).client).asResult();
    expect(error).toBeInstanceOf(ImgurApiError);
    expect((error as ImgurApiError).status).toBe(503);
    expect(seen).toHaveLength(3);
    expect(at[1]! - at[0]!).toBeGreaterThanOrEqual(240);
    expect(at[2]! - at[1]!).toBeGreaterThanOrEqual(490);
  });

  it('huge (99999999999): not retried, the 503 comes back at once (1 request)', async () => {
    const { url, seen } = await serve((_, res) => json(res, 503, busy, { 'retry-after': '99999999999' }));
    const started = Date.now();
    const { error } = await getMe(clientOn(transport, { baseUrl: url }).client).asResult();
    expect((error as ImgurApiError).status).toBe(503);
    expect(seen).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('not delay-seconds (1e300): ignored like garbage, the usual short backoff, never a long wait', async () => {
    const { url, seen } = await serve((_, res) => json(res, 503, busy, { 'retry-after': '1e300' }));
    const started = Date.now();
    const { error } = await getMe(clientOn(transport, { baseUrl: url, random: () => 0.1 }).client).asResult();
    expect((error as ImgurApiError).status).toBe(503);
    expect(seen).toHaveLength(3);
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});
