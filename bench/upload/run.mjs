#!/usr/bin/env node
// pnpm bench:upload — the memory and time of uploading one large video file from disk, per client: a
// node:http server on 127.0.0.1 in its own process (bench/upload/server.mjs) drains `POST /3/upload`, and
// each upload runs in a fresh Node process (bench/upload/client.mjs) that measures its peak RSS growth over
// its own baseline and the elapsed time. Files of 10, 50 and 200 MB are generated in a temp dir (an MP4
// header, so every client sees a video) and deleted afterwards. Clients: see LABELS below (the `http-pipe` row is
// no SDK at all, a file piped into a node:http request: what Node itself costs). Writes bench/results/upload.json and
// bench/results/upload.md (the table) and prints the table. Reports only: nothing is asserted here
// (packages/core/test/upload/stream-memory.test.ts asserts the 32 MB bound).
// Env: BENCH_RUNS (default 5 per client and size, interleaved; the median is reported), BENCH_SIZES
// (default "10,50,200", in MB), BENCH_CLIENTS (comma list, default all), BENCH_OLD_COMMIT (default
// 76fcf36, the core before streamed uploads, bundled from `git archive` for the `ours-old` row; "" skips it).
import { fork } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt } from '../../scripts/lib/ensure-built.mjs';
import { bundleCoreAt } from '../lib/bundle-core-at.mjs';

const root = new URL('../..', import.meta.url).pathname;
ensureBuilt('client', 'bench:upload');
ensureBuilt('core', 'bench:upload');

const MB = 2 ** 20;
const runs = Number(process.env.BENCH_RUNS ?? 5);
const sizes = (process.env.BENCH_SIZES ?? '10,50,200').split(',').map(Number);
const oldCommit = process.env.BENCH_OLD_COMMIT ?? '76fcf36';
const LABELS = {
  'ours-stream': '@imgur-ts/core `upload(fs.createReadStream(path))`',
  'ours-file': '@imgur-ts/core `upload(await fileFromPath(path))`',
  'ours-old': `@imgur-ts/core before streaming (${oldCommit}), \`createReadStream\``,
  'fetch-blob': 'raw `fetch`, `FormData` with `await fs.openAsBlob(path)`',
  'fetch-buffer': 'raw `fetch`, `FormData` with the file read into a Buffer',
  'http-pipe': 'no SDK: `fs.createReadStream(path).pipe(http.request(…))` (multipart head and tail written around it)',
  imgur: '`imgur` {version} `upload({ image: createReadStream(path), type: "stream" })`',
};
const clients = (process.env.BENCH_CLIENTS ?? Object.keys(LABELS).join(',')).split(',').filter((c) => c !== 'ours-old' || oldCommit);

const dir = mkdtempSync(join(tmpdir(), 'imgur-bench-upload-'));
const cleanup = () => rmSync(dir, { recursive: true, force: true });
process.on('exit', cleanup);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

/** Writes a file of `size` bytes that starts with an MP4 `ftyp isom` box header (so it is detected as video/mp4). */
function makeVideo(path, size) {
  const fd = openSync(path, 'w');
  try {
    const block = Buffer.alloc(MB);
    for (let i = 0; i < block.length; i++) block[i] = (i * 31 + 7) & 0xff;
    Buffer.from('000000186674797069736f6d', 'hex').copy(block);
    for (let written = 0; written < size; written += MB) {
      writeSync(fd, block, 0, Math.min(MB, size - written));
      if (written === 0) block.fill(0x2a, 0, 12);
    }
  } finally {
    closeSync(fd);
  }
  return path;
}

function startServer() {
  const child = fork(join(root, 'bench/upload/server.mjs'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const requests = [];
  child.on('message', (m) => m.request && requests.push(m.request));
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`bench:upload: the server exited (${code})`)));
    child.once('message', (m) => resolve({ url: m.url, requests, close: () => new Promise((done) => child.once('exit', done).send({ exit: true })) }));
  });
}

