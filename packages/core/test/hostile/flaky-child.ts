// Run in its own process by flaky-server.test.ts (bundled with esbuild): a
// flaky server on 127.0.0.1 (node:net, see flaky-kinds.ts) and clients on the
// node:http transport, the fetch transport and the browser build's fetch
// transport, making `calls` calls that rotate through every kind (one in four a
// POST whose `onProgress` and logger throw), plus one `uploadBatch` per
// transport. Prints as JSON: outcomes per want and error name, violations,
// uncaught exceptions, unhandled rejections, calls unsettled after 30 s and
// server sockets still open once the clients are closed.
import { globalAgent } from 'node:http';
import { createServer, type Socket } from 'node:net';
import { createClientWith } from '../../src/client/create-client.js';
import { createImgurClient as createFetchClient } from '../../src/client/create-client.js';
import { createImgurClient as createNodeClient } from '../../src/client/create-client-node.js';
import { defineOperation } from '../../src/client/define-operation.js';
import { ImgurError } from '../../src/errors/imgur-error.js';
import { uploadBatch } from '../../src/operations/upload-batch.js';
import { browserFetchTransport } from '../../src/transport/fetch-transport-browser.js';
import type { ImgurClientOptions } from '../../src/types/client-options.js';
import { DATA, KINDS } from './flaky-kinds.js';
import { serveRequests } from './flaky-requests.js';

const calls = Number(process.argv[2]);
const events = { uncaught: [] as string[], unhandled: [] as string[] };
process.on('uncaughtException', (e) => events.uncaught.push(String(e?.stack ?? e)));
process.on('unhandledRejection', (e) => events.unhandled.push(String((e as Error)?.stack ?? e)));

const names = Object.keys(KINDS);
let uploads = 0;
// Open server sockets, and whether the last answer on each left it reusable.
const open = new Map<Socket, boolean>();
// The last kind answered on each socket, to name what a socket left open had been sent.
const lastKind = new Map<Socket, string>();
const server = createServer((socket) => {
  // A connection that has carried no answer yet counts as reusable: under load a pool may connect for a request
  // that timed out before it was written, and keep the idle socket (closed with the pools below, which `open` checks).
  open.set(socket, true);
  socket.setNoDelay(true);
  socket.on('close', () => open.delete(socket)).on('error', () => {});
  serveRequests(socket, (path) => {
    // The kind is in the path; uploads (POST /3/upload) rotate through the kinds.
    const name = /\/k\/([^/?]+)/.exec(path)?.[1] ?? names[uploads++ % names.length]!;
    const kind = KINDS[name]!;
    lastKind.set(socket, name);
    open.set(socket, !!kind.reusable);
    kind.write(socket);
  });
});
/** Server sockets open (of those whose last answer was not reusable, with `broken`), after waiting up to 2 s for them to close. */
const stillOpen = async (broken: boolean): Promise<number> => {
  const count = () => [...open.values()].filter((reusable) => !broken || !reusable).length;
  for (let waited = 0; count() && waited < 2_000; waited += 50) await new Promise((done) => setTimeout(done, 50));
  return count();
};
await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
const baseUrl = `http://127.0.0.1:${(server.address() as { port: number }).port}`;

let warned = 0;
const broken = (): never => {
  throw new Error('logger is broken');
};
const logger = {
  debug: broken,
  info: broken,
  warn: broken,
  error: (_event: unknown, message: string) => {
    if (message.includes('onProgress threw')) warned++;
    broken();
  },
};
const options: ImgurClientOptions = { baseUrl, clientId: 'client-id-0123456789', retries: 0, timeoutMs: 20_000, maxResponseBytes: 16 * 1024, logger, logLevel: 'debug' };
const clients = {
  'node:http': createNodeClient(options),
  fetch: createFetchClient(options),
  'browser-fetch': createClientWith(options, browserFetchTransport),
};
const get = defineOperation<{ kind: string; n: number }, unknown>({
  id: 'flaky.get',
  method: 'GET',
  path: '/k/{kind}/{n}',
  pathParams: ['kind', 'n'],
  security: ['clientId'],
  envelope: true,
});
const post = defineOperation<{ kind: string; n: number; title: string }, unknown>({
  id: 'flaky.post',
  method: 'POST',
  path: '/k/{kind}/{n}',
  pathParams: ['kind', 'n'],
  security: ['clientId'],
  body: { encoding: 'form', fields: ['title'] },
  envelope: true,
});
const throwing = (): void => {
  throw new Error('onProgress is broken');
};

