import { spawn } from 'node:child_process';
import { connect } from 'node:net';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const examples = fileURLToPath(new URL('..', import.meta.url));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runDemo(env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['run-demo.mjs'], { cwd: examples, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Resolves to the connect error code, or 'connected' when something still listens. */
function probe(port: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve('connected');
    });
    socket.once('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? e.message));
  });
}

/** The detail lines printed under the step line `✓ n. …`. */
function detail(stdout: string, n: number): string {
  const m = new RegExp(`^✓ ${n}\\. .*\\n((?: {5}.*\\n)+)`, 'm').exec(stdout);
  if (!m?.[1]) throw new Error(`no detail lines for step ${n} in:\n${stdout}`);
  return m[1];
}

describe('pnpm demo', () => {
  test('runs every quickstart step against a fresh mock, prints real values and closes the port', async () => {
    const run = await runDemo();
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const port = Number(/^mock server listening on http:\/\/127\.0\.0\.1:(\d+)$/m.exec(run.stdout)?.[1]);
    expect(port).toBeGreaterThan(0);

    const steps = [...run.stdout.matchAll(/^([✓✗]) (\d+)\. /gm)];
    expect(steps.map((s) => s[1]).every((mark) => mark === '✓')).toBe(true);
    expect(steps.map((s) => Number(s[2]))).toEqual(Array.from({ length: 14 }, (_, i) => i + 1));
    expect(run.stdout).toContain(`quickstart finished: ${steps.length} steps ok`);

    // the anonymous image's id threads through upload, get, update, delete and the 404
    const id = /^ {5}id ([A-Za-z0-9]+), image\/png 3x2, (\d+) bytes, deletehash \S+…\S+ \(15 chars\)$/m.exec(detail(run.stdout, 2));
    expect(id?.[1]).toMatch(/^[A-Za-z0-9]{7}$/);
    expect(detail(run.stdout, 3)).toContain(`id ${id?.[1]} title "quickstart" at http://127.0.0.1:${port}/i/${id?.[1]}.png (same ${id?.[2]} bytes)`);
    expect(detail(run.stdout, 4)).toContain(`id ${id?.[1]} title is now "quickstart (renamed)"`);
    expect(detail(run.stdout, 5)).toContain(`id ${id?.[1]} deleted`);
    expect(detail(run.stdout, 12)).toMatch(new RegExp(`throws ImgurApiError 404: .*Unable to find an image with the id, ${id?.[1]}\\n.*error: ImgurApiError 404`));

    const albumLine = /album ([A-Za-z0-9]{7}) holds ([A-Za-z0-9]{7}) "blue", ([A-Za-z0-9]{7}) "green"/.exec(detail(run.stdout, 6));
    expect(albumLine).not.toBeNull();
    expect(detail(run.stdout, 7)).toContain('3 pages of 2 + 2 + 1 = 5 distinct images');
    expect(detail(run.stdout, 8)).toContain(`${albumLine?.[2]}: favorited`);
    expect(detail(run.stdout, 10)).toContain(`${albumLine?.[2]} in the gallery: 1 up, 0 down`);
    expect(detail(run.stdout, 11)).toMatch(/an upload cost 10 credits; POST budget \d+\/1250/);
    expect(detail(run.stdout, 14)).toContain(`HTTP 200 then 304, same image ${albumLine?.[2]} "blue"`);

    // the refresh is shown redacted: neither the seed tokens nor the new ones appear whole
    const rotation = /access (\S+) \(17 chars\) → (\S+) \((\d+) chars\), refresh (\S+) \(18 chars\) → (\S+) \((\d+) chars\)/.exec(detail(run.stdout, 13));
    expect(rotation?.[1]).toBe('mock…en');
    expect(rotation?.[2]).not.toBe(rotation?.[1]);
    // Imgur's refresh tokens stay valid after use, and the mock answers the same one back, as Imgur does.
    expect(rotation?.[5]).toBe(rotation?.[4]);
    expect(run.stdout).not.toContain('mock-access-token');
    expect(run.stdout).not.toContain('mock-refresh-token');

    expect(run.stdout).toContain(`mock server on port ${port} closed`);
    expect(await probe(port)).toBe('ECONNREFUSED');
  });

  test('a failing step exits 1 naming the step, and the mock is still closed', async () => {
    const run = await runDemo({ IMGUR_CLIENT_ID: 'not-a-registered-client' });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^✓ 1\. client with a Client-ID$/m);
    expect(run.stdout).toMatch(/^✗ 2\. anonymous upload from bytes: .*403.*Invalid client_id/m);
    expect(run.stderr).toMatch(/^demo failed: step 2 \(anonymous upload from bytes\) failed: /m);
    const port = Number(/listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(run.stdout)?.[1]);
    expect(run.stdout).toContain(`mock server on port ${port} closed`);
    expect(await probe(port)).toBe('ECONNREFUSED');
  });
});
