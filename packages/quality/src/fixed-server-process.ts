import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** A fixed-response server running in a child process. */
export interface FixedServerProcess {
  readonly url: string;
  /** Process id of the child (for pinning it to a CPU in benchmarks). */
  readonly pid: number;
  /** Stops the child process and resolves when it has exited. */
  close(): Promise<void>;
}

/**
 * Starts `startFixedServer` in a child Node process (so the server's work is
 * not counted in the caller's CPU time or event loop) and resolves with its
 * URL once it listens. Rejects when the child exits or prints no URL in 10 s.
 */
export function startFixedServerProcess(): Promise<FixedServerProcess> {
  // Next to this file in dist/; from the TypeScript sources (tests), the built copy.
  const beside = new URL('./fixed-server.js', import.meta.url);
  const modUrl = (existsSync(fileURLToPath(beside)) ? beside : new URL('../dist/fixed-server.js', import.meta.url)).href;
  const code = `const { startFixedServer } = await import(${JSON.stringify(modUrl)}); const s = await startFixedServer(); console.log(s.url); process.on('SIGTERM', () => s.close().then(() => process.exit(0)));`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', code], { stdio: ['ignore', 'pipe', 'inherit'], cwd: fileURLToPath(new URL('.', import.meta.url)) });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error('startFixedServerProcess: no URL from the server process within 10 s'));
    }, 10_000);
    child.once('exit', (status) => {
      clearTimeout(timer);
      reject(new Error(`startFixedServerProcess: the server process exited (${String(status)})`));
    });
    child.stdout.once('data', (chunk: Buffer) => {
      clearTimeout(timer);
      child.removeAllListeners('exit');
      const url = chunk.toString().trim();
      resolve({
        url,
        pid: child.pid!,
        close: () =>
          new Promise<void>((done) => {
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    });
  });
}
