// Static server for the browser example: the page, its esbuild bundle and its config, on 127.0.0.1.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = fileURLToPath(new URL('.', import.meta.url));

/** Bundles app.ts for the browser in memory; returns the JavaScript text. */
export async function bundleApp() {
  const result = await build({
    entryPoints: [`${here}app.ts`],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    logLevel: 'silent',
  });
  const out = result.outputFiles[0];
  if (!out) throw new Error('esbuild produced no output for examples/browser/app.ts');
  return out.text;
}

/**
 * Serves `/` and `/callback` (index.html), `/app.js` (the bundle) and `/config.json` on 127.0.0.1.
 * The config can be set after listening, since the API's client must know the callback URL first.
 */
export async function startAppServer({ bundle, port = 0 }) {
  const html = await readFile(`${here}index.html`);
  let config = null;
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://app.invalid').pathname;
    const send = (status, type, body) => res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' }).end(body);
    if (req.method !== 'GET') return send(405, 'text/plain; charset=utf-8', 'GET only');
    if (path === '/' || path === '/callback') return send(200, 'text/html; charset=utf-8', html);
    if (path === '/app.js') return send(200, 'text/javascript; charset=utf-8', bundle);
    if (path === '/config.json' && config) return send(200, 'application/json', JSON.stringify(config));
    return send(404, 'text/plain; charset=utf-8', `not found: ${path}`);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const url = `http://127.0.0.1:${server.address().port}`;
  return {
    url,
    callbackUrl: `${url}/callback`,
    setConfig: (next) => void (config = next),
    close: () =>
      new Promise((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}
