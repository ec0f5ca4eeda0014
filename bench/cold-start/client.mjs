// One cold start of `pnpm bench:cold-start`, in a fresh process: argv <client> <server url> [<entry file of core-bundled or core-files>].
// Imports the client, makes one GET to the server, and sends { importMs, firstCallMs } to the parent: both are
// `performance.now()` (milliseconds since the process started, Node's own start-up included) when the import
// resolved and when the first call's answer was read.
import { pathToFileURL } from 'node:url';

const [which, url, bundle] = process.argv.slice(2);
const root = new URL('../..', import.meta.url).pathname;
let call;
if (which === 'node-http') {
  const { request } = await import('node:http');
  call = () =>
    new Promise((resolve, reject) => {
      request(`${url}/3/credits`, { headers: { authorization: 'Client-ID bench-client-id' } }, (res) => {
        let text = '';
        res.setEncoding('utf8').on('data', (c) => (text += c));
        res.on('end', () => resolve(JSON.parse(text).data));
      })
        .on('error', reject)
        .end();
    });
} else {
  const core = await import(which === 'core-bundled' || which === 'core-files' ? pathToFileURL(bundle).href : pathToFileURL(`${root}packages/core/dist/index.node.js`).href);
  const client = core.createImgurClient({ clientId: 'bench-client-id', baseUrl: url });
  call = () => core.getCredits(client);
}
const importMs = performance.now();
const credits = await call();
const firstCallMs = performance.now();
if (credits?.UserLimit !== 12500) throw new Error(`unexpected answer: ${JSON.stringify(credits)}`);
process.send({ importMs, firstCallMs });
process.disconnect();
