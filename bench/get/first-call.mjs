// One `GET /3/image/{id}` in a fresh process, for `pnpm bench:get`'s cold-start row: argv <core module> <server url>.
// Prints { firstCallMs } (from just before the call to its answer: what the first request of a process pays on
// top of loading the SDK) as JSON. No socket may leave 127.0.0.1.
import { pathToFileURL } from 'node:url';
import { onlyLoopback } from '../lib/local-only.mjs';

onlyLoopback('bench:get');
const [modulePath, url] = process.argv.slice(2);
const core = await import(pathToFileURL(modulePath).href);
const client = core.createImgurClient({ clientId: 'bench-client-id', baseUrl: url });
const getImage = core.defineOperation({ id: 'image.getImage', method: 'GET', path: '/3/image/{imageHash}', security: ['clientId'], pathParams: ['imageHash'], envelope: true });
const started = performance.now();
const image = await getImage(client, { imageHash: 'bEnChGeT' });
if (image.id !== 'bEnChGeT') throw new Error(`unexpected answer: ${JSON.stringify(image.id)}`);
console.log(JSON.stringify({ firstCallMs: performance.now() - started }));
