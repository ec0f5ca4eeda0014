// A flaky server against every transport, in a process of its own
// (flaky-child.ts, bundled with esbuild) that counts what would end a real
// app: uncaught exceptions, unhandled rejections, calls that never settle and
// sockets left open. See flaky-kinds.ts for the broken answers.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { bundleChild, runJsonChild } from '../support/run-child.js';

/** 2,500 calls on each of node:http and fetch, 500 on the browser build's fetch transport. */
const CALLS = 5_500;
const dir = mkdtempSync(join(tmpdir(), 'imgur-flaky-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Report {
  readonly calls: number;
  readonly ms: number;
  readonly kinds: number;
  readonly outcomes: Record<string, number>;
  readonly batches: Record<string, number>;
  readonly warned: number;
  readonly violations: readonly string[];
  readonly violationCount: number;
  readonly uncaught: readonly string[];
  readonly unhandled: readonly string[];
  readonly unsettled: number;
  readonly brokenOpen: number;
  readonly brokenOpenKinds: readonly string[];
  readonly inUse: number;
  readonly open: number;
}

it(`${CALLS} calls against a flaky server over node:http, fetch and the browser build's fetch: every call settles with data or an ImgurError, nothing escapes, no socket is left open`, async () => {
  const child = join(dir, 'flaky-child.mjs');
  await bundleChild(new URL('./flaky-child.ts', import.meta.url), child);
  const report = await runJsonChild<Report>([child, String(CALLS)], 280_000);
  expect(report.calls).toBe(CALLS);
  expect(report.kinds).toBeGreaterThanOrEqual(78);
  expect(report.uncaught).toEqual([]);
  expect(report.unhandled).toEqual([]);
  expect(report.unsettled).toBe(0);
  expect([report.brokenOpen, report.brokenOpenKinds]).toEqual([0, []]);
  expect(report.inUse).toBe(0);
  expect(report.open).toBe(0);
  expect(report.violations).toEqual([]);
  const total = (match: (key: string) => boolean) => Object.entries(report.outcomes).reduce((sum, [key, n]) => sum + (match(key) ? n : 0), 0);
  expect(total(() => true)).toBe(CALLS);
  // Complete answers were read on every transport, broken ones failed on every transport.
  for (const transport of ['node:http', 'fetch', 'browser-fetch']) {
    expect(total((key) => key.startsWith(`${transport} valid ok`))).toBeGreaterThan(transport === 'browser-fetch' ? 50 : 300);
    expect(total((key) => key.startsWith(`${transport} broken Imgur`))).toBeGreaterThan(transport === 'browser-fetch' ? 300 : 1_500);
  }
  // Every upload of the batches is accounted for; the throwing onProgress was reported through the (throwing) logger.
  expect(Object.values(report.batches).reduce((a, b) => a + b, 0)).toBe(60);
  expect(report.warned).toBeGreaterThan(0);
}, 300_000);
