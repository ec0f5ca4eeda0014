// Smoke test of bench/load/run.mjs on a small run: it completes, reads every
// upload back, writes both result files and leaves no server behind.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';

const script = fileURLToPath(new URL('../../bench/load/run.mjs', import.meta.url));
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function run(env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string; out: string }> {
  const out = mkdtempSync(join(tmpdir(), 'bench-load-'));
  dirs.push(out);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script], { env: { ...process.env, BENCH_LOAD_OUT: out, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr, out }));
  });
}

function probe(url: string): Promise<string> {
  const { port, hostname } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname);
    socket.once('connect', () => {
      socket.destroy();
      resolve('connected');
    });
    socket.once('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? e.message));
  });
}

interface LoadResult {
  mockUrl: string;
  partial: boolean;
  completed: number;
  notStarted: number;
  config: { requests: number };
  latency: Record<string, { count: number; p50Ms: number | null; p99Ms: number | null }>;
  errors: { total: number };
  uploads: { total: number; beforeRun: number; inRun: number };
  verification: { ok: number; lost: unknown[]; mockImages: number; accountImageCount: number };
}

describe('bench/load/run.mjs', () => {
  test('a small run: every request answered, every upload read back, results written, mock stopped', async () => {
    const r = await run({ BENCH_LOAD_REQUESTS: '300', BENCH_LOAD_CONCURRENCY: '10' });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readdirSync(r.out).sort()).toEqual(['load.json', 'load.md']);
    const result = JSON.parse(readFileSync(join(r.out, 'load.json'), 'utf8')) as LoadResult;
    expect(result).toMatchObject({ partial: false, completed: 300, notStarted: 0, errors: { total: 0 } });
    const { overall, ...kinds } = result.latency;
    expect(Object.keys(kinds).sort()).toEqual(['getAccountImages', 'getAlbum', 'getImage', 'upload']);
    expect(Object.values(kinds).reduce((n, k) => n + k.count, 0)).toBe(300);
    expect(overall?.count).toBe(300);
    expect(overall?.p50Ms).toBeGreaterThan(0);
    expect(overall?.p99Ms).toBeGreaterThanOrEqual(overall?.p50Ms ?? Infinity);
    expect(result.uploads.inRun).toBe(kinds.upload?.count);
    expect(result.uploads.total).toBe(result.uploads.beforeRun + result.uploads.inRun);
    expect(result.verification).toMatchObject({ ok: result.uploads.total, lost: [], mockImages: result.uploads.total, accountImageCount: result.uploads.total });
    expect(readFileSync(join(r.out, 'load.md'), 'utf8')).toContain('**300 of 300 requests in ');
    expect(await probe(result.mockUrl)).toBe('ECONNREFUSED');
  });

  test('the time cap stops the run and reports it as partial', async () => {
    const r = await run({ BENCH_LOAD_REQUESTS: '1000000', BENCH_LOAD_TIME_LIMIT_S: '1' });
    expect(r.code).toBe(0);
    const result = JSON.parse(readFileSync(join(r.out, 'load.json'), 'utf8')) as LoadResult;
    expect(result.partial).toBe(true);
    expect(result.completed).toBeGreaterThan(0);
    expect(result.notStarted).toBeGreaterThan(0);
    expect(result.verification.lost).toEqual([]);
    expect(r.stdout).toContain('(PARTIAL: time cap)');
    expect(await probe(result.mockUrl)).toBe('ECONNREFUSED');
  });

  test('a bad setting exits 2 naming the variable and writes nothing', async () => {
    const r = await run({ BENCH_LOAD_CONCURRENCY: 'many' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('BENCH_LOAD_CONCURRENCY="many" must be an integer from 1 to 1000');
    expect(readdirSync(r.out)).toEqual([]);
  });
});
