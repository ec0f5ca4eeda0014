// The measuring loop of the benches that run every contender in ONE process (bench:get-in-process, and
// bench:get-fetch's client under Node, Deno and Bun): batches interleaved, the order rotating each round, so the
// busy moments of a shared machine land on every contender alike. Runtime-neutral (node:process only).
import process from 'node:process';

/** Runs `task` `n` times, `c` at a time. */
export const batch = async (task, n, c) => {
  let started = 0;
  await Promise.all(
    Array.from({ length: c }, async () => {
      while (started++ < n) await task();
    }),
  );
};

/** The median of `xs`. */
export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/**
 * Warms every contender up (`warmup` calls, 10 at a time), then, per concurrency, `rounds` rounds of one batch of
 * `requests` calls per contender. Returns `{ [c]: { [name]: { cpuUsPerCall, msPerCall } } }`, medians over the rounds
 * (CPU of the whole process, all threads).
 */
export async function measureInterleaved(contenders, { concurrencies, rounds, requests, warmup }) {
  const names = Object.keys(contenders);
  for (const name of names) await batch(contenders[name], warmup, 10);
  const results = {};
  for (const c of concurrencies) {
    const cpu = {};
    const wall = {};
    for (let round = 0; round < rounds; round++) {
      for (let k = 0; k < names.length; k++) {
        const name = names[(k + round) % names.length];
        const before = process.cpuUsage();
        const start = performance.now();
        await batch(contenders[name], requests, c);
        const used = process.cpuUsage(before);
        (wall[name] ??= []).push((performance.now() - start) / requests);
        (cpu[name] ??= []).push((used.user + used.system) / requests);
      }
    }
    results[c] = Object.fromEntries(names.map((n) => [n, { cpuUsPerCall: median(cpu[n]), msPerCall: median(wall[n]) }]));
  }
  return results;
}
