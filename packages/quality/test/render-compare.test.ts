import { describe, expect, it } from 'vitest';
import { COMPARE_HEADING, pairedRatio, renderCompare, type CompareResult } from '../src/render-compare.js';

const stat = (op: string, lib: string, concurrency: number, rps: number) => ({
  op,
  lib,
  concurrency,
  requests: 100,
  totalMs: 1,
  requestsPerSecond: rps,
  p50Ms: 1,
  p99Ms: 2,
  cpuUsPerRequest: rps / 10,
});
const result: CompareResult = {
  date: '2026-01-01',
  machine: { node: 'v20.20.2', cpus: 2, cpuModel: 'cpu', loadAverage: [1.04, 2.5] },
  requests: 100,
  warmup: 10,
  rounds: 3,
  imgurVersion: '2.5.0',
  overhead: [stat('get', 'raw fetch', 1, 1000), stat('get', '@imgur-ts/image getImage', 1, 950), stat('get', 'imgur 2.5.0 getImage', 1, 1000)],
  bundles: [
    { lib: '@imgur-ts (core + image)', platform: 'node', minBytes: 24_000, gzipBytes: 10_000 },
    { lib: '@imgur-ts (core + image)', platform: 'browser', minBytes: 20_000, gzipBytes: 5_000 },
    { lib: 'imgur 2.5.0', platform: 'node', minBytes: 500_000, gzipBytes: 150_000 },
    { lib: 'imgur 2.5.0', platform: 'browser', error: 'Could not resolve "events"' },
  ],
  budgets: [
    { label: 'core', minBytes: 2048, gzipBytes: 1024, maxGzipKB: 2 },
    { label: 'big', minBytes: 4096, gzipBytes: 4096, maxGzipKB: 2 },
  ],
};

describe('renderCompare', () => {
  const doc = `# Benchmarks\n\n${COMPARE_HEADING}\n\nold text\n\n## pnpm generate\n\nSee bench/results/generate.md.\n`;

  it('replaces only its own section and keeps the next one', () => {
    const out = renderCompare(doc, result);
    expect(out).not.toContain('old text');
    expect(out.startsWith('# Benchmarks\n\n## Client overhead and bundle size\n')).toBe(true);
    expect(out.endsWith('## pnpm generate\n\nSee bench/results/generate.md.\n')).toBe(true);
  });

  it('judges each target from the numbers', () => {
    const out = renderCompare(doc, result);
    expect(out).toContain('| get | 1 | 0.95 (met) | 0.95 (**not met**) | 1.05x | 1.05x |');
    expect(out).toContain('| get | 1 | @imgur-ts/image getImage | 950 | 1.000 | 2.000 | 95 | 0.95x |');
    expect(out).toContain("imgur's upload app, built for Node (it has no browser build), is **30.0x** the size of ours built for browsers (min+gz; target ≥ 20x: met)");
    expect(out).toContain('Both built for Node: **15.0x** (on Node ours also holds its node:http transport');
    const small = renderCompare(doc, { ...result, bundles: result.bundles.map((b) => (b.lib.startsWith('@imgur-ts') ? { ...b, gzipBytes: 10_000 } : b)) });
    expect(small).toContain('is **15.0x** the size of ours built for browsers (min+gz; target ≥ 20x: **not met**)');
    expect(small).toContain('Both built for Node: **15.0x**.');
  });

  it('lists budgets as ok or over, and bundles that fail with the reason', () => {
    const out = renderCompare(doc, result);
    expect(out).toContain('| core | 2.00 KB | 1.00 KB | 2 KB | ok |');
    expect(out).toContain('| big | 4.00 KB | 4.00 KB | 2 KB | **over** |');
    expect(out).toContain('| imgur 2.5.0 | browser | fails to bundle: Could not resolve "events" | |');
  });

  it('adds the consumer type-check table when given, and inserts the section when missing', () => {
    const out = renderCompare('# Benchmarks\n\n## pnpm generate\n\nx\n', result, { date: '2026-01-02', results: [{ compiler: 'Version 7.0.2', mode: 'loose', ms: 1500 }] });
    expect(out.indexOf(COMPARE_HEADING)).toBeLessThan(out.indexOf('## pnpm generate'));
    expect(out).toContain('| TypeScript 7.0.2 | strict: false | 1.50 s |');
  });
});

describe('pairedRatio', () => {
  it('takes the median of per-round ratios with their range', () => {
    expect(pairedRatio([90, 200, 100], [100, 100, 100], 0)).toEqual({ value: 1, min: 0.9, max: 2 });
    expect(pairedRatio([90, 95, 100, 120], [100, 100, 100, 100], 0).value).toBeCloseTo(0.975);
  });

  it('falls back to the given ratio without matching rounds', () => {
    expect(pairedRatio(undefined, [1], 0.5)).toEqual({ value: 0.5 });
    expect(pairedRatio([1, 2], [1], 0.5)).toEqual({ value: 0.5 });
  });

  it('judges the targets on the paired ratios when rounds are given', () => {
    const rounds = (s: ReturnType<typeof stat>, rps: number[]) => ({ ...s, roundsRequestsPerSecond: rps, roundsCpuUsPerRequest: rps.map((x) => 1e6 / x) });
    const withRounds: CompareResult = {
      ...result,
      overhead: [
        rounds(stat('get', 'raw fetch', 1, 1000), [1000, 2000, 1000]),
        rounds(stat('get', '@imgur-ts/image getImage', 1, 950), [950, 1900, 1200]),
        rounds(stat('get', 'imgur 2.5.0 getImage', 1, 1000), [900, 1900, 1300]),
      ],
    };
    const out = renderCompare('', withRounds);
    expect(out).toContain('| get | 1 | 0.95 (met, rounds 0.95–1.20) | 1.00 (met, rounds 0.92–1.06) | 0.95x | 1.00x |');
  });
});

describe('renderCompare rounding', () => {
  it('rounds judged ratios down, so a shown 0.90 is never a miss', () => {
    const close: CompareResult = {
      ...result,
      overhead: [stat('get', 'raw fetch', 1, 1000), stat('get', '@imgur-ts/image getImage', 1, 896), stat('get', 'imgur 2.5.0 getImage', 1, 500)],
    };
    expect(renderCompare('', close)).toContain('| get | 1 | 0.89 (**not met**) | 1.79 (met) |');
  });
});

describe('renderCompare machine line', () => {
  it('states the load average at the start and the end of the run', () => {
    expect(renderCompare('', { ...result, machine: { ...result.machine, loadAverage: [0.9, 2.5] } })).not.toContain('noisy'); // the run's own load at the end does not count
    const busy = { ...result, machine: { ...result.machine, loadAverage: [1.5, 2.5] } };
    expect(renderCompare('', busy)).toContain('(1-minute load average 1.5 at the start, 2.5 at the end: other work was running at the start');
  });
});

describe('renderCompare on a quiet machine', () => {
  it('gives the load average without the noise warning', () => {
    const quiet = { ...result, machine: { ...result.machine, loadAverage: [0.2, 0.4] } };
    const out = renderCompare('', quiet);
    expect(out).toContain('(1-minute load average 0.2 at the start, 0.4 at the end)');
    expect(out).not.toContain('noisy');
  });
});
