import { createImgurClient, type ImgurClient, type ImgurClientOptions, type ImgurTokens } from '@imgur-ts/core';
import { afterEach } from 'vitest';
import { startMockServer } from '../../src/server.js';
import type { MockServer, MockServerOptions } from '../../src/types.js';

const open: MockServer[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

/** A mock on the bundled spec (the one the SDK is generated from), closed after each test. */
export async function mock(options: MockServerOptions = {}): Promise<MockServer> {
  const s = await startMockServer(options);
  open.push(s);
  return s;
}

/** An anonymous (Client-ID) SDK client for the mock; retries without waiting. */
export function anonymous(s: MockServer, extra: Partial<ImgurClientOptions> = {}): ImgurClient {
  return createImgurClient({ baseUrl: s.url, clientId: 'mock-client-id', sleep: async () => {}, ...extra });
}

/** A signed-in SDK client for the default seed user; records refreshed tokens. */
export function signedIn(s: MockServer, extra: Partial<ImgurClientOptions> = {}): { client: ImgurClient; tokens: ImgurTokens[] } {
  const tokens: ImgurTokens[] = [];
  const client = createImgurClient({
    baseUrl: s.url,
    clientId: 'mock-client-id',
    clientSecret: 'mock-client-secret',
    accessToken: 'mock-access-token',
    refreshToken: 'mock-refresh-token',
    onTokens: (t) => void tokens.push(t),
    sleep: async () => {},
    ...extra,
  });
  return { client, tokens };
}

/** A small valid PNG (signature + IHDR). */
export function png(): Uint8Array<ArrayBuffer> {
  const b = new Uint8Array(33);
  b.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 2, 0, 0, 0, 3]);
  return b;
}
