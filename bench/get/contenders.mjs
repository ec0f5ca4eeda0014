// The contenders of `pnpm bench:get` and `pnpm bench:get-instructions`: `contender(which, url)` gives a function that
// makes one call, `GET /3/image/{id}` against the image server at `url`, parses the JSON and checks the image's id.
// Shared so both benches measure the same code. The caller guards its sockets (`onlyLoopback`).
import { request as httpRequest, Agent } from 'node:http';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { localImgur } from '../lib/local-only.mjs';

const root = new URL('../..', import.meta.url).pathname;
const require = createRequire(join(root, 'packages/quality/package.json'));
const load = async (name) => import(pathToFileURL(require.resolve(name)).href);

const ID = 'bEnChGeT';
const clientId = 'bench-client-id';
const check = (id) => {
  if (id !== ID) throw new Error(`unexpected answer: ${JSON.stringify(id)}`);
};
const GET_IMAGE = { id: 'image.getImage', method: 'GET', path: '/3/image/{imageHash}', security: ['clientId'], pathParams: ['imageHash'], envelope: true };

/**
 * The label of each contender in the benches' tables, in table order; `before` names the commit of the `before-*` rows
 * (the core bundled at BENCH_BEFORE_CORE).
 */
export const labels = (before) => ({
  http: 'node:http, keep-alive agent (no SDK)',
  'ours-node': '@imgur-ts `getImage`, Node transport (default)',
  'ours-fetch': '@imgur-ts `getImage`, fetch transport',
  'before-node': `@imgur-ts before (${before}), Node transport`,
  'before-fetch': `@imgur-ts before (${before}), fetch transport`,
  fetch: '`fetch` + `res.json()` (no SDK)',
  'fetch-timeout': '`fetch` + `res.json()` with a 30 s timeout (AbortController, no SDK)',
  undici: 'undici `request` + `body.json()` (no SDK)',
  imgur: '`imgur` `getImage` (axios)',
});

/** One call of contender `which` against `url` (see `labels`); `before-*` load the core bundled at BENCH_BEFORE_CORE. */
export async function contender(which, url) {
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
