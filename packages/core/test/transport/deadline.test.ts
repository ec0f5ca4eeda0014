import { describe, expect, it } from 'vitest';
import { TIMED_OUT, timed } from '../../src/transport/deadline.js';

/** Runs `timed` with an exchange that settles only when stopped, or when `settle` is called. */
function start(signal: AbortSignal | undefined, timeoutMs: number) {
  const stops: unknown[] = [];
  let settle!: () => void;
  let touch!: () => void;
  const done = timed(signal, timeoutMs, (deadline, t) => {
    touch = t;
    return new Promise<string>((resolve, reject) => {
      deadline.onStop = (reason) => {
        stops.push(reason);
        reject(reason);
      };
      settle = () => {
        deadline.clear();
        resolve('settled');
      };
    });
  });
  return { done, stops, settle: () => settle(), touch: () => touch() };
}

describe('timed', () => {
  it('stops the exchange with TIMED_OUT once the timeout passes', async () => {
    const run = start(undefined, 20);
    await expect(run.done).rejects.toBe(TIMED_OUT);
    expect(run.stops).toEqual([TIMED_OUT]);
  });

  it("stops it with the signal's reason, once, and hands back what the exchange settles with otherwise", async () => {
    const controller = new AbortController();
    const run = start(controller.signal, 60_000);
    controller.abort('why');
    controller.abort('again');
    await expect(run.done).rejects.toBe('why');
    expect(run.stops).toEqual(['why']);
    const other = new AbortController();
    const ok = start(other.signal, 20);
    ok.settle();
    await expect(ok.done).resolves.toBe('settled');
    other.abort('late');
    await new Promise((r) => setTimeout(r, 40));
    expect(ok.stops).toEqual([]);
  });

  it('starts the timeout again on touch (timers never fire early: only lower bounds are checked)', async () => {
    const run = start(undefined, 200);
    await new Promise((r) => setTimeout(r, 150));
    const touched = performance.now();
    run.touch();
    await expect(run.done).rejects.toBe(TIMED_OUT);
    expect(performance.now() - touched).toBeGreaterThanOrEqual(190);
  });

  it('touch does nothing once the exchange is over', async () => {
    const run = start(undefined, 30);
    run.settle();
    run.touch();
    await new Promise((r) => setTimeout(r, 80));
    expect(run.stops).toEqual([]);
    await expect(run.done).resolves.toBe('settled');
  });
});
