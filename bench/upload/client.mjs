// One upload of `pnpm bench:upload` in a fresh process (forked by run.mjs with --expose-gc), so that its peak
// RSS is its own: argv <client> <file> <server url> [<warm-up file>]. Loads the client, uploads the small
// warm-up file once (so lazily loaded code, e.g. undici for fetch, and the first socket are in the baseline),
// collects garbage, takes the baseline RSS, then uploads <file> once while sampling RSS every 2 ms, and sends
// { result } to the parent (or { error }), then exits.
// Peak RSS growth is measured two ways: `sampled` is the highest process.memoryUsage().rss seen by the 2 ms
// sampler (and once at the end) minus the baseline (it can miss a spike shorter than a sample interval, or
// one during which the event loop is blocked); `maxRss` is process.resourceUsage().maxRSS (the kernel's
// high-water mark of the whole process, so it cannot miss a spike) minus the baseline: an upper bound,
// which includes any higher RSS reached before the baseline (start-up, the warm-up upload).
// No request may leave 127.0.0.1: every socket connect is checked (and the `imgur` package's two axios
// instances are pointed at the server and guarded as well).
import { createReadStream, openAsBlob, readFileSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import net from 'node:net';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [which, file, url, warmFile] = process.argv.slice(2);
const root = new URL('../..', import.meta.url).pathname;
const qualityDir = join(root, 'packages/quality');
const require = createRequire(join(qualityDir, 'package.json'));
const load = async (name) => import(pathToFileURL(require.resolve(name)).href);
const clientId = 'bench-client-id';

// The guard: a connection to anything but 127.0.0.1 throws before it is made.
const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function guarded(...args) {
  const o = Array.isArray(args[0]) ? args[0][0] : args[0];
  const host = typeof o === 'object' && o !== null ? (o.path ? 'unix' : (o.host ?? 'localhost')) : typeof args[1] === 'string' ? args[1] : 'localhost';
  if (host !== '127.0.0.1') throw new Error(`bench:upload: refused a connection to ${host} (only 127.0.0.1 is allowed)`);
  return connect.apply(this, args);
};

/** Throws unless the server's answer is the upload envelope. */
const check = (id) => {
  if (id !== 'bEnChUp') throw new Error(`unexpected answer: ${JSON.stringify(id)}`);
};

let progressEvents = 0;
let lastProgress;
async function setup() {
  if (which === 'ours-stream' || which === 'ours-file' || which === 'ours-old') {
    // `ours-old`: the core of the commit before streaming, bundled by run.mjs (BENCH_OLD_CORE is its file).
    const core = which === 'ours-old' ? await import(pathToFileURL(process.env.BENCH_OLD_CORE).href) : await load('@imgur-ts/core');
    const { fileFromPath } = which === 'ours-file' ? await load('@imgur-ts/core/node') : {};
    const client = core.createImgurClient({ clientId, baseUrl: url });
    const onProgress = (p) => {
      progressEvents++;
      lastProgress = p;
    };
    return async (path) => {
      const source = which === 'ours-file' ? await fileFromPath(path) : createReadStream(path);
      check((await core.upload(client, source, { title: 'bench' }, which === 'ours-old' ? {} : { onProgress })).id);
    };
  }
  if (which === 'fetch-blob' || which === 'fetch-buffer') {
    // A hand-written fetch: the file as a disk-backed Blob (fs.openAsBlob, the best fetch can do) or read whole.
    return async (path) => {
      const blob = which === 'fetch-blob' ? await openAsBlob(path, { type: 'video/mp4' }) : new Blob([await readFile(path)], { type: 'video/mp4' });
      const form = new FormData();
      form.append('video', blob, basename(path));
      form.append('title', 'bench');
      const res = await fetch(`${url}/3/upload`, { method: 'POST', headers: { Authorization: `Client-ID ${clientId}` }, body: form });
      if (!res.ok) throw new Error(`HTTP ${res.status}: ${await res.text()}`);
      check((await res.json()).data.id);
    };
  }
  if (which === 'http-pipe') {
    // No SDK: the multipart head, the file piped into a node:http request (Content-Length from its size), the tail.
    // What Node itself costs to stream a file into a socket.
    return (path) =>
      new Promise((resolve, reject) => {
        const boundary = '----bench-upload-boundary';
        const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="video"; filename="${basename(path)}"\r\nContent-Type: video/mp4\r\n\r\n`);
        const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
        const headers = {
          authorization: `Client-ID ${clientId}`,
          'content-type': `multipart/form-data; boundary=${boundary}`,
          'content-length': head.length + statSync(path).size + tail.length,
        };
        const req = request(`${url}/3/upload`, { method: 'POST', headers }, (res) => {
          let text = '';
          res.setEncoding('utf8').on('data', (c) => (text += c));
          res.on('end', () => {
            try {
              if (res.statusCode !== 200) throw new Error(`HTTP ${res.statusCode}: ${text}`);
              check(JSON.parse(text).data.id);
              resolve();
            } catch (e) {
              reject(e);
            }
          });
        });
        req.on('error', reject);
        req.write(head);
        const file = createReadStream(path).on('error', reject);
        file.pipe(req, { end: false });
        file.on('end', () => req.end(tail));
      });
  }
  if (which === 'imgur') {
    const { ImgurClient } = await load('imgur');
    const theirs = new ImgurClient({ clientId });
    // imgur 2.5.0 has no base-URL option: both axios instances point at the server, and refuse anything else.
    for (const ax of [theirs.fetcher, theirs.plainFetcher]) {
      ax.defaults.baseURL = `${url}/`;
      ax.interceptors.request.use((config) => {
        const full = new URL(ax.getUri(config));
        if (full.hostname !== '127.0.0.1') throw new Error(`bench:upload: refused a request to ${full.href}`);
        return config;
      });
    }
    theirs.on('uploadProgress', (p) => {
      progressEvents++;
      lastProgress = { loaded: p.loaded, total: p.total };
    });
    // Its documented way for a file on disk: a read stream, type 'stream' (a path with .mp4 goes to /3/upload).
    return async (path) => {
      const res = await theirs.upload({ image: createReadStream(path), type: 'stream', title: 'bench' });
      if (!res.success) throw new Error(`imgur: ${res.status} ${JSON.stringify(res.data)}`);
      check(res.data.id);
    };
  }
  throw new Error(`unknown client ${which}`);
}

try {
  const send = await setup();
  if (warmFile) await send(warmFile);
  globalThis.gc();
  await new Promise((done) => setTimeout(done, 50));
  globalThis.gc();
  progressEvents = 0;
  lastProgress = undefined;
  const baseline = process.memoryUsage().rss;
  const maxRssBefore = process.resourceUsage().maxRSS * 1024;
  let sampled = baseline;
  const timer = setInterval(() => (sampled = Math.max(sampled, process.memoryUsage().rss)), 2);
  const started = performance.now();
  await send(file);
  const ms = performance.now() - started;
  clearInterval(timer);
  sampled = Math.max(sampled, process.memoryUsage().rss);
  const maxRss = process.resourceUsage().maxRSS * 1024;
  const version = which === 'imgur' ? JSON.parse(readFileSync(join(require.resolve('imgur').replace(/dist\/.*$/, ''), 'package.json'), 'utf8')).version : undefined;
  process.send({ result: { baseline, maxRssBefore, sampled, maxRss, ms, progressEvents, lastProgress, version } });
} catch (e) {
  process.send({ error: String(e?.stack ?? e) });
}
process.disconnect();
