import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocSample } from './doc-samples.js';
import { runTsc } from './run-tsc.js';

/** The compiler settings every sample must pass: the strictest a new project (`tsc --init`) is likely to use. */
export const SAMPLE_COMPILER_OPTIONS = {
  target: 'ES2022',
  lib: ['ES2023', 'DOM', 'DOM.Iterable'],
  module: 'NodeNext',
  moduleResolution: 'NodeNext',
  moduleDetection: 'force',
  strict: true,
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
  allowJs: true,
  checkJs: true,
  noEmit: true,
  skipLibCheck: true,
  types: ['node'],
} as const;

/** File name of a sample in the sample project: the document path made flat, the fence line, and `.ts`, `.mjs` or `.cjs`. */
export function docSampleFileName(s: DocSample): string {
  const ext = s.lang === 'ts' ? 'ts' : /\brequire\(/.test(s.code) ? 'cjs' : 'mjs';
  return `${s.doc.replace(/[^A-Za-z0-9]/g, '_')}.L${s.line}.${ext}`;
}

/** Where a sample project's compiler errors came from: the document and line, or the prelude file. */
export interface SampleError {
  readonly sample: DocSample;
  /** `doc:line: message` (or `prelude (for doc:line): message` for an error inside the prelude). */
  readonly message: string;
}

/**
 * Writes every sample as its own module (replacing `outDir/src`) (its prelude's text first) into
 * `outDir/src`, with a tsconfig of `SAMPLE_COMPILER_OPTIONS`, type-checks the
 * project with TypeScript 7 and returns each error mapped back to the
 * document line it comes from. `outDir` must resolve the `@imgur-ts/*`
 * packages (a folder under a package that depends on them).
 */
export function checkDocSamples(root: string, samples: readonly DocSample[], outDir: string): SampleError[] {
  rmSync(join(outDir, 'src'), { recursive: true, force: true });
  mkdirSync(join(outDir, 'src'), { recursive: true });
  const byFile = new Map<string, { sample: DocSample; offset: number }>();
  for (const s of samples) {
    const name = docSampleFileName(s);
    const prelude = s.prelude === undefined ? '' : `${readFileSync(join(root, s.prelude), 'utf8').trimEnd()}\n`;
    const offset = prelude === '' ? 0 : prelude.split('\n').length - 1;
    const tail = name.endsWith('.cjs') ? '\n' : '\nexport {};\n';
    writeFileSync(join(outDir, 'src', name), `${prelude}${s.code}${tail}`);
    byFile.set(name, { sample: s, offset });
  }
  writeFileSync(join(outDir, 'tsconfig.json'), JSON.stringify({ compilerOptions: SAMPLE_COMPILER_OPTIONS, include: ['src'] }, null, 2));
  writeFileSync(join(outDir, 'package.json'), JSON.stringify({ name: 'imgur-ts-doc-samples', private: true, type: 'module' }));
  const run = runTsc('7', join(outDir, 'tsconfig.json'));
  const errors: SampleError[] = [];
  for (const m of run.output.matchAll(/src\/([^(/\s]+)\((\d+),\d+\): (error .*)/g)) {
    const hit = byFile.get(m[1] ?? '');
    if (!hit) continue;
    const line = Number(m[2]);
    const { sample, offset } = hit;
    const where = line > offset ? `${sample.doc}:${sample.line + line - offset}` : `${sample.prelude} (prelude of ${sample.doc}:${sample.line}), line ${line}`;
    errors.push({ sample, message: `${where}: ${m[3]}` });
  }
  if (!run.ok && errors.length === 0) throw new Error(`checkDocSamples: tsc failed without a sample error:\n${run.output}`);
  return errors;
}
