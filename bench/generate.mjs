#!/usr/bin/env node
// Times each stage of the generation pipeline and the whole `pnpm generate`,
// writing the figures to bench/results/generate.json and generate.md.
// A benchmark: it reports numbers, it asserts nothing.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const root = new URL('..', import.meta.url).pathname;
const runs = Number(process.env.BENCH_RUNS ?? 3);
const loadAtStart = loadavg()[0];
const tmp = mkdtempSync(join(tmpdir(), 'imgur-ts-bench-'));
const bin = (pkg, name) => join(root, 'packages', pkg, 'dist', name);

// CPU time (user + system) of the finished children of this process, every process they waited
// for included (Linux /proc; elsewhere unknown): the machine may be shared, so wall time alone is noisy.
const ticks = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout) || 100;
function childCpuMs() {
  if (!existsSync('/proc/self/stat')) return undefined;
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[13]) + Number(fields[14])) * 1000) / ticks;
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function time(label, cmd, args, cwd = root) {
  const samples = [];
  const cpu = [];
  for (let i = 0; i < runs; i++) {
    const c = childCpuMs();
    const t = performance.now();
    const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' } });
    const ms = performance.now() - t;
    if (r.status !== 0) {
      console.error(`${label} failed:\n${r.stdout}\n${r.stderr}`);
      process.exit(1);
    }
    samples.push(ms);
    if (c !== undefined) cpu.push(childCpuMs() - c);
  }
  const m = median(samples);
  const cpuMedian = cpu.length > 0 ? Math.round(median(cpu)) : null;
  console.log(`${label.padEnd(52)} median ${m.toFixed(0).padStart(6)} ms, CPU ${String(cpuMedian).padStart(6)} ms  (runs: ${samples.map((s) => s.toFixed(0)).join(', ')})`);
  return { stage: label, medianMs: Math.round(m), samplesMs: samples.map((s) => Math.round(s)), cpuMedianMs: cpuMedian, cpuSamplesMs: cpu.map((s) => Math.round(s)) };
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
  time('resource code (imgur-codegen resource, 5 tags, one process)', node, [
    bin('codegen', 'cli.js'),
    'resource',
    ...resources,
    '--spec',
    join(tmp, 'openapi.json'),
    '--out',
    join(tmp, '{tag}'),
  ]),
);
// What `pnpm generate` runs: each package's own build script (tsc 7; for core tsc 7 for the
// declarations beside esbuild for the JavaScript), and the root `build:resources` (one tsc -b).
const scripts = (dir) => JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8')).scripts;
const buildPkgs = ['models', 'client', 'core', 'mock'];
const builds = [...buildPkgs.map((p) => `(cd packages/${p} && ${scripts(`packages/${p}`).build})`), scripts('.')['build:resources']];
results.push(time('build (models, client, core, mock; 5 resources in one tsc -b)', 'sh', ['-c', builds.join(' && ')]));
results.push(time('pnpm generate --force (turbo, no cache)', 'pnpm', ['run', '--silent', 'generate', '--force', '--output-logs=none']));
time('(warm the turbo cache)', 'pnpm', ['run', '--silent', 'generate', '--output-logs=none']);
results.push(time('pnpm generate (turbo, nothing changed: cache hit)', 'pnpm', ['run', '--silent', 'generate', '--output-logs=none']));
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
  'CPU: user + system time of the stage and every process it waited for.',
  '',
  '| stage | median ms | runs (ms) | CPU median ms | CPU runs (ms) |',
  '|---|---:|---|---:|---|',
  ...results.map((r) => `| ${r.stage} | ${r.medianMs} | ${r.samplesMs.join(', ')} | ${r.cpuMedianMs ?? '?'} | ${r.cpuSamplesMs.join(', ')} |`),
  '',
  'Targets: the whole chain under 5000 ms; a turbo re-run with nothing changed under 1000 ms.',
  '',
];
writeFileSync(join(root, 'bench/results/generate.md'), md.join('\n'));
console.log(`wrote bench/results/generate.json and generate.md`);
