import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { freePort } from './free-port.js';
import { verdaccioConfig } from './verdaccio-config.js';

/** A running local registry. */
export interface LocalRegistry {
  /** Base URL with a trailing slash, e.g. `http://127.0.0.1:40123/`. */
  url: string;
  /** Process id of the Verdaccio server. */
  pid: number;
  /** Stops the server by its pid (SIGTERM, then SIGKILL after 5 s) and waits for it to exit. */
  stop(): Promise<void>;
}

/** The path of Verdaccio's executable script, from this package's dependencies. */
export function verdaccioBin(): string {
  const require = createRequire(import.meta.url);
  const pkgFile = require.resolve('verdaccio/package.json');
  const bin = (require(pkgFile) as { bin: Record<string, string> | string }).bin;
  const rel = typeof bin === 'string' ? bin : bin.verdaccio;
  if (!rel) throw new Error(`verdaccio: no "verdaccio" bin in ${pkgFile}`);
  return join(dirname(pkgFile), rel);
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const done = exited(child);
  process.kill(child.pid, 'SIGTERM');
  const timer = setTimeout(() => {
    if (child.exitCode === null && child.signalCode === null && child.pid !== undefined) process.kill(child.pid, 'SIGKILL');
  }, 5_000);
  await done;
  clearTimeout(timer);
}

async function waitForPing(url: string, child: ChildProcess, log: () => string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`verdaccio exited (${child.exitCode ?? child.signalCode}) before answering ${url}-/ping:\n${log()}`);
    }
    try {
      const res = await fetch(`${url}-/ping`, { signal: AbortSignal.timeout(1_000) });
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`verdaccio did not answer ${url}-/ping within ${timeoutMs} ms:\n${log()}`);
}

/**
 * Starts Verdaccio on 127.0.0.1 on a free port with its storage and users in
 * `dir` (see {@link verdaccioConfig}: no uplinks) and resolves once it
 * answers `/-/ping`. Retries on another port when the chosen one was taken;
 * with `port` (not 0) uses that one only and fails when it is taken.
 */
export async function startRegistry(dir: string, opts: { timeoutMs?: number; port?: number } = {}): Promise<LocalRegistry> {
  mkdirSync(join(dir, 'storage'), { recursive: true });
  const config = join(dir, 'config.yaml');
  writeFileSync(config, verdaccioConfig({ storage: join(dir, 'storage'), htpasswd: join(dir, 'htpasswd') }));
  let lastError: unknown;
  const fixed = opts.port !== undefined && opts.port !== 0;
  for (let attempt = 0; attempt < (fixed ? 1 : 3); attempt++) {
    const port = fixed ? (opts.port as number) : await freePort();
    const url = `http://127.0.0.1:${port}/`;
    const child = spawn(process.execPath, [verdaccioBin(), '--config', config, '--listen', `127.0.0.1:${port}`], {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NODE_OPTIONS: '' },
    });
    let output = '';
    const collect = (b: Buffer) => {
      output = (output + b.toString()).slice(-8_000);
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    try {
      await waitForPing(url, child, () => output, opts.timeoutMs ?? 30_000);
      const pid = child.pid;
      if (pid === undefined) throw new Error('verdaccio: no pid');
      // A caller that ends without stop() (a test runner giving up on a timed-out test) still stops it.
      const onExit = () => {
        if (child.exitCode === null && child.signalCode === null) process.kill(pid, 'SIGTERM');
      };
      process.once('exit', onExit);
      return {
        url,
        pid,
        stop: async () => {
          process.off('exit', onExit);
          await stopChild(child);
        },
      };
    } catch (e) {
      lastError = e;
      await stopChild(child);
      if (!/EADDRINUSE/.test(output)) break;
    }
  }
  throw lastError instanceof Error ? lastError : new Error(String(lastError));
}
