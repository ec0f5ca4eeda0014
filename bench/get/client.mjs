// One contender of `pnpm bench:get` in its own process (forked by run.mjs with --expose-gc):
// argv <contender> <server url>. Messages in: { requests, concurrency, warmup } -> { stats } (LatencyStats of
// packages/quality's runLoad: req/s, p50/p99, CPU µs per call) or { error }; { exit: true } ends the process.
// Every call fetches `GET /3/image/{id}`, parses the JSON and checks the image's id (contenders.mjs). No socket may
// leave 127.0.0.1.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { onlyLoopback } from '../lib/local-only.mjs';
import { contender } from './contenders.mjs';

const [which, url] = process.argv.slice(2);
const root = new URL('../..', import.meta.url).pathname;
const { runLoad } = await import(pathToFileURL(join(root, 'packages/quality/dist/run-load.js')).href);
onlyLoopback('bench:get');
// Gone with the parent, however it ended.
process.on('disconnect', () => process.exit(0));

try {
  const task = await contender(which, url);
  process.on('message', async (msg) => {
    if (msg.exit) process.exit(0);
    try {
      // BENCH_FULL_GC: "0" (default) no forced collection, the process collects its own garbage as an app does;
      // "before" a forced full collection before each run, not counted; "1" one before and one after, the latter
      // counted. A forced collection throws away the code V8 optimised: for about the next 2,000 calls a GET runs
      // mostly unoptimised, at about 3 times its steady CPU cost, so those modes measure a client's cold code.
      const mode = process.env.BENCH_FULL_GC ?? '0';
      if (mode === 'before') globalThis.gc();
      const gc = mode === '1' ? globalThis.gc : undefined;
      process.send({ stats: await runLoad(task, { requests: msg.requests, concurrency: msg.concurrency, warmup: msg.warmup, gc }) });
    } catch (e) {
      process.send({ error: String(e?.stack ?? e) });
    }
  });
  process.send({ ready: true });
} catch (e) {
  process.send({ error: String(e?.stack ?? e) });
}
