// One run of `pnpm bench:upload-buffer` in a fresh process (forked by run.mjs with --expose-gc):
// argv <client> <server url> <bytes> <concurrency> <repeat>. Makes <concurrency> videos of <bytes> bytes, each in its own
// Buffer (an MP4 header, every byte written), uploads a 5 MB one once as a warm-up (code loaded, socket open),
// collects garbage, takes the baseline RSS, then uploads the Buffers at once, <repeat> times in a row, while sampling RSS every 2 ms, and
// sends { result } to the parent (or { error }), then exits.
// Peak RSS growth: the kernel's high-water mark (process.resourceUsage().maxRSS) minus the baseline when the
// uploads raised it; otherwise (the mark was set before the baseline) the highest RSS the 2 ms sampler saw.
// No request may leave 127.0.0.1: every socket connect is checked.
import { request } from 'node:http';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { localImgur, onlyLoopback } from '../lib/local-only.mjs';

const [which, url, bytes, conc, repeat] = process.argv.slice(2);
const root = new URL('../..', import.meta.url).pathname;
const require = createRequire(join(root, 'packages/quality/package.json'));
const load = async (name) => import(pathToFileURL(require.resolve(name)).href);
const clientId = 'bench-client-id';

onlyLoopback('bench:upload-buffer');

const check = (id) => {
  if (id !== 'bEnChUp') throw new Error(`unexpected answer: ${JSON.stringify(id)}`);
};

/** `size` bytes of an MP4-headed video in a Buffer of its own. */
function video(size, seed) {
  const b = Buffer.allocUnsafe(size);
  for (let i = 0; i < size; i++) b[i] = (i * 31 + seed) & 0xff;
  b.set([0x00, 0x00, 0x00, 0x18, 0x66, 0x74, 0x79, 0x70, 0x69, 0x73, 0x6f, 0x6d]);
  return b;
}

async function setup() {
  if (which === 'ours-blob') {
    const core = await load('@imgur-ts/core');
    const client = core.createImgurClient({ clientId, baseUrl: url });
    return async (blob) => check((await core.upload(client, blob, { title: 'bench' })).id);
  }
  if (which === 'ours-node' || which === 'ours-fetch' || which === 'ours-old') {
    const core = which === 'ours-old' ? await import(pathToFileURL(process.env.BENCH_OLD_CORE).href) : await load('@imgur-ts/core');
    const client = core.createImgurClient({ clientId, baseUrl: url, ...(which === 'ours-fetch' ? { fetch: (...a) => fetch(...a) } : {}) });
    return async (buffer) => check((await core.upload(client, buffer, { title: 'bench' })).id);
  }
  if (which === 'http-buffer') {
    // No SDK: the same multipart body written by hand, head, the Buffer, tail, with Content-Length.
    return (buffer) =>
      new Promise((resolve, reject) => {
        const boundary = '----bench-upload-boundary';
        const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="video"; filename="video.mp4"\r\nContent-Type: video/mp4\r\n\r\n`);
        const tail = Buffer.from(`\r\n--${boundary}\r\nContent-Disposition: form-data; name="title"\r\n\r\nbench\r\n--${boundary}--\r\n`);
        const headers = {
          authorization: `Client-ID ${clientId}`,
          'content-type': `multipart/form-data; boundary=${boundary}`,
          'content-length': head.length + buffer.length + tail.length,
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
        req.write(buffer);
        req.end(tail);
      });
  }
  if (which === 'imgur') {
    const { ImgurClient } = await load('imgur');
    // It posts a Buffer to `3/image` (Imgur's other name for `3/upload`); the bench server serves `3/upload` only.
    const theirs = localImgur(ImgurClient, url, 'bench:upload-buffer', (path) => (/^\/?3\/image$/.test(path) ? '3/upload' : path));
    return async (buffer) => {
      const res = await theirs.upload({ image: buffer, title: 'bench' });
      if (!res.success) throw new Error(`imgur: ${res.status} ${JSON.stringify(res.data)}`);
      check(res.data.id);
    };
  }
  throw new Error(`unknown client ${which}`);
}

try {
  const send = await setup();
  // `ours-blob` uploads a Blob of the same bytes (made before the baseline, as the Buffers are).
  const input = (buffer) => (which === 'ours-blob' ? new Blob([buffer]) : buffer);
  await send(input(video(5 * 2 ** 20, 1)));
  const files = Array.from({ length: Number(conc) }, (_, i) => input(video(Number(bytes), i + 7)));
  globalThis.gc();
  await new Promise((done) => setTimeout(done, 50));
  globalThis.gc();
  const baseline = process.memoryUsage().rss;
  const maxRssBefore = process.resourceUsage().maxRSS * 1024;
  let sampled = baseline;
  const timer = setInterval(() => (sampled = Math.max(sampled, process.memoryUsage().rss)), 2);
  const started = performance.now();
  for (let i = 0; i < Number(repeat); i++) await Promise.all(files.map(send));
  const ms = performance.now() - started;
  clearInterval(timer);
  sampled = Math.max(sampled, process.memoryUsage().rss);
  const maxRss = process.resourceUsage().maxRSS * 1024;
  const growth = (maxRss > maxRssBefore ? maxRss : sampled) - baseline;
  process.send({ result: { baseline, growth, sampled, maxRss, maxRssBefore, ms } });
} catch (e) {
  process.send({ error: String(e?.stack ?? e) });
}
process.disconnect();
