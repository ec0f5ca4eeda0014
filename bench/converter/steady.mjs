// One converter in one process that keeps converting, as a server or a watch task does: WARMUP passes over every
// collection in turn (not timed), then PASSES timed passes, each converting every collection once in the same order.
// No forced collection: each conversion pays the garbage collections that fall in it, as in an app. Records the
// CPU (process.cpuUsage, every thread) of each timed conversion; a collection the converter throws on is left out
// after its first failure. argv: converter name, warm-up passes, timed passes, then collection files.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { loadConverter } from './converters.mjs';

const [name, warmupText, passesText, ...files] = process.argv.slice(2);
const convert = await loadConverter(name);
const texts = files.map((file) => readFileSync(file, 'utf8'));
const cpu = files.map(() => []);
const failed = files.map(() => undefined);
const warmup = Number(warmupText);
const passes = Number(passesText);
for (let pass = 0; pass < warmup + passes; pass++) {
  for (let i = 0; i < files.length; i++) {
    if (failed[i] !== undefined) continue;
    const start = process.cpuUsage();
    try {
      await convert(texts[i]);
    } catch (e) {
      failed[i] = String(e?.message ?? e).slice(0, 300);
      continue;
    }
    const used = process.cpuUsage(start);
    if (pass >= warmup) cpu[i].push((used.user + used.system) / 1000);
  }
}
process.send?.(files.map((file, i) => ({ file: basename(file), cpu: cpu[i], ...(failed[i] !== undefined ? { error: failed[i] } : {}) })));
