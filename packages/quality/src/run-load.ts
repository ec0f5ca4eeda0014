import { performance } from 'node:perf_hooks';
import type { LatencyStats } from './types.js';

/** Percentile (0..100) of ascending-sorted samples, nearest-rank. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? Number.NaN;
}

/** Options of `runLoad`: how many measured calls, how many in flight, and unmeasured warm-up calls. */
export interface LoadOptions {
  readonly requests: number;
  readonly concurrency: number;
  readonly warmup?: number;
  /**
   * A full garbage collection (`globalThis.gc` under `node --expose-gc`): run
   * before the measured calls (not counted) and after them (counted), so each
   * run pays for its own garbage and none is left to the next run.
   */
  readonly gc?: () => void;
}

/**
 * Calls `task` `requests` times with at most `concurrency` calls in flight
 * (after `warmup` unmeasured calls) and reports throughput, p50/p99 latency
 * and the CPU time of this process per call (steadier than wall-clock figures
 * on a busy machine when the server runs in another process). With `gc`, the
 * run's own garbage is collected inside the measurement. Stops at the first
 * rejection, rethrowing it.
 */
export async function runLoad(task: () => Promise<unknown>, opts: LoadOptions): Promise<LatencyStats> {
  for (let i = 0; i < (opts.warmup ?? 0); i++) await task();
  const latencies: number[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < opts.requests) {
      next++;
      const t = performance.now();
      await task();
      latencies.push(performance.now() - t);
    }
  };
  opts.gc?.();
  const cpu = process.cpuUsage();
  const start = performance.now();
  await Promise.all(Array.from({ length: Math.max(1, opts.concurrency) }, worker));
  opts.gc?.();
  const totalMs = performance.now() - start;
  const used = process.cpuUsage(cpu);
  latencies.sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 1000) / 1000;
  return {
    requests: latencies.length,
    concurrency: opts.concurrency,
    totalMs: round(totalMs),
    requestsPerSecond: Math.round((latencies.length / totalMs) * 1000),
    p50Ms: round(percentile(latencies, 50)),
    p99Ms: round(percentile(latencies, 99)),
    cpuUsPerRequest: Math.round((used.user + used.system) / Math.max(1, latencies.length)),
  };
}
