import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ImgurError } from '../../src/errors/imgur-error.js';
import { ImgurNetworkError, ImgurTimeoutError, ImgurAbortError } from '../../src/errors/transport-errors.js';
import { ImgurAuthError, ImgurRefreshError, ImgurAccessDeniedError } from '../../src/errors/auth-errors.js';
import { ImgurUsageError, ImgurBudgetError, ImgurUploadError } from '../../src/errors/usage-errors.js';

describe('ImgurError family', () => {
  const classes = [ImgurError, ImgurNetworkError, ImgurTimeoutError, ImgurAbortError, ImgurAuthError, ImgurAccessDeniedError, ImgurUsageError, ImgurBudgetError, ImgurUploadError];
  for (const Cls of classes) {
    it(`${Cls.name}: name, redacted message, toJSON, inspect`, () => {
      const err = new Cls('failed with Bearer abc and s3cret-value', { secrets: ['s3cret-value'], cause: new Error('inner Bearer xyz') });
      expect(err).toBeInstanceOf(ImgurError);
      expect(err.name).toBe(Cls.name);
      expect(err.message).toBe('failed with Bearer [redacted] and [redacted]');
      expect(err.toJSON()).toEqual({ name: Cls.name, message: err.message });
      expect(inspect(err)).toBe(`${Cls.name}: ${err.message}`);
      expect((err.cause as Error).message).toBe('inner Bearer xyz');
    });
  }

  it('ImgurRefreshError carries the status in toJSON and inspect', () => {
    const err = new ImgurRefreshError('refresh failed', 400);
    expect(err).toBeInstanceOf(ImgurAuthError);
    expect(err.status).toBe(400);
    expect(err.toJSON()).toEqual({ name: 'ImgurRefreshError', message: 'refresh failed', status: 400 });
    expect(inspect(err)).toBe('ImgurRefreshError: refresh failed {"status":400}');
    expect('cause' in new ImgurError('x')).toBe(false);
  });
});
