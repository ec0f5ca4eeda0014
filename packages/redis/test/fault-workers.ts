import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** What a fault worker reports: every call (`[start ms, 1 | 0, error name]`), the refresh tokens its onTokens got, and deep dumps of the errors it saw. */
export interface FaultResult {
  readonly calls: readonly [at: number, ok: 0 | 1, name?: string][];
  readonly tokens: readonly string[];
  readonly dumps: readonly string[];
}

/** A long-lived worker process (test/fault-worker.mjs over the built packages). */
export interface FaultWorker {
  readonly child: ChildProcess;
  /** Starts a client with `config` calling in loops. */
  run(config: Record<string, unknown>): Promise<void>;
  /** Stops the loops and returns what the client saw. */
  stop(): Promise<FaultResult>;
}

const script = fileURLToPath(new URL('./fault-worker.mjs', import.meta.url));

/** Forks a fault worker; resolves once it is ready. */
export async function startFaultWorker(): Promise<FaultWorker> {
  const child = fork(script, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const next = (type: string): Promise<Record<string, unknown>> =>
    new Promise((resolve, reject) => {
      const onMessage = (m: { type: string }): void => {
        if (m.type !== type) return;
        child.off('exit', onExit);
        child.off('message', onMessage);
        resolve(m);
      };
      const onExit = (code: number | null, signal: string | null): void => reject(new Error(`fault worker exited (${code ?? signal}) waiting for ${type}`));
      child.on('message', onMessage);
      child.once('exit', onExit);
    });
  await next('ready');
  return {
    child,
    async run(config) {
      const running = next('running');
      child.send({ type: 'run', config });
      await running;
    },
    async stop() {
      const result = next('result');
      child.send({ type: 'stop' });
      return (await result) as unknown as FaultResult;
    },
  };
}

/** Ends a fault worker: asks it to exit, and kills it by its pid if it still runs after 2 s. */
export async function endFaultWorker(worker: FaultWorker): Promise<void> {
  const { child } = worker;
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((done) => child.once('exit', done));
  if (child.connected) child.send({ type: 'exit' });
  const timer = setTimeout(() => child.exitCode === null && child.signalCode === null && process.kill(child.pid!, 'SIGKILL'), 2000);
  await exited;
  clearTimeout(timer);
}
