// Run in its own process by stream-memory.test.ts (bundled with esbuild): one client on the default Node
// transport (node:http) uploads one streamed video to `<url>/3/upload` after a small warm-up upload, and
// prints the outcome, its progress events and its memory as JSON.
// argv: <url> file <path>     — fs.createReadStream(path) (its size known from the file: Content-Length)
//       <url> unknown <bytes> — a Node Readable of <bytes> made as it is read (unknown length: chunked)
// A fresh 64 KB Buffer per chunk, as fs.createReadStream gives, so a chunk the upload kept would show in RSS.
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { createImgurClient } from '../../src/client/create-client-node.js';
import { upload } from '../../src/operations/upload.js';
import type { UploadProgress } from '../../src/types/upload-progress.js';

const [url, mode, arg] = process.argv.slice(2) as [string, 'file' | 'unknown', string];
const MP4 = [0x00, 0x00, 0x00, 0x18, 0x66, 0x74, 0x79, 0x70, 0x69, 0x73, 0x6f, 0x6d];
const CHUNK = 64 * 1024;

/**
 * `bytes` bytes of an MP4-headed video, made chunk by chunk as they are read: a byte stream (64 KB read ahead at
 * most) that hands out each chunk a turn of the event loop after it is asked for, as a file, socket or pipe does.
 * (A Readable that pushes within `read()` itself has two chunks buffered whenever it is read, and Node's async
 * iterator then joins them into a copy: twice the garbage, about 40 MB of growth here; see stream-chunks.test.ts.)
 */
function generated(bytes: number): Readable {
  let at = 0;
  return new Readable({
    highWaterMark: CHUNK,
    read() {
      if (at >= bytes) return void this.push(null);
      const chunk = Buffer.allocUnsafe(Math.min(CHUNK, bytes - at)).fill(at / CHUNK);
      if (at === 0) chunk.set(MP4);
      at += chunk.length;
      setImmediate(() => this.push(chunk));
    },
  });
}

const client = createImgurClient({ baseUrl: url, clientId: 'client-id-0123456789', retries: 0 });
const gc = (globalThis as { gc?: () => void }).gc;

// Warm-up: the same kind of source once with a small video (code loaded, socket open, and for a file the
// threads that read files started), so the baseline has what any upload of that kind needs.
const warm = await upload(client, mode === 'file' ? createReadStream(arg, { end: 256 * 1024 - 1 }) : generated(256 * 1024)).asResult();
if (warm.error) throw warm.error;
gc?.();
await new Promise((done) => setTimeout(done, 50));
gc?.();

let events = 0;
let ordered = true;
let first: UploadProgress | undefined;
let last: UploadProgress | undefined;
const onProgress = (p: UploadProgress): void => {
  events++;
  if (last && p.loaded < last.loaded) ordered = false;
  first ??= p;
  last = p;
};
const source = mode === 'file' ? createReadStream(arg) : generated(Number(arg));
const baseline = process.memoryUsage().rss;
let sampled = baseline;
const timer = setInterval(() => (sampled = Math.max(sampled, process.memoryUsage().rss)), 2);
const started = performance.now();
const { data, error } = await upload(client, source, { title: 'memory' }, { onProgress }).asResult();
const ms = Math.round(performance.now() - started);
clearInterval(timer);
sampled = Math.max(sampled, process.memoryUsage().rss);
// maxRSS is the process's high-water mark in KiB: an upper bound of the peak during the upload.
const peak = process.resourceUsage().maxRSS * 1024;
process.stdout.write(
  JSON.stringify({
    baseline,
    sampled,
    peak,
    ms,
    id: data?.id,
    events,
    ordered,
    first,
    last,
    destroyed: source.destroyed,
    error: error && { name: error.name, message: error.message },
  }),
);
