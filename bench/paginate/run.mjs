#!/usr/bin/env node
// pnpm bench:paginate: the time to walk 1,000 pages of 10 items over one keep-alive connection, per way of
// walking: `for await (const item of paginate(...))`, `paginate(...).pages()`, the same operation called page by
// page in a hand loop (the SDK's transport, no paginator), and undici's `request` with JSON.parse (no SDK).
// The page server runs in its own process (bench/paginate/server.mjs). Contenders are interleaved round by
// round; medians and the ratio to the hand loop are reported with the load average. Reports only.
// Env: BENCH_ROUNDS (default 9), PAGES (default 1000).
import { fork } from 'node:child_process';
import { createRequire } from 'node:module';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt } from '../../scripts/lib/ensure-built.mjs';
import { resultsDir as resultsDirOf, writeResult } from '../lib/results-dir.mjs';

const root = new URL('../..', import.meta.url).pathname;
ensureBuilt('core', 'bench:paginate');
const rounds = Number(process.env.BENCH_ROUNDS ?? 9);
const pages = Number(process.env.PAGES ?? 1000);
const core = await import(join(root, 'packages/core/dist/index.node.js'));
const { request } = createRequire(join(root, 'packages/core/package.json'))('undici');

const server = fork(join(root, 'bench/paginate/server.mjs'), [], { env: { ...process.env, PAGES: String(pages) }, stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
const port = await new Promise((resolve) => server.stdout.once('data', (d) => resolve(Number(String(d).trim()))));
const baseUrl = `http://127.0.0.1:${port}`;
const op = core.definePageableOperation({
  id: 'account.getAccountImages',
  method: 'GET',
  path: '/3/account/{username}/images/{page}',
  security: ['clientId'],
  pathParams: ['username', 'page'],
  envelope: true,
  paging: { style: 'path', param: 'page' },
});
const client = core.createImgurClient({ clientId: 'bench-client-id', baseUrl });

const contenders = {
  'paginate items': async () => {
    let n = 0;
    for await (const _ of core.paginate(client, op, { username: 'me' })) n++;
    return n;
  },
  'paginate pages()': async () => {
    let n = 0;
    for await (const p of core.paginate(client, op, { username: 'me' }).pages()) n += p.items.length;
    return n;
  },
  'hand loop (same operation)': async () => {
    let n = 0;
    for (let page = 0; ; page++) {
      const items = await op(client, { username: 'me', page });
      if (!items.length) return n;
      for (const _ of items) n++;
    }
  },
  'undici request + JSON.parse (no SDK)': async () => {
    let n = 0;
    for (let page = 0; ; page++) {
      const { body } = await request(`${baseUrl}/3/account/me/images/${page}`, { headers: { authorization: 'Client-ID bench-client-id' } });
      const { data } = JSON.parse(await body.text());
      if (!data.length) return n;
      for (const _ of data) n++;
    }
  },
};

const times = Object.fromEntries(Object.keys(contenders).map((k) => [k, []]));
const load = [];
for (const fn of Object.values(contenders)) await fn(); // warm-up
for (let r = 0; r < rounds; r++) {
  load.push(loadavg()[0]);
  for (const [name, fn] of Object.entries(contenders)) {
    const t = performance.now();
    const n = await fn();
    times[name].push(performance.now() - t);
    if (n !== pages * 10) throw new Error(`${name} saw ${n} items, expected ${pages * 10}`);
  }
}
server.kill();
const median = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
const hand = median(times['hand loop (same operation)']);
const rows = Object.entries(times).map(([name, t]) => ({ name, medianMs: Math.round(median(t)), ratioToHandLoop: Number((median(t) / hand).toFixed(3)) }));
const result = { pages, itemsPerPage: 10, rounds, node: process.version, cpus: cpus().length, loadAverage1m: { min: Math.min(...load), max: Math.max(...load) }, rows };
const md = [
  `Walking ${pages} pages of 10 items, ${rounds} interleaved rounds, median ms; Node ${process.version}, ${cpus().length} cores, 1-minute load average ${result.loadAverage1m.min.toFixed(1)}-${result.loadAverage1m.max.toFixed(1)}.`,
  '',
  '| way | median ms | ratio to the hand loop |',
  '|---|---:|---:|',
  ...rows.map((r) => `| ${r.name} | ${r.medianMs} | ${r.ratioToHandLoop.toFixed(2)} |`),
  '',
].join('\n');
const resultsDir = resultsDirOf(root);
writeResult(resultsDir, 'paginate.json', `${JSON.stringify(result, null, 2)}\n`);
writeResult(resultsDir, 'paginate.md', md);
console.log(md);
