import { spawn } from 'node:child_process';

/**
 * Runs `node --expose-gc <args>` and resolves with the JSON it prints on
 * stdout; rejects on a non-zero exit (a crash, with its stderr) or after
 * `timeoutMs` (default 60 s; the child is killed by its pid). For measurements that need a process of their own.
 */
export function runJsonChild<T>(args: readonly string[], timeoutMs = 60_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--expose-gc', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    proc.stdout.on('data', (c: Buffer) => (out += c));
    proc.stderr.on('data', (c: Buffer) => (err += c));
    const timer = setTimeout(() => process.kill(proc.pid!), timeoutMs);
    proc.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(JSON.parse(out) as T);
      else reject(new Error(`child exited with ${code}: ${err}`));
    });
  });
}
