// Run in its own process by memory.test.ts (bundled with esbuild): one client
// on the transport named in argv calls `GET <url>/<path>` once after a warm-up
// call, and prints the outcome and its memory as JSON. An exception outside
// the returned promise would end the process with a non-zero exit code.
import { createImgurClient as createFetchClient } from '../../src/client/create-client.js';
import { createImgurClient as createNodeClient } from '../../src/client/create-client-node.js';
import { defineOperation } from '../../src/client/define-operation.js';

const [transport, baseUrl, path, maxResponseBytes] = process.argv.slice(2) as [string, string, string, string | undefined];
const probe = defineOperation<{ p: string }, unknown>({ id: 'probe', method: 'GET', path: '/{p}', pathParams: ['p'], security: ['clientId'], envelope: true });
const create = transport === 'fetch' ? createFetchClient : createNodeClient;
const client = create({ baseUrl, clientId: 'client-id-0123456789', retries: 0, ...(maxResponseBytes ? { maxResponseBytes: Number(maxResponseBytes) } : {}) });
const gc = (globalThis as { gc?: () => void }).gc;

const warm = await probe(client, { p: 'ok' }).asResult();
if (warm.error) throw warm.error;
gc?.();
await new Promise((done) => setTimeout(done, 50));
gc?.();
const baseline = process.memoryUsage().rss;
let sampled = baseline;
const timer = setInterval(() => (sampled = Math.max(sampled, process.memoryUsage().rss)), 2);
const started = performance.now();
const { error } = await probe(client, { p: path }).asResult();
const ms = Math.round(performance.now() - started);
clearInterval(timer);
sampled = Math.max(sampled, process.memoryUsage().rss);
// maxRSS is the process's high-water mark in KiB: an upper bound of the peak during the call.
const peak = process.resourceUsage().maxRSS * 1024;
process.stdout.write(JSON.stringify({ baseline, sampled, peak, ms, error: error && { name: error.name, message: error.message } }));
