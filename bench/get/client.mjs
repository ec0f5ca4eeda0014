// One contender of `pnpm bench:get` in its own process (forked by run.mjs with --expose-gc):
// argv <contender> <server url>. Messages in: { requests, concurrency, warmup } -> { stats } (LatencyStats of
// packages/quality's runLoad: req/s, p50/p99, CPU µs per call) or { error }; { exit: true } ends the process.
// Every call fetches `GET /3/image/{id}`, parses the JSON and checks the image's id. No socket may leave 127.0.0.1.
import { request as httpRequest, Agent } from 'node:http';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { localImgur, onlyLoopback } from '../lib/local-only.mjs';

const [which, url] = process.argv.slice(2);
const root = new URL('../..', import.meta.url).pathname;
const require = createRequire(join(root, 'packages/quality/package.json'));
const load = async (name) => import(pathToFileURL(require.resolve(name)).href);
const { runLoad } = await import(pathToFileURL(join(root, 'packages/quality/dist/run-load.js')).href);
onlyLoopback('bench:get');
// Gone with the parent, however it ended.
process.on('disconnect', () => process.exit(0));

const ID = 'bEnChGeT';
const clientId = 'bench-client-id';
const check = (id) => {
  if (id !== ID) throw new Error(`unexpected answer: ${JSON.stringify(id)}`);
};
const GET_IMAGE = { id: 'image.getImage', method: 'GET', path: '/3/image/{imageHash}', security: ['clientId'], pathParams: ['imageHash'], envelope: true };

async function setup() {
  if (which === 'http') {
    // No SDK: node:http on a keep-alive agent, the body collected, parsed, its data taken.
    const agent = new Agent({ keepAlive: true });
    const headers = { authorization: `Client-ID ${clientId}` };
    return () =>
      new Promise((resolve, reject) => {
        const req = httpRequest(`${url}/3/image/${ID}`, { agent, headers }, (res) => {
          const chunks = [];
          res.on('data', (c) => chunks.push(c));
          res.on('error', reject);
          res.on('end', () => {
            try {
              if (res.statusCode !== 200) throw new Error(`HTTP ${res.statusCode}`);
              const { data } = JSON.parse(Buffer.concat(chunks).toString());
              check(data.id);
              resolve(data);
            } catch (e) {
              reject(e);
            }
          });
        });
        req.on('error', reject);
        req.end();
      });
  }
  if (which === 'fetch' || which === 'fetch-timeout') {
    // With `fetch-timeout`, plus what a 30 s timeout takes in fetch: an AbortController, its signal and a timer per call.
    const headers = { authorization: `Client-ID ${clientId}` };
    if (which === 'fetch-timeout')
      return async () => {
        const controller = new AbortController();
        const timer = setTimeout(() => controller.abort(), 30_000);
        try {
          const res = await fetch(`${url}/3/image/${ID}`, { headers, signal: controller.signal });
          if (!res.ok) throw new Error(`HTTP ${res.status}`);
          check((await res.json()).data.id);
        } finally {
          clearTimeout(timer);
        }
      };
    return async () => {
      const res = await fetch(`${url}/3/image/${ID}`, { headers });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      check((await res.json()).data.id);
    };
  }
  if (which === 'undici') {
    const { request } = await load('undici');
    const headers = { authorization: `Client-ID ${clientId}` };
    return async () => {
      const { statusCode, body } = await request(`${url}/3/image/${ID}`, { headers });
      if (statusCode !== 200) throw new Error(`HTTP ${statusCode}`);
      check((await body.json()).data.id);
    };
  }
  if (which === 'ours-node' || which === 'ours-fetch') {
    const { createImgurClient } = await load('@imgur-ts/core');
    const { getImage } = await load('@imgur-ts/image');
    const client = createImgurClient({ clientId, baseUrl: url, ...(which === 'ours-fetch' ? { fetch: (...a) => fetch(...a) } : {}) });
    return async () => check((await getImage(client, { imageHash: ID })).id);
  }
  if (which === 'before-node' || which === 'before-fetch') {
    // The core of the commit before this work, bundled by run.mjs; the same operation as @imgur-ts/image's getImage.
    const core = await import(pathToFileURL(process.env.BENCH_BEFORE_CORE).href);
    const client = core.createImgurClient({ clientId, baseUrl: url, ...(which === 'before-fetch' ? { fetch: (...a) => fetch(...a) } : {}) });
    const getImage = core.defineOperation(GET_IMAGE);
    return async () => check((await getImage(client, { imageHash: ID })).id);
  }
  if (which === 'imgur') {
    const { ImgurClient } = await load('imgur');
    const theirs = localImgur(ImgurClient, url, 'bench:get');
    return async () => {
      const res = await theirs.getImage(ID);
      if (!res.success) throw new Error(`imgur: ${res.status} ${JSON.stringify(res.data)}`);
      check(res.data.id);
    };
  }
  throw new Error(`unknown contender ${which}`);
}

try {
  const task = await setup();
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
