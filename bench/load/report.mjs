// Writes bench/results/load.json and load.md, each to a temp file in the same
// directory first and then renamed, so a crash never leaves half a file.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

function writeAtomic(path, text) {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

const busy = (r) => Math.max(r.machine.loadAverage1m.before, r.machine.loadAverage1m.after) > r.machine.cpus;
const ms = (x) => (x === null || x === undefined ? '–' : x.toFixed(2));

/** Renders the Markdown summary of a load result. */
export function renderMarkdown(r) {
  const rows = Object.entries(r.latency).map(([kind, s]) => `| ${kind} | ${s.count} | ${ms(s.meanMs)} | ${ms(s.p50Ms)} | ${ms(s.p90Ms)} | ${ms(s.p99Ms)} | ${ms(s.maxMs)} |`);
  const errors = Object.entries(r.errors.byMessage).map(([m, n]) => `- ${n} × ${m}`);
  const lost = r.verification.lost.slice(0, 20).map((l) => `- upload #${l.n} (${l.id}): ${l.reason}`);
  return [
    '# Load benchmark: SDK against the mock server',
    '',
    `${r.date} · \`${r.command}\` · commit ${r.commit ?? 'unknown'}`,
    '',
    `Machine: ${r.machine.cpuModel} (${r.machine.cpus} cores), ${r.machine.memoryGiB} GiB, ${r.machine.os}, Node ${r.machine.node}.`,
    `The mock runs in its own process on 127.0.0.1 with rate limits raised; ${r.config.concurrency} SDK clients (retries off) share the other process.`,
    '',
    `**${r.completed} of ${r.config.requests} requests in ${r.elapsedSeconds.toFixed(2)} s: ${r.throughputPerSecond.toFixed(0)} requests/s**` +
      (r.partial ? ` (partial: stopped by the ${r.config.timeLimitS} s cap, ${r.abortedInFlight} in flight aborted)` : '') +
      `; ${r.uploads.inRun} uploads (${(r.config.uploadShare * 100).toFixed(0)} % target), ${r.errors.total} errors.`,
    '',
    'Latency of successful requests (ms, nearest-rank percentiles):',
    '',
    '| kind | count | mean | p50 | p90 | p99 | max |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...rows,
    '',
    `Read-back: ${r.verification.ok} of ${r.uploads.total} uploads (${r.uploads.beforeRun} before the run + ${r.uploads.inRun} during it) fetched by id and by \`link\` with identical bytes` +
      ` in ${r.verification.seconds} s; ${r.verification.lost.length} lost${r.verification.timedOut ? ' (verification stopped by its time cap)' : ''}.` +
      ` The mock holds ${r.verification.mockImages} images; the account reports ${r.verification.accountImageCount}.`,
    '',
    `CPU: clients ${r.cpu.clientsSeconds} s, mock ${r.cpu.mockSeconds ?? '–'} s over the run (${r.machine.cpus} cores × ${r.elapsedSeconds.toFixed(1)} s = ${(r.machine.cpus * r.elapsedSeconds).toFixed(1)} core-seconds).` +
      ` Load average (1 min) ${r.machine.loadAverage1m.before} before, ${r.machine.loadAverage1m.after} after${busy(r) ? `: above ${r.machine.cpus}, so other processes competed for the cores and these numbers understate an idle machine` : ''}.`,
    ...(errors.length ? ['', 'Errors:', '', ...errors] : []),
    ...(lost.length ? ['', 'Lost uploads (first 20):', '', ...lost] : []),
    '',
  ].join('\n');
}

/** Writes `result` as JSON and Markdown into `dir`; returns the two paths. */
export function writeResults(dir, result) {
  mkdirSync(dir, { recursive: true });
  const json = join(dir, 'load.json');
  const md = join(dir, 'load.md');
  writeAtomic(json, `${JSON.stringify(result, null, 2)}\n`);
  writeAtomic(md, renderMarkdown(result));
  return [json, md];
}
