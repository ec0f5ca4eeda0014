import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

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

/**
 * Bundles the test's child script `entry` (a path or file URL next to the test) into `outfile` with esbuild, as one
 * ESM file for Node 20, so `runJsonChild` can start it without a TypeScript loader.
 */
export async function bundleChild(entry: URL, outfile: string): Promise<void> {
  const { build } = await import('esbuild');
  await build({ entryPoints: [fileURLToPath(entry)], outfile, bundle: true, format: 'esm', platform: 'node', target: 'node20', logLevel: 'silent' });
}
