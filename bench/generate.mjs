#!/usr/bin/env node
// Times each stage of the generation pipeline and the whole `pnpm generate`,
// writing the figures to bench/results/generate.json and generate.md.
// A benchmark: it reports numbers, it asserts nothing.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const root = new URL('..', import.meta.url).pathname;
const runs = Number(process.env.BENCH_RUNS ?? 3);
const loadAtStart = loadavg()[0];
const tmp = mkdtempSync(join(tmpdir(), 'imgur-ts-bench-'));
const bin = (pkg, name) => join(root, 'packages', pkg, 'dist', name);

function time(label, cmd, args, cwd = root) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' } });
    const ms = performance.now() - t;
    if (r.status !== 0) {
      console.error(`${label} failed:\n${r.stdout}\n${r.stderr}`);
      process.exit(1);
    }
    samples.push(ms);
  }
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(samples.length / 2)];
  console.log(`${label.padEnd(44)} median ${median.toFixed(0).padStart(6)} ms  (runs: ${samples.map((s) => s.toFixed(0)).join(', ')})`);
  return { stage: label, medianMs: Math.round(median), samplesMs: samples.map((s) => Math.round(s)) };
}

const node = process.execPath;
const spec = join(root, 'spec');
const results = [];
results.push(
  time('convert (postman-to-openapi)', node, [bin('postman-to-openapi', 'cli.js'), join(spec, 'imgur.postman_collection.json'), '--out', join(tmp, 'openapi.base.json')]),
);
results.push(
  time('overlay (imgur-codegen overlay)', node, [
    bin('codegen', 'cli.js'),
    'overlay',
    '--base',
    join(tmp, 'openapi.base.json'),
    '--overlays',
    join(spec, 'overlays'),
    '--out',
    join(tmp, 'openapi.json'),
  ]),
);
results.push(
  time('types (imgur-codegen types: models + client)', node, [
    bin('codegen', 'cli.js'),
    'types',
    '--spec',
    join(tmp, 'openapi.json'),
    '--out',
    join(tmp, 'models'),
    '--client-out',
    join(tmp, 'client'),
  ]),
);
const resources = ['account', 'album', 'comment', 'gallery', 'image'];
results.push(
  time('resource code (imgur-codegen resource x5)', 'sh', [
    '-c',
    resources.map((r) => `${node} ${bin('codegen', 'cli.js')} resource ${r} --spec ${tmp}/openapi.json --out ${tmp}/${r}`).join(' && '),
  ]),
);
const buildPkgs = ['models', 'client', 'core', ...resources];
// Each package's own build script: tsc 7, and for core tsc 7 (declarations) beside esbuild (the JavaScript).
const buildScript = (p) => JSON.parse(readFileSync(join(root, 'packages', p, 'package.json'), 'utf8')).scripts.build;
results.push(time('build (8 packages, sequential)', 'sh', ['-c', buildPkgs.map((p) => `(cd packages/${p} && ${buildScript(p)})`).join(' && ')]));
results.push(time('pnpm generate (turbo, --force: no cache)', 'pnpm', ['exec', 'turbo', 'run', 'generate', 'build', '--force', '--output-logs=none']));
time('(warm the turbo cache)', 'pnpm', ['exec', 'turbo', 'run', 'generate', 'build', '--output-logs=none']);
results.push(time('pnpm generate (turbo, nothing changed: cache hit)', 'pnpm', ['exec', 'turbo', 'run', 'generate', 'build', '--output-logs=none']));
rmSync(tmp, { recursive: true, force: true });

const machine = {
  node: process.version,
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model ?? '?',
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  loadAverage1m: [Number(loadAtStart.toFixed(2)), Number(loadavg()[0].toFixed(2))],
};
const out = { date: new Date().toISOString().slice(0, 10), machine, runs, results };
writeFileSync(join(root, 'bench/results/generate.json'), `${JSON.stringify(out, null, 2)}\n`);
const md = [
  `# pnpm generate timings (${out.date})`,
  '',
  `Machine: ${machine.cpus} cores (${machine.cpuModel}), ${machine.memoryGiB} GiB, Node ${machine.node}; 1-minute load average ${machine.loadAverage1m[0]} at the start, ${machine.loadAverage1m[1]} at the end. Median of ${runs} runs. Reproduce: \`pnpm bench:generate\`.`,
  '',
  '| stage | median ms | runs (ms) |',
  '|---|---:|---|',
  ...results.map((r) => `| ${r.stage} | ${r.medianMs} | ${r.samplesMs.join(', ')} |`),
  '',
  'Targets: the whole chain under 5000 ms; a turbo re-run with nothing changed under 1000 ms.',
  '',
];
writeFileSync(join(root, 'bench/results/generate.md'), md.join('\n'));
console.log(`wrote bench/results/generate.json and generate.md`);
