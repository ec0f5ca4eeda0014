import { describe, expect, it } from 'vitest';
import { percentile, runLoad } from '../src/run-load.js';

describe('percentile', () => {
  it.each([
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 50, 5],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 99, 10],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0, 1],
    [[42], 99, 42],
  ])('%j p%i -> %i', (samples, p, want) => {
    expect(percentile(samples, p)).toBe(want);
  });

  it('is NaN without samples', () => {
    expect(percentile([], 50)).toBeNaN();
  });
});

describe('runLoad', () => {
  it('makes exactly warmup + requests calls and never more than `concurrency` at once', async () => {
    let calls = 0;
    let inFlight = 0;
    let peak = 0;
    const task = async () => {
      calls++;
      inFlight++;
      peak = Math.max(peak, inFlight);
      await new Promise((r) => setTimeout(r, 1));
      inFlight--;
    };
    const stats = await runLoad(task, { requests: 50, concurrency: 4, warmup: 5 });
    expect(calls).toBe(55);
    expect(peak).toBe(4);
    expect(stats.requests).toBe(50);
    expect(stats.p50Ms).toBeGreaterThanOrEqual(1);
    expect(stats.p99Ms).toBeGreaterThanOrEqual(stats.p50Ms);
    expect(stats.requestsPerSecond).toBeGreaterThan(0);
    expect(stats.cpuUsPerRequest).toBeGreaterThanOrEqual(0);
  });

  it('collects garbage before the measured calls and again inside the measurement', async () => {
    const events: string[] = [];
    const stats = await runLoad(
      async () => {
        events.push('call');
        await new Promise((r) => setTimeout(r, 1));
      },
      { requests: 2, concurrency: 1, warmup: 1, gc: () => events.push('gc') },
    );
    expect(events).toEqual(['call', 'gc', 'call', 'call', 'gc']);
    expect(stats.requests).toBe(2);
  });

  it('rethrows the first failure', async () => {
    await expect(runLoad(() => Promise.reject(new Error('boom')), { requests: 3, concurrency: 1 })).rejects.toThrow('boom');
  });
});
