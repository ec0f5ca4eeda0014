import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';
import type { DocSample } from './doc-samples.js';

/** How a sample run ended. */
export interface SampleRun {
  /** The exit code (null when a signal ended it). */
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs a TypeScript or JavaScript sample as an ES module with Node: the types
 * are stripped with esbuild, the result written to `dir/sample.mjs` (`dir`
 * must resolve the packages the sample imports) and run with `env` added to
 * this process's environment. Asynchronous, so a server in this process can
 * answer it. Resolves however the sample ends.
 */
export function runDocSample(sample: DocSample, dir: string, env: Readonly<Record<string, string>>): Promise<SampleRun> {
  mkdirSync(dir, { recursive: true });
  const { code } = transformSync(sample.code, { loader: sample.lang, format: 'esm', sourcefile: `${sample.doc}:${sample.line}` });
  const file = join(dir, 'sample.mjs');
  writeFileSync(file, code);
  return new Promise((done) => {
    execFile(process.execPath, [file], { cwd: dir, env: { ...process.env, ...env }, encoding: 'utf8' }, (error, stdout, stderr) => {
      const exit = error === null ? 0 : typeof error.code === 'number' ? error.code : null;
      done({ code: exit, stdout, stderr });
    });
  });
}
