// Where a bench writes its results: bench/results, or BENCH_RESULTS_DIR (the benches' smoke test writes to a
// temporary folder so that the committed results stay as measured).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

/** The results folder under `root` (the repository), created if missing. */
export function resultsDir(root) {
  const dir = process.env.BENCH_RESULTS_DIR || join(root, 'bench/results');
  mkdirSync(dir, { recursive: true });
  return dir;
}
