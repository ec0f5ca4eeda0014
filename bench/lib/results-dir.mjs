// Where a bench writes its results: bench/results, or BENCH_RESULTS_DIR (the benches' smoke test writes to a
// temporary folder so that the committed results stay as measured).
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The results folder under `root` (the repository), created if missing. */
export function resultsDir(root) {
  const dir = process.env.BENCH_RESULTS_DIR || join(root, 'bench/results');
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Writes `text` to `dir/name` whole or not at all (a temporary file renamed over it); returns the path. */
export function writeResult(dir, name, text) {
  const file = join(dir, name);
  writeFileSync(`${file}.tmp`, text);
  renameSync(`${file}.tmp`, file);
  return file;
}
