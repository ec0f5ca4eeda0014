// Shared pieces of the hostile-server tests: one client per transport, the
// operations they call, hostile bodies, and the check that no secret reached
// any surface of an error.
import { inspect } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { ServerResponse } from 'node:http';
import { expect } from 'vitest';
import { createImgurClient as createFetchClient } from '../../src/client/create-client.js';
import { createImgurClient as createNodeClient } from '../../src/client/create-client-node.js';
import { defineOperation } from '../../src/client/define-operation.js';
import type { ImgurClientOptions } from '../../src/types/client-options.js';
import type { ImgurLogEvent } from '../../src/types/log-event.js';

/** The two transports every scenario runs on: node:http (Node's default) and fetch (browsers, Deno, Bun, `options.fetch`). */
export const TRANSPORTS = ['node:http', 'fetch'] as const;
export type TransportName = (typeof TRANSPORTS)[number];

/** Credentials no other origin and no error surface may ever see. */
export const SECRETS = {
  clientId: 'client-id-0123456789',
  clientSecret: 'client-secret-0123456789',
  accessToken: 'access-token-0123456789',
  refreshToken: 'refresh-token-0123456789',
  mashapeKey: 'mashape-key-0123456789',
} as const;
/** A per-call custom header whose value must stay with the base URL's origin too. */
export const CUSTOM = { 'x-custom-secret': 'custom-header-0123456789' } as const;
const ALL = [...Object.values(SECRETS), ...Object.values(CUSTOM)];

/** A client on `transport` with every credential set and `baseUrl` pointing at a local server. */
export function clientOn(transport: TransportName, options: ImgurClientOptions) {
  const lines: string[] = [];
  const line = (e: ImgurLogEvent, m: string) => lines.push(`${JSON.stringify(e)} ${m}`);
  const logger = { debug: line, info: line, warn: line, error: line };
  const all: ImgurClientOptions = { ...SECRETS, logger, logLevel: 'debug', ...options };
  const client = transport === 'fetch' ? createFetchClient(all) : createNodeClient(all);
  return { client, lines };
}

/** `GET /3/account/me` (Bearer). */
export const getMe = defineOperation<Record<string, never>, unknown>({ id: 'account.me', method: 'GET', path: '/3/account/me', security: ['bearer'], envelope: true });
/** `POST /3/image` (Bearer or Client-ID) with a form body. */
export const postImage = defineOperation<{ title: string }, unknown>({
  id: 'image.post',
  method: 'POST',
  path: '/3/image',
  security: ['bearer', 'clientId'],
  body: { encoding: 'form', fields: ['title'] },
  envelope: true,
});

/** Every place an error can show text: message, toString, stack, JSON, inspect at any depth, and the same for each cause. */
export function surfaces(error: unknown): string[] {
  const out: string[] = [];
  for (let e = error, depth = 0; e !== undefined && depth < 10; e = (e as { cause?: unknown }).cause, depth++) {
    out.push(String(e), inspect(e, { depth: Infinity, showHidden: true }), JSON.stringify(e) ?? '');
    if (e instanceof Error) out.push(e.message, e.stack ?? '');
    const kept = (e as { imgurError?: unknown }).imgurError;
    if (kept !== undefined) out.push(JSON.stringify(kept), inspect(kept, { depth: Infinity }), ...Object.keys(kept ?? {}));
  }
  return out;
}

/** Asserts that no secret and no custom header value is in any surface of `error` or in a log line. */
export function expectNoSecrets(error: unknown, lines: readonly string[] = []): void {
  const texts = [...surfaces(error), ...lines];
  for (const text of texts) for (const secret of ALL) expect(text, 'a secret leaked').not.toContain(secret);
}

let bomb: Buffer | undefined;
/**
 * A gzip bomb: 1 GiB of zeros in about 1 MB, as 1024 concatenated gzip
 * members of 1 MiB each (a valid gzip stream; each decoder inflates them all).
 */
export function gzipBomb(): Buffer {
  if (!bomb) {
    const member = gzipSync(Buffer.alloc(1 << 20), { level: 9 });
    bomb = Buffer.concat(Array.from({ length: 1024 }, () => member));
  }
  return bomb;
}

/**
 * Sends a JSON-looking body that never ends, 64 KiB at a time, honouring
 * backpressure, until the client goes away, 4 GiB were written or 30 s passed.
 * Calls `done(bytes)` with how many bytes were written.
 */
export function endlessBody(res: ServerResponse, done: (bytes: number) => void = () => {}): void {
  const chunk = Buffer.alloc(64 * 1024, 'a');
  const stopAt = Date.now() + 30_000;
  let written = 0;
  res.writeHead(200, { 'content-type': 'application/json' });
  res.write('{"data":"');
  const pump = (): void => {
    while (!res.destroyed && written < 4 * 2 ** 30 && Date.now() < stopAt) {
      written += chunk.length;
      if (!res.write(chunk)) return void res.once('drain', pump);
    }
    res.destroy();
  };
  res.on('close', () => done(written));
  pump();
}
