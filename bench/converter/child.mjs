// One converter in its own process: converts every collection RUNS times (after one warm-up run),
// records the CPU time of each run (process.cpuUsage around the call), writes each document to OUT_DIR.
// Only the converter's own call is timed: parsing a converter's JSON text output happens after the clock stops.
// argv: converter name, output folder, runs, then collection files.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { loadConverter, toDocument } from './converters.mjs';

const [name, outDir, runsText, ...files] = process.argv.slice(2);
const runs = Number(runsText);
const convert = await loadConverter(name);
const results = [];
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const cpu = [];
  let result;
  let error;
  for (let i = 0; i <= runs && !error; i++) {
    globalThis.gc?.();
    const start = process.cpuUsage();
    try {
      result = await convert(text);
    } catch (e) {
      error = String(e?.message ?? e).slice(0, 300);
    }
    const used = process.cpuUsage(start);
    if (i > 0) cpu.push((used.user + used.system) / 1000);
  }
  const out = join(outDir, `${name}--${basename(file)}`);
  if (!error) writeFileSync(out, JSON.stringify(toDocument(result)));
  results.push({ file: basename(file), cpu, ...(error ? { error } : { out }) });
}
process.send?.(results);
