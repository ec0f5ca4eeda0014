import { describe, expect, it } from 'vitest';
import { sleep } from '../../src/util/sleep.js';

describe('sleep', () => {
  it('waits about the given time', async () => {
    const start = Date.now();
    await sleep(20);
    expect(Date.now() - start).toBeGreaterThanOrEqual(15);
  });

  it('rejects with the reason when aborted before or during the wait', async () => {
    await expect(sleep(10, AbortSignal.abort('early'))).rejects.toBe('early');
    const c = new AbortController();
    const p = sleep(10_000, c.signal);
    c.abort('late');
    await expect(p).rejects.toBe('late');
  });

  it('resolves normally with a signal that never fires', async () => {
    await expect(sleep(1, new AbortController().signal)).resolves.toBeUndefined();
  });
});