const outcomes: Record<string, number> = {};
const violations: string[] = [];
const count = (key: string): void => void (outcomes[key] = (outcomes[key] ?? 0) + 1);
let unsettled = 0;
let next = 0;
// Five calls of each of node:http and fetch for one of the browser build's transport.
const transports = [...Array.from({ length: 10 }, (_, i) => (i % 2 ? 'fetch' : 'node:http')), 'browser-fetch'] as const;
const started = performance.now();

const one = async (n: number): Promise<void> => {
  const transport = transports[n % transports.length]!;
  const kind = names[Math.floor(n / transports.length) % names.length]!;
  const { want, timeoutMs } = KINDS[kind]!;
  const call =
    n % 4 === 3 ? post(clients[transport], { kind, n, title: 'x'.repeat(100) }, { onProgress: throwing, timeoutMs }) : get(clients[transport], { kind, n }, { timeoutMs });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<'late'>((done) => (timer = setTimeout(() => done('late'), 30_000)));
  const result = await Promise.race([call.asResult(), late]);
  clearTimeout(timer);
  if (result === 'late') return void unsettled++;
  const { data, error } = result;
  count(`${transport} ${want} ${error ? error.name : 'ok'}`);
  if (error && !(error instanceof ImgurError)) violations.push(`${transport} ${kind}: not an ImgurError: ${String(error)}`);
  if (!error && want === 'broken') violations.push(`${transport} ${kind}: succeeded`);
  if (error && want === 'valid') violations.push(`${transport} ${kind}: ${error.message}`);
  if (!error && JSON.stringify(data) !== JSON.stringify(DATA) && !(want === 'either' && data === undefined)) violations.push(`${transport} ${kind}: other data`);
};
// 64 calls in flight at once.
await Promise.all(
  Array.from({ length: 64 }, async () => {
    while (next < calls) await one(next++);
  }),
);

const batches: Record<string, number> = {};
for (const transport of Object.keys(clients) as (keyof typeof clients)[]) {
  const items = Array.from({ length: 20 }, (_, i) => new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, i]));
  const { results } = await uploadBatch(clients[transport], items, { concurrency: 4, onProgress: throwing });
  for (const r of results) batches[`${transport} ${r.status}`] = (batches[`${transport} ${r.status}`] ?? 0) + 1;
  if (results.length !== items.length || results.some((r) => r.status !== 'uploaded' && !(r.error instanceof ImgurError)))
    violations.push(`${transport} uploadBatch: an item unaccounted for`);
}
const ms = Math.round(performance.now() - started);

// Every call has settled: a socket still open after an answer that was not reusable was left behind by a client; and
// once the clients' pools are closed (the node:http transport's global agent, fetch's dispatcher), no socket may stay.
const brokenOpen = await stillOpen(true);
const brokenOpenKinds = [...open].filter(([, reusable]) => !reusable).map(([socket]) => lastKind.get(socket) ?? 'no request read');
const inUse = Object.values(globalAgent.sockets).flat().length;
globalAgent.destroy();
await (globalThis as Record<symbol, { close(): Promise<void> } | undefined>)[Symbol.for('undici.globalDispatcher.1')]?.close();
const left = await stillOpen(false);
server.close();
process.stdout.write(
  JSON.stringify({
    calls,
    ms,
    outcomes,
    batches,
    warned,
    violations: violations.slice(0, 20),
    violationCount: violations.length,
    ...events,
    unsettled,
    brokenOpen,
    brokenOpenKinds,
    inUse,
    open: left,
    kinds: names.length,
  }),
);
process.exit(0);
