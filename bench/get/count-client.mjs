// One contender of `pnpm bench:get-instructions`, run under `valgrind --tool=callgrind` by instructions.mjs:
// argv <contender> <server url> <warm-up calls> <calls> <concurrency>. Makes the warm-up calls, then the calls, at
// that concurrency (each worker awaits its call before the next), and exits. The instructions of the whole process
// are counted by callgrind; instructions.mjs runs it twice with different numbers of calls and divides the
// difference, so start-up, import and warm-up cancel out. No socket may leave 127.0.0.1.
import { onlyLoopback } from '../lib/local-only.mjs';
import { contender } from './contenders.mjs';

const [which, url, warmupText, callsText, concurrencyText] = process.argv.slice(2);
onlyLoopback('bench:get-instructions');
const call = await contender(which, url);
const concurrency = Number(concurrencyText);

/** `n` calls over `concurrency` workers. */
async function calls(n) {
  let left = n;
  const worker = async () => {
    while (left > 0) {
      left--;
      await call();
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

await calls(Number(warmupText));
await calls(Number(callsText));
process.exit(0);