/** One upload in a fresh process; rejects on an error or a crash, or after 5 minutes (the child is killed by its pid). */
function runClient(which, file, url, warm, env) {
  return new Promise((resolve, reject) => {
    const child = fork(join(root, 'bench/upload/client.mjs'), [which, file, url, warm], { execArgv: ['--expose-gc'], env, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let answer;
    const timer = setTimeout(() => child.kill(), 300_000);
    child.on('message', (m) => (answer = m));
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (answer?.result) resolve(answer.result);
      else reject(new Error(`bench:upload: ${which} on ${file}: ${answer?.error ?? `exited with ${code}`}`));
    });
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const loadAtStart = loadavg()[0];
const oldCore = clients.includes('ours-old') ? await bundleCoreAt({ root, commit: oldCommit, dir, name: 'old', bench: 'bench:upload', skipped: 'its row is' }) : undefined;
const active = clients.filter((c) => c !== 'ours-old' || oldCore);
const warm = makeVideo(join(dir, 'warm-up.mp4'), 256 * 1024);
const files = Object.fromEntries(sizes.map((mb) => [mb, makeVideo(join(dir, `bench-${mb}mb.mp4`), mb * MB)]));
const server = await startServer();
const samples = {};
let imgurVersion = '?';
try {
  for (let round = 0; round < runs; round++) {
    for (const mb of sizes) {
      // The order of the clients rotates each round, so that no client always follows the same one.
      for (let i = 0; i < active.length; i++) {
        const which = active[(i + round) % active.length];
        const seenBefore = server.requests.length;
        const r = await runClient(which, files[mb], server.url, warm, { ...process.env, BENCH_OLD_CORE: oldCore ?? '' });
        const seen = server.requests.slice(seenBefore);
        const last = seen.at(-1);
        // The server's view of the measured upload: all of the file arrived, and its Content-Length (if any) matched.
        if (!last?.ok || last.bytes < mb * MB) throw new Error(`bench:upload: ${which} ${mb} MB: the server saw ${JSON.stringify(seen)}`);
        if (r.version) imgurVersion = r.version;
        const row = ((samples[which] ??= {})[mb] ??= []);
        row.push({
          growthMB: (r.maxRss - r.baseline) / MB,
          sampledGrowthMB: (r.sampled - r.baseline) / MB,
          baselineMB: r.baseline / MB,
          ms: r.ms,
          mbPerS: mb / (r.ms / 1000),
          chunked: last.chunked,
          contentLength: last.contentLength,
          progressEvents: r.progressEvents,
        });
        console.log(
          `round ${round + 1}/${runs} ${String(mb).padStart(3)} MB ${which.padEnd(13)} RSS +${((r.maxRss - r.baseline) / MB).toFixed(1).padStart(6)} MB (sampled +${((r.sampled - r.baseline) / MB).toFixed(1)}, baseline ${(r.baseline / MB).toFixed(1)})  ${r.ms.toFixed(0).padStart(6)} ms  ${(mb / (r.ms / 1000)).toFixed(0).padStart(4)} MB/s  ${last.chunked ? 'chunked' : `Content-Length ${last.contentLength}`}`,
        );
      }
    }
  }
} finally {
  await server.close();
}

const results = active.map((which) => ({
  client: which,
  label: LABELS[which].replace('{version}', imgurVersion),
  sizes: Object.fromEntries(
    sizes.map((mb) => {
      const s = samples[which][mb];
      return [
        mb,
        {
          growthMB: median(s.map((x) => x.growthMB)),
          sampledGrowthMB: median(s.map((x) => x.sampledGrowthMB)),
          mbPerS: median(s.map((x) => x.mbPerS)),
          ms: median(s.map((x) => x.ms)),
          runs: s,
        },
      ];
    }),
  ),
}));
const f1 = (x) => x.toFixed(1);
const table = [
  `| client | ${sizes.map((mb) => `${mb} MB: RSS + (MB) | ${mb} MB: MB/s`).join(' | ')} |`,
  `|---|${sizes.map(() => '---:|---:').join('|')}|`,
  ...results.map((r) => `| ${r.label} | ${sizes.map((mb) => `${f1(r.sizes[mb].growthMB)} | ${r.sizes[mb].mbPerS.toFixed(0)}`).join(' | ')} |`),
].join('\n');
const machine = {
  node: process.version,
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model ?? '?',
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  loadAverage: [loadAtStart, loadavg()[0]],
};
const result = {
  date: new Date().toISOString().slice(0, 10),
  command: 'pnpm bench:upload',
  machine,
  runs,
  sizesMB: sizes,
  oldCommit: oldCore ? oldCommit : undefined,
  imgurVersion,
  results,
};
const resultsDir = join(root, 'bench/results');
mkdirSync(resultsDir, { recursive: true });
const atomic = (file, text) => {
  writeFileSync(`${file}.tmp`, text);
  renameSync(`${file}.tmp`, file);
};
atomic(join(resultsDir, 'upload.json'), `${JSON.stringify(result, null, 2)}\n`);
const header = `Measured ${result.date} with \`pnpm bench:upload\` on Node ${machine.node}, ${machine.cpus} × ${machine.cpuModel} (1-minute load average ${loadAtStart.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end); median of ${runs} runs per cell, each a fresh process. RSS + is the peak RSS growth of the uploading process over its baseline (\`process.resourceUsage().maxRSS\` minus the RSS after a warm-up upload and a full GC); MB/s is the file's size over the upload's elapsed time.`;
atomic(join(resultsDir, 'upload.md'), `${header}\n\n${table}\n`);
console.log(`\n${table}\n\nwrote bench/results/upload.json and bench/results/upload.md`);
