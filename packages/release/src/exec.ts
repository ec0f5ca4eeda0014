import { spawnSync } from 'node:child_process';

/** What {@link run} returns for a command that exited 0. */
export interface RunResult {
  stdout: string;
  stderr: string;
  /** Wall time of the command in milliseconds. */
  ms: number;
}

/** Options of {@link run}. */
export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Kill the command after this many milliseconds (default 5 minutes). */
  timeoutMs?: number;
  /** Text fed to the command's standard input (default: none, stdin closed). */
  input?: string;
}

/** The last `n` lines of a command's output, for error messages. */
function tail(text: string, n = 40): string {
  const lines = text.trimEnd().split('\n');
  return lines.slice(-n).join('\n');
}

/**
 * Runs a command to completion and returns its output. Throws an Error naming
 * the command, the folder, the exit status (or signal, or time-out) and the
 * last lines of its output when it does not exit 0.
 */
export function run(cmd: string, args: readonly string[], opts: RunOptions): RunResult {
  const t = Date.now();
  const r = spawnSync(cmd, args, {
    cwd: opts.cwd,
    env: opts.env ?? process.env,
    encoding: 'utf8',
    input: opts.input ?? '',
    timeout: opts.timeoutMs ?? 300_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = Date.now() - t;
  const stdout = r.stdout ?? '';
  const stderr = r.stderr ?? '';
  if (r.error || r.status !== 0) {
    const why = r.error
      ? (r.error as NodeJS.ErrnoException).code === 'ETIMEDOUT'
        ? `timed out after ${opts.timeoutMs ?? 300_000} ms`
        : r.error.message
      : r.signal
        ? `killed by ${r.signal}`
        : `exit ${r.status}`;
    throw new Error(`\`${[cmd, ...args].join(' ')}\` in ${opts.cwd} failed (${why}):\n${tail(`${stdout}\n${stderr}`)}`);
  }
  return { stdout, stderr, ms };
}
