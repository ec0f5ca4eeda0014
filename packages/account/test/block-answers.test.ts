import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createImgurClient, ImgurApiError, ImgurNetworkError } from '@imgur-ts/core';
import type { BlockStatus } from '@imgur-ts/models';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { blockUser, unblockUser } from '../src/index.js';

/** What the server answers next: status, body (empty for none). */
let next: { status: number; body: string; cut?: boolean } = { status: 200, body: '' };
const seen: string[] = [];
const server = createServer((req: IncomingMessage, res: ServerResponse) => {
  seen.push(`${req.method} ${req.url}`);
  req.resume();
  req.on('end', () => {
    const headers: Record<string, string> = { 'X-RateLimit-UserReset': '3600', 'X-RateLimit-UserRemaining': '100' };
    if (next.body !== '') headers['Content-Type'] = 'application/json';
    // Cut: the headers promise a body, then the connection closes before its first byte.
    if (next.cut) headers['Content-Length'] = '40';
    res.writeHead(next.status, headers);
    if (next.cut) res.flushHeaders();
    if (next.cut) setImmediate(() => res.destroy());
    else res.end(next.body);
  });
});
let baseUrl = '';

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const client = () => createImgurClient({ clientId: 'cid', accessToken: 'tok', baseUrl, retries: 0 });
const envelope = (blocked: boolean, status: number) => JSON.stringify({ data: { blocked }, success: true, status });

describe('blockUser and unblockUser over HTTP', () => {
  it('types the result as BlockStatus or undefined (the empty answers)', () => {
    expectTypeOf(blockUser).returns.resolves.toEqualTypeOf<BlockStatus | undefined>();
    expectTypeOf(unblockUser).returns.resolves.toEqualTypeOf<BlockStatus | undefined>();
    expect([blockUser.meta.empty, unblockUser.meta.empty]).toEqual([[201], [204]]);
  });

  it.each([
    ['blockUser', 201, '', undefined],
    ['blockUser', 200, envelope(true, 200), { blocked: true }],
    ['unblockUser', 204, '', undefined],
    ['unblockUser', 200, envelope(false, 200), { blocked: false }],
  ] as const)('%s answered %i %j resolves to %j', async (name, status, body, want) => {
    next = { status, body };
    const op = name === 'blockUser' ? blockUser : unblockUser;
    const before = Math.floor(Date.now() / 1000);
    const result = await op(client(), { username: 'bob' }).asResult();
    expect(result.error).toBeUndefined();
    expect(result.data).toEqual(want);
    expect(result.response?.status).toBe(status);
    // `X-RateLimit-UserReset: 3600` is seconds from now: an epoch about an hour ahead.
    expect(result.rateLimit?.userReset).toBeGreaterThanOrEqual(before + 3600);
    expect(result.rateLimit?.userReset).toBeLessThanOrEqual(Math.ceil(Date.now() / 1000) + 3600);
    expect(seen.at(-1)).toBe(`${name === 'blockUser' ? 'POST' : 'DELETE'} /account/v1/bob/block`);
  });

  it('a 201 whose promised body never arrives is a failure, not an empty success', async () => {
    next = { status: 201, body: '', cut: true };
    const error = await blockUser(client(), { username: 'bob' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImgurNetworkError);
  });

  it.each([
    ['blockUser', 200],
    ['blockUser', 202],
    ['unblockUser', 200],
  ] as const)('%s answered %i with no body is an ImgurApiError naming the status', async (name, status) => {
    next = { status, body: '' };
    const op = name === 'blockUser' ? blockUser : unblockUser;
    const error = await op(client(), { username: 'bob' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImgurApiError);
    expect((error as ImgurApiError).status).toBe(status);
    expect((error as ImgurApiError).message).toMatch(new RegExp(`HTTP ${status}: response body is not the documented JSON`));
  });
});
