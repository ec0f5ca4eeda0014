import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ImgurError } from '../../src/errors/imgur-error.js';
import { ImgurNetworkError, ImgurRedirectError, ImgurResponseTooLargeError, ImgurTimeoutError, ImgurAbortError } from '../../src/errors/transport-errors.js';
import { ImgurAuthError, ImgurRefreshError, ImgurAccessDeniedError } from '../../src/errors/auth-errors.js';
import { ImgurUsageError, ImgurBudgetError, ImgurUploadError } from '../../src/errors/usage-errors.js';

describe('ImgurError family', () => {
  const classes = [
    ImgurError,
    ImgurNetworkError,
    ImgurRedirectError,
    ImgurResponseTooLargeError,
    ImgurTimeoutError,
    ImgurAbortError,
    ImgurAuthError,
    ImgurAccessDeniedError,
    ImgurUsageError,
    ImgurBudgetError,
    ImgurUploadError,
  ];
  for (const Cls of classes) {
    it(`${Cls.name}: name, redacted message, toJSON, inspect`, () => {
      const err = new Cls('failed with Bearer abc and s3cret-value', { secrets: ['s3cret-value'], cause: new Error('inner Bearer xyz') });
      expect(err).toBeInstanceOf(ImgurError);
      expect(err.name).toBe(Cls.name);
      expect(err.message).toBe('failed with Bearer [redacted] and [redacted]');
      expect(err.toJSON()).toEqual({ name: Cls.name, message: err.message });
      expect(inspect(err)).toBe(`${Cls.name}: ${err.message}`);
      expect((err.cause as Error).message).toBe('inner Bearer [redacted]');
    });
  }

  it('redacts the cause chain: secrets in messages, stacks, string fields and keys of Error causes, at any depth', () => {
    const deep = Object.assign(new Error('deep s3cret-value'), { code: 'E_S3CRET', note: 'x s3cret-value', count: 2 });
    const mid = new TypeError('fetch failed', { cause: deep });
    const err = new ImgurError('outer', { secrets: ['s3cret-value'], cause: mid });
    const c1 = err.cause as Error & { cause: Error & Record<string, unknown> };
    expect(c1).not.toBe(mid);
    expect([c1.name, c1.message, c1 instanceof Error]).toEqual(['TypeError', 'fetch failed', true]);
    expect([c1.cause.message, c1.cause.code, c1.cause.note, c1.cause.count]).toEqual(['deep [redacted]', 'E_S3CRET', 'x [redacted]', 2]);
    for (const out of [inspect(c1, { depth: Infinity }), JSON.stringify(c1), String(c1.cause.stack)]) expect(out).not.toContain('s3cret-value');
    expect(new ImgurError('x', { cause: 'token s3cret-value', secrets: ['s3cret-value'] }).cause).toBe('token [redacted]');
    const clean = new Error('nothing to hide');
    expect(new ImgurError('x', { cause: clean, secrets: ['s3cret-value'] }).cause).toBe(clean);
    const reason = { why: 'user object' };
    expect(new ImgurError('x', { cause: reason }).cause).toBe(reason);
  });

  it('ImgurRefreshError carries the status in toJSON and inspect', () => {
    const err = new ImgurRefreshError('refresh failed', 400);
    expect(err).toBeInstanceOf(ImgurAuthError);
    expect(err.status).toBe(400);
    expect(err.toJSON()).toEqual({ name: 'ImgurRefreshError', message: 'refresh failed', status: 400 });
    expect(inspect(err)).toBe('ImgurRefreshError: refresh failed {"status":400}');
    expect('cause' in new ImgurError('x')).toBe(false);
  });
});
