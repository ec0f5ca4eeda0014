import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

// The benchmarks are not timed tests: this only checks that each one runs end to end on a clean clone (the
// smallest settings each takes), exits 0 and writes its table, into a temporary folder (BENCH_RESULTS_DIR) so
// that the committed results stay as measured. Their figures are in BENCHMARKS.md.
const root = new URL('../../..', import.meta.url).pathname;
const out = mkdtempSync(join(tmpdir(), 'imgur-bench-smoke-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

async function bench(script: string, env: Record<string, string>): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, [join(root, script)], {
    cwd: root,
    env: { ...process.env, ...env, BENCH_RESULTS_DIR: out },
    timeout: 240_000,
    maxBuffer: 2 ** 26,
  });
  return stdout;
}
const table = (file: string): string => readFileSync(join(out, file), 'utf8');

describe('benchmarks run (smallest settings, results to a temporary folder)', { timeout: 300_000 }, () => {
  it('bench:get: one GET against node:http, over both transports, and the first GET of a fresh process', async () => {
    await bench('bench/get/run.mjs', {
      BENCH_ROUNDS: '1',
      BENCH_REQUESTS: '20',
      BENCH_WARMUP: '5',
      BENCH_CONCURRENCY: '2',
      BENCH_COLD: '1',
      BENCH_BEFORE_COMMIT: '',
      BENCH_CONTENDERS: 'http,ours-node,ours-fetch',
    });
    const md = table('get.md');
    for (const row of ['node:http, keep-alive agent', '`getImage`, Node transport', '`getImage`, fetch transport', 'first call (ms)']) expect(md).toContain(row);
  });

  it('bench:get-in-process: the transport alone and the whole SDK in one process', async () => {
    await bench('bench/get/in-process.mjs', { BENCH_ROUNDS: '1', BENCH_REQUESTS: '20', BENCH_WARMUP: '20', BENCH_CONCURRENCY: '2', BENCH_FETCH: '1' });
    const md = table('get-in-process.md');
    for (const row of ['| http |', '| transport |', '| sdk |', '| fetch |', '| fetch-timeout |', '| sdk-fetch |']) expect(md).toContain(row);
  });

  it('bench:get-fetch: the fetch transport against raw fetch under Node, Deno and Bun', async () => {
    await bench('bench/get/fetch-runtimes.mjs', { BENCH_ROUNDS: '1', BENCH_REQUESTS: '20', BENCH_WARMUP: '20', BENCH_CONCURRENCY: '2' });
    const md = table('get-fetch.md');
    const lines = md.split('\n');
    for (const runtime of ['| node ', '| deno ', '| bun '])
      for (const row of ['raw `fetch` + `res.json()`', 'raw fetch, 30 s timeout', '`getImage`, fetch transport'])
        expect([runtime, row, lines.some((line) => line.startsWith(runtime) && line.includes(` | ${row} | `))]).toEqual([runtime, row, true]);
    expect(md).not.toContain('Not installed here');
  });

  it('bench:get-instructions: the instructions of one GET, counted by callgrind, against node:http', async () => {
    await bench('bench/get/instructions.mjs', { BENCH_CONTENDERS: 'http,ours-node,ours-fetch', BENCH_CONCURRENCY: '2', BENCH_WARMUP: '5', BENCH_CALLS: '5,25' });
    const rows = JSON.parse(table('get-instructions.json')).rows as { contender: string; perCall: Record<string, number>; perHttp: Record<string, number> }[];
    expect(rows.map((r) => r.contender)).toEqual(['http', 'ours-node', 'ours-fetch']);
    // A GET is at least tens of thousands of instructions in any of them (a count that went wrong is 0, negative or NaN).
    for (const r of rows) expect([r.contender, r.perCall['2']! > 10_000]).toEqual([r.contender, true]);
    expect(table('get-instructions.md')).toContain('| @imgur-ts `getImage`, fetch transport | ');
  });

  it('bench:upload-buffer: a Buffer upload next to node:http writing the same body', async () => {
    await bench('bench/upload-buffer/run.mjs', {
      BENCH_RUNS: '1',
      BENCH_MB: '1',
      BENCH_REPEAT: '1',
      BENCH_CONCURRENCY: '1',
      BENCH_CLIENTS: 'ours-node,http-buffer',
      BENCH_OLD_COMMIT: '',
    });
    expect(JSON.parse(table('upload-buffer.json'))).toBeTypeOf('object');
    expect(table('upload-buffer.md')).toMatch(/\|.*MB\/s/);
  });

  it('bench:paginate: paginate against a hand loop', async () => {
    await bench('bench/paginate/run.mjs', { BENCH_ROUNDS: '1', PAGES: '20' });
    expect(JSON.parse(table('paginate.json')).pages).toBe(20);
    expect(table('paginate.md')).toContain('paginate');
  });

  it('bench:cold-start: import and first call against node:http', async () => {
    await bench('bench/cold-start/run.mjs', { BENCH_RUNS: '1' });
    expect(table('cold-start.md')).toContain('node:http');
  });

  it('bench:converter: the converter over the corpus with its measures (the peers need their own npm install)', async () => {
    await bench('bench/converter/run.mjs', {
      BENCH_CONVERTERS: 'ours',
      BENCH_RUNS: '1',
      BENCH_ROUNDS: '1',
      BENCH_FRESH_ROUNDS: '1',
      BENCH_STEADY_WARMUP: '1',
      BENCH_STEADY_PASSES: '1',
    });
    const md = table('converter.md');
    for (const row of [
      'crashes',
      'requests kept',
      'saved examples kept',
      'median CPU ms',
      'steady state, median CPU ms per collection',
      'fresh process, median CPU ms of import + first conversion',
    ])
      expect(md).toContain(row);
  });
});
