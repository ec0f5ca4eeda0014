// One converter, one collection, in a fresh process: what a command-line run or a one-off script pays. Times (CPU,
// process.cpuUsage) the converter's import and its first conversion, and prints them as one JSON line.
// argv: converter name, collection file.
import { readFileSync } from 'node:fs';

const [name, file] = process.argv.slice(2);
const text = readFileSync(file, 'utf8');
const { loadConverter } = await import('./converters.mjs');
const cpu = (from) => {
  const used = process.cpuUsage(from);
  return (used.user + used.system) / 1000;
};
const start = process.cpuUsage();
const convert = await loadConverter(name);
const importMs = cpu(start);
const convertStart = process.cpuUsage();
let error;
try {
  await convert(text);
} catch (e) {
  error = String(e?.message ?? e).slice(0, 200);
}
const firstMs = cpu(convertStart);
process.stdout.write(`${JSON.stringify({ importMs, firstMs, ...(error ? { error } : {}) })}\n`);
