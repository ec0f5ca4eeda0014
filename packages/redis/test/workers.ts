import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** One worker process (test/worker.mjs over the built packages). */
export interface Worker {
  readonly child: ChildProcess;
  /** Starts its scenario. */
  go(): void;
  /** Ends a `loop` scenario after the call in flight. */
  stop(): void;
  /** Its result message; rejects when it exits first. */
  readonly result: Promise<WorkerResult>;
}

/** The result message of a worker. */
export interface WorkerResult {
  readonly results: readonly { ok: boolean; data?: unknown; name?: string; message?: string; budget?: boolean; cost?: number; ms: number; at?: number }[];
  readonly onTokens?: number;
}

const script = fileURLToPath(new URL('./worker.mjs', import.meta.url));

/** Forks a worker and resolves once it is connected and waiting for `go`. */
export async function startWorker(config: Record<string, unknown>): Promise<Worker> {
  const child = fork(script, [JSON.stringify(config)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  let ready!: () => void;
  const isReady = new Promise<void>((r) => (ready = r));
  const result = new Promise<WorkerResult>((resolve, reject) => {
    child.on('message', (m: { type: string } & WorkerResult) => (m.type === 'ready' ? ready() : m.type === 'result' && resolve(m)));
    child.once('exit', (code, signal) => reject(new Error(`worker ${String(config.id)} exited (${code ?? signal}) before its result`)));
  });
  result.catch(() => undefined);
  await Promise.race([isReady, result]);
  return { child, go: () => child.send('go'), stop: () => child.send('stop'), result };
}

/** Kills a worker by its pid, if it still runs. */
export function stopWorker(worker: Worker | undefined): void {
  if (worker?.child.exitCode === null && worker.child.signalCode === null) process.kill(worker.child.pid!, 'SIGKILL');
}
