// One client of `pnpm bench:compare` in its own process (started by run.mjs
// with --expose-gc), so no client shares JIT state, inline caches or garbage
// with another, as in a real app that uses one of them.
// argv: <raw|raw-timeout|ours|imgur> <server url>. Messages in: { op, requests, concurrency,
// warmup } -> LatencyStats (or { error }); { exit: true } ends the process.
// On start it sends { ready: true, names: { get, upload }, imgurVersion }.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [which, url] = process.argv.slice(2);
const root = new URL('../..', import.meta.url).pathname;
const qualityDir = join(root, 'packages/quality');
const require = createRequire(join(qualityDir, 'package.json'));
const load = async (name) => import(pathToFileURL(require.resolve(name)).href);
const mod = (file) => import(pathToFileURL(join(qualityDir, 'dist', file)).href);
const q = Object.assign({}, ...(await Promise.all(['run-load.js', 'fixed-server.js', 'example-app.js', 'find-upload-export.js'].map(mod))));

// A 16 KB PNG-headed payload as a Buffer (what fs.readFile gives): the SDKs take it as is, a raw fetch wraps it in a Blob for FormData.
const png = Buffer.concat([Buffer.from(q.PNG_1X1_BASE64, 'base64'), Buffer.alloc(16 * 1024 - 95)]);
const clientId = 'bench-client-id';
const check = (id) => {
  if (id !== q.FIXED_IMAGE.id) throw new Error(`unexpected answer: ${JSON.stringify(id)}`);
};

async function setup() {
  if (which === 'raw' || which === 'raw-timeout') {
    // A hand-written fetch call; with `raw-timeout`, plus what a timeout needs
    // in fetch: an AbortController per call, a timer and the signal.
    const headers = { Authorization: `Client-ID ${clientId}` };
    const send = async (path, init = {}) => {
      const controller = which === 'raw-timeout' ? new AbortController() : undefined;
      const timer = controller && setTimeout(() => controller.abort(), 30_000);
      try {
        const res = await fetch(`${url}${path}`, controller ? { ...init, headers, signal: controller.signal } : { ...init, headers });
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        check((await res.json()).data.id);
      } finally {
        clearTimeout(timer);
      }
    };
    const name = which === 'raw' ? 'raw fetch' : 'raw fetch + 30 s timeout';
    return {
      names: { get: name, upload: name },
      get: () => send('/3/image/mAg88Rl'),
      upload: () => {
        const form = new FormData();
        form.append('image', new Blob([png], { type: 'image/png' }), 'bench.png');
        form.append('title', 'bench');
        return send('/3/upload', { method: 'POST', body: form });
      },
    };
  }
  if (which === 'ours') {
    // Default client (retries on, timeouts on), resource functions.
    const { createImgurClient } = await load('@imgur-ts/core');
    const image = await load('@imgur-ts/image');
    const uploadName = q.findUploadExport(image);
    const ours = createImgurClient({ clientId, baseUrl: url });
    return {
      names: { get: '@imgur-ts/image getImage', upload: `@imgur-ts/image ${uploadName}` },
      get: async () => check((await image.getImage(ours, { imageHash: 'mAg88Rl' })).id),
      upload: async () => check((await image[uploadName](ours, { image: png, title: 'bench' })).id),
    };
  }
  const { ImgurClient } = await load('imgur');
  const version = JSON.parse(readFileSync(join(require.resolve('imgur').replace(/dist\/.*$/, ''), 'package.json'), 'utf8')).version;
  // imgur 2.5.0 has no base-URL option; its axios instance is the documented escape hatch (`request()` uses it).
  const theirs = new ImgurClient({ clientId });
  theirs.fetcher.defaults.baseURL = url;
  return {
    names: { get: `imgur ${version} getImage`, upload: `imgur ${version} upload` },
    imgurVersion: version,
    get: async () => check((await theirs.getImage('mAg88Rl')).data.id),
    upload: async () => check((await theirs.upload({ image: png, title: 'bench' })).data.id),
  };
}

const client = await setup();
process.on('message', async (msg) => {
  if (msg.exit) process.exit(0);
  try {
    const stats = await q.runLoad(client[msg.op], { requests: msg.requests, concurrency: msg.concurrency, warmup: msg.warmup, gc: globalThis.gc });
    process.send({ stats });
  } catch (e) {
    process.send({ error: String(e?.stack ?? e) });
  }
});
process.send({ ready: true, names: client.names, imgurVersion: client.imgurVersion });
