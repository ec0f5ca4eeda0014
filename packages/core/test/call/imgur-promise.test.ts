import { describe, expect, it } from 'vitest';
import { ImgurPromise } from '../../src/call/imgur-promise.js';
import { ImgurError } from '../../src/errors/imgur-error.js';
import { parseRateLimit } from '../../src/rate-limit/parse-rate-limit.js';
import type { ImgurResult } from '../../src/call/result.js';

const response = new Response('{}', { headers: { 'X-RateLimit-ClientRemaining': '7' } });
const ok: ImgurResult<number> = { data: 42, error: undefined, response, rateLimit: parseRateLimit(response.headers) };
const failed: ImgurResult<number> = { data: undefined, error: new ImgurError('bad') };

describe('ImgurPromise', () => {
  it('resolves to the data and works with await, then, finally', async () => {
    const p = new ImgurPromise(Promise.resolve(ok));
    expect(p).toBeInstanceOf(Promise);
    expect(await p).toBe(42);
    expect(await p.then((d) => d + 1)).toBe(43);
    let ran = false;
    expect(await p.finally(() => (ran = true))).toBe(42);
    expect(ran).toBe(true);
  });

  it('rejects with the error; catch sees it', async () => {
    const p = new ImgurPromise(Promise.resolve(failed));
    await expect(p).rejects.toBe(failed.error);
    expect(await p.catch((e: unknown) => (e as Error).message)).toBe('bad');
    // then with only a fulfilment callback: the derived promise rejects with the same error, the callback never runs.
    let called = false;
    await expect(p.then(() => (called = true))).rejects.toBe(failed.error);
    expect(called).toBe(false);
    // then with neither callback: the data, or the error.
    expect(await new ImgurPromise(Promise.resolve(ok)).then()).toBe(42);
    await expect(p.then()).rejects.toBe(failed.error);
  });

  it('ignores callbacks that are not functions, as Promise.prototype.then does', async () => {
    const good = new ImgurPromise(Promise.resolve(ok));
    const bad = new ImgurPromise(Promise.resolve(failed));
    const odd = [1, 'log', {}, null] as unknown as ((v: unknown) => unknown)[];
    for (const x of odd) {
      expect(await good.then(x, x)).toBe(42);
      await expect(bad.then(x, x)).rejects.toBe(failed.error);
      await expect(bad.catch(x)).rejects.toBe(failed.error);
    }
  });

  it('hands a rejected underlying result to onrejected as then would', async () => {
    const boom = new Error('boom');
    const p = new ImgurPromise<number>(Promise.reject(boom));
    expect(await p.then(undefined, (e: unknown) => e)).toBe(boom);
    await expect(p).rejects.toBe(boom);
  });

  it('withResponse gives data, response and rate limits, or rejects', async () => {
    const r = await new ImgurPromise(Promise.resolve(ok)).withResponse();
    expect(r.data).toBe(42);
    expect(r.response).toBe(response);
    expect(r.rateLimit.clientRemaining).toBe(7);
    await expect(new ImgurPromise(Promise.resolve(failed)).withResponse()).rejects.toBe(failed.error);
  });

  it('asResult never rejects and does not leave an unhandled rejection', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (e: unknown): void => void unhandled.push(e);
    process.on('unhandledRejection', onUnhandled);
    const r = await new ImgurPromise(Promise.resolve(failed)).asResult();
    await new Promise((res) => setTimeout(res, 10));
    process.off('unhandledRejection', onUnhandled);
    expect(r.error).toBe(failed.error);
    expect(unhandled).toEqual([]);
  });

  it('settles from one underlying result however often it is awaited', async () => {
    let calls = 0;
    const p = new ImgurPromise(
      new Promise<ImgurResult<number>>((resolve) => {
        calls++;
        resolve(ok);
      }),
    );
    await Promise.all([p, p, p.withResponse(), p.asResult()]);
    expect(calls).toBe(1);
  });
});
