import { describe, expect, it } from 'vitest';
import { checkNumbers, validateOptions } from '../../src/state/validate-options.js';
import { send } from '../../src/http/send.js';
import { createImgurClient } from '../../src/client/create-client.js';
import { ImgurUsageError } from '../../src/errors/usage-errors.js';
import type { ImgurClientOptions } from '../../src/types/client-options.js';

describe('validateOptions', () => {
  const bad: [ImgurClientOptions, RegExp][] = [
    [{ timeoutMs: 0 }, /timeoutMs must be a number >= 1, got 0/],
    [{ timeoutMs: Number.NaN }, /timeoutMs/],
    [{ retries: -1 }, /retries must be an integer >= 0, got -1/],
    [{ retries: 1.5 }, /retries/],
    [{ maxRetryDelayMs: -5 }, /maxRetryDelayMs/],
    [{ maxResponseBytes: 0 }, /maxResponseBytes must be a number >= 1, got 0/],
    [{ maxResponseBytes: Number.NaN }, /maxResponseBytes/],
    [{ baseUrl: 'api.imgur.com' }, /baseUrl must be an https: URL \(not an absolute URL\), got "api.imgur.com"/],
    [{ baseUrl: 'ftp://x' }, /baseUrl/],
    // The part before "@" is a user name: the request (and its token) would go to evil.example.
    [{ baseUrl: 'https://api.imgur.com@evil.example' }, /user name or password.*got "https:\/\/\[redacted\]@evil.example"/],
    [{ baseUrl: 'http://api.imgur.com' }, /not https: \(http: only on localhost, 127.x.x.x or \[::1\]\)/],
    [{ baseUrl: 'https://api.imgur.com.evil.example' }, /looks like Imgur's/],
    // Options for the built-in LRU go to createEtagCache, not to the client.
    [{ etagCache: { maxEntries: 10 } as never }, /etagCache must come from createEtagCache\(\) or have get and set, got object/],
    [{ etagCache: null as never }, /etagCache/],
    [{ etagCache: { get() {} } as never }, /etagCache/],
  ];
  for (const [options, want] of bad) {
    it(`refuses ${JSON.stringify(options)}`, () => {
      expect(() => validateOptions(options)).toThrow(ImgurUsageError);
      expect(() => createImgurClient(options)).toThrow(want);
    });
  }

  it('accepts sensible values and absent options', () => {
    expect(() => validateOptions({})).not.toThrow();
    expect(() => validateOptions({ timeoutMs: 1, retries: 0, maxRetryDelayMs: 0, baseUrl: 'http://127.0.0.1:8080' })).not.toThrow();
    expect(() => validateOptions({ etagCache: { get: () => undefined, set() {}, size: 0, bytes: 0 } })).not.toThrow();
  });
});

describe('per-call options', () => {
  it('refuses unusable numbers with an error naming the operation, without sending', async () => {
    const client = createImgurClient({ clientId: 'cid-1234', fetch: () => Promise.reject(new Error('sent')) });
    const meta = { id: 'image.getImage', method: 'GET', path: '/3/image/x', security: ['clientId'], envelope: true } as const;
    for (const [options, want] of [
      [{ timeoutMs: 0 }, 'image.getImage: timeoutMs must be a number >= 1, got 0.'],
      [{ timeoutMs: -1 }, 'timeoutMs must be a number >= 1, got -1'],
      [{ retries: 0.5 }, 'retries must be an integer >= 0, got 0.5'],
      [{ maxResponseBytes: -1 }, 'image.getImage: maxResponseBytes must be a number >= 1, got -1.'],
    ] as const) {
      const { error } = await send(client, meta, {}, options);
      expect(error).toBeInstanceOf(ImgurUsageError);
      expect(error!.message).toContain(want);
    }
    expect(() => checkNumbers('x', { timeoutMs: Infinity, retries: 3, maxResponseBytes: Infinity })).not.toThrow();
  });
});
