import { spawn } from 'node:child_process';

/** What a finished child process printed, how it ended and how long it took. */
export interface ScriptRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
}

/**
 * Runs `command args` in `cwd` with exactly `env` (nothing inherited) and
 * collects its output. Kills it after `timeoutMs`.
 */
export function runScript(command: string, args: readonly string[], cwd: string, env: Record<string, string>, timeoutMs: number): Promise<ScriptRun> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(new Error(`could not start ${command}: ${err.message}`));
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ms: Math.round(performance.now() - started) });
    });
  });
}

/** Parses the last non-empty line of `stdout` as JSON; throws with the output when it is not. */
export function lastJsonLine(run: ScriptRun): unknown {
  const line = run.stdout.trimEnd().split('\n').at(-1) ?? '';
  try {
    return JSON.parse(line);
  } catch {
    throw new Error(`expected a JSON line, exit ${run.code}\nstdout: ${run.stdout}\nstderr: ${run.stderr}`);
  }
}
