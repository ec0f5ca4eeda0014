// The client of `pnpm bench:get-fetch`, run unchanged by Node, Deno and Bun: in ONE process, batches interleaved,
// it times raw fetch, raw fetch with a 30 s AbortController timeout, and `getImage` through core's default
// client (the fetch transport: what Deno and Bun load, and Node too from this runtime-neutral bundle).
// argv: the core bundle's file URL, the server URL, then a JSON object { concurrencies, requests, rounds, warmup }.
// Prints one JSON line: { runtime, version, results: { [c]: { [contender]: { cpuUsPerCall, msPerCall } } } }.
import process from 'node:process';
import { measureInterleaved } from '../lib/interleaved.mjs';

const [coreUrl, url, settingsText] = process.argv.slice(2);
const { concurrencies, requests, rounds, warmup } = JSON.parse(settingsText);
const core = await import(coreUrl);
const ID = 'bEnChGeT';
const authorization = 'Client-ID bench-client-id';
const target = `${url}/3/image/${ID}`;
const check = (data) => {
  if (data?.id !== ID) throw new Error(`unexpected answer: ${JSON.stringify(data?.id)}`);
};
const client = core.createImgurClient({ clientId: 'bench-client-id', baseUrl: url });
const getImage = core.defineOperation({ id: 'image.getImage', method: 'GET', path: '/3/image/{imageHash}', security: ['clientId'], pathParams: ['imageHash'], envelope: true });

const RATE_LIMIT_HEADERS = ['User', 'Client'].flatMap((who) => ['Limit', 'Remaining', 'Reset'].map((part) => `x-ratelimit-${who}${part}`.toLowerCase()));
RATE_LIMIT_HEADERS.push('x-post-rate-limit-limit', 'x-post-rate-limit-remaining', 'x-post-rate-limit-reset');

const MAX_BYTES = 12 * 2 ** 20;
const DECODER = new TextDecoder();

const contenders = {
  fetch: async () => {
    const res = await fetch(target, { headers: { authorization } });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    check((await res.json()).data);
  },
  'fetch-timeout': async () => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), 30_000);
    try {
      const res = await fetch(target, { headers: { authorization }, signal: controller.signal });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      check((await res.json()).data);
    } finally {
      clearTimeout(timer);
    }
  },
  // What any client with the SDK's defaults must do at least: the timeout, the nine rate-limit headers read, the
  // body read with its bytes counted against a limit (12 MiB: `text()` and `json()` take whatever comes, and a
  // `Content-Length` does not bound what Deno and Bun read), the envelope checked.
  'fetch-features': async () => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), 30_000);
    try {
      const res = await fetch(target, { headers: { authorization }, signal: controller.signal });
      let credits = 0;
      for (const name of RATE_LIMIT_HEADERS) credits += Number(res.headers.get(name) ?? 0);
      if (!res.ok || Number.isNaN(credits)) throw new Error(`HTTP ${res.status}`);
      const reader = res.body.getReader();
      const pieces = [];
      let size = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        if ((size += value.byteLength) > MAX_BYTES) throw new Error('body too large');
        pieces.push(value);
      }
      const bytes = pieces.length === 1 ? pieces[0] : new Uint8Array(await new Blob(pieces).arrayBuffer());
      const body = JSON.parse(DECODER.decode(bytes));
      if (body?.success !== true) throw new Error('not a success envelope');
      check(body.data);
    } finally {
      clearTimeout(timer);
    }
  },
  sdk: async () => check(await getImage(client, { imageHash: ID })),
};
const results = await measureInterleaved(contenders, { concurrencies, rounds, requests, warmup });
const runtime = globalThis.Deno ? ['deno', globalThis.Deno.version.deno] : globalThis.Bun ? ['bun', globalThis.Bun.version] : ['node', process.versions.node];
console.log(JSON.stringify({ runtime: runtime[0], version: runtime[1], results }));
process.exit(0);
