// Run in its own process by buffer-memory.test.ts (bundled with esbuild): one client uploads an MP4 video held in a
// Buffer to `<url>/3/upload` after a small warm-up upload, and prints the outcome and its memory as JSON.
// argv: <url> <transport: node | fetch> <bytes>
// The Buffer is made before the baseline: the upload's own memory is what the RSS grows by after it.
import { createImgurClient } from '../../src/client/create-client-node.js';
import { upload } from '../../src/operations/upload.js';

const [url, transport, bytes] = process.argv.slice(2) as [string, 'node' | 'fetch', string];
const MP4 = [0x00, 0x00, 0x00, 0x18, 0x66, 0x74, 0x79, 0x70, 0x69, 0x73, 0x6f, 0x6d];

/** `size` bytes of a MP4-headed video, every byte set (no page left untouched). */
function image(size: number): Buffer {
  const b = Buffer.allocUnsafe(size);
  for (let i = 0; i < size; i++) b[i] = (i * 31 + 7) & 0xff;
  b.set(MP4);
  return b;
}

const client = createImgurClient({
  baseUrl: url,
  clientId: 'client-id-0123456789',
  retries: 0,
  ...(transport === 'fetch' ? { fetch: (...a: Parameters<typeof fetch>) => fetch(...a) } : {}),
});
const gc = (globalThis as { gc?: () => void }).gc;

// Warm-up: a 5 MB video (above the size sent as one byte array), so code and socket are in the baseline.
const warm = await upload(client, image(5 * 2 ** 20)).asResult();
if (warm.error) throw warm.error;
const file = image(Number(bytes));
gc?.();
await new Promise((done) => setTimeout(done, 50));
gc?.();
const baseline = process.memoryUsage().rss;
const before = process.resourceUsage().maxRSS * 1024;
let sampled = baseline;
const timer = setInterval(() => (sampled = Math.max(sampled, process.memoryUsage().rss)), 2);
const started = performance.now();
const { data, error } = await upload(client, file, { title: 'memory' }).asResult();
const ms = Math.round(performance.now() - started);
clearInterval(timer);
sampled = Math.max(sampled, process.memoryUsage().rss);
// maxRSS is the process's high-water mark in KiB: an upper bound of the peak during the upload (when it passed the one before).
const peak = process.resourceUsage().maxRSS * 1024;
process.stdout.write(JSON.stringify({ baseline, before, sampled, peak, ms, id: data?.id, error: error && { name: error.name, message: error.message } }));
