import { describe, expect, it } from 'vitest';
import { TIMED_OUT, timed, withDeadline } from '../../src/transport/deadline.js';

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

describe('withDeadline', () => {
  const answer = [new Response('x'), 'x'] as [Response, string];

  it('hands back what the exchange settles with, and a timeout, an abort or a late touch after it changes nothing', async () => {
    const controller = new AbortController();
    let seen!: AbortSignal;
    let touch!: () => void;
    const done = withDeadline(controller.signal, 20, async (signal, t) => {
      seen = signal;
      touch = t;
      return answer;
    });
    await expect(done).resolves.toBe(answer);
    touch();
    controller.abort('late');
    await new Promise((r) => setTimeout(r, 40));
    expect(seen.aborted).toBe(false);
  });

  it('rejects with TIMED_OUT and aborts the exchange once the timeout passes', async () => {
    let seen!: AbortSignal;
    const done = withDeadline(undefined, 20, (signal) => {
      seen = signal;
      return new Promise(() => {});
    });
    await expect(done).rejects.toBe(TIMED_OUT);
    expect(seen.aborted).toBe(true);
  });

  it("rejects with the caller's reason, once, and aborts the exchange with it", async () => {
    const controller = new AbortController();
    let seen!: AbortSignal;
    const done = withDeadline(controller.signal, 60_000, (signal) => {
      seen = signal;
      return new Promise((_, reject) => signal.addEventListener('abort', () => reject(new Error('aborted underneath'))));
    });
    controller.abort('why');
    controller.abort('again');
    await expect(done).rejects.toBe('why');
    expect(seen.reason).toBe('why');
  });

  it('rejects with what a run that throws at once throws, and its timer does not fire later', async () => {
    let seen!: AbortSignal;
    const done = withDeadline(undefined, 20, (signal) => {
      seen = signal;
      throw new Error('at once');
    });
    await expect(done).rejects.toThrow('at once');
    await new Promise((r) => setTimeout(r, 40));
    expect(seen.aborted).toBe(false);
  });
});
