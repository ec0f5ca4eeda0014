import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

/** One TypeScript code block of a guide. */
export interface GuideSample {
  readonly guide: string;
  /** 1-based line of the opening fence. */
  readonly line: number;
  readonly code: string;
}

/** Extracts the ```ts / ```typescript blocks of a markdown text. */
export function extractSamples(guide: string, markdown: string): GuideSample[] {
  const samples: GuideSample[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!/^```(ts|typescript)\s*$/.test(lines[i] ?? '')) continue;
    const start = i;
    const code: string[] = [];
    for (i++; i < lines.length && !/^```\s*$/.test(lines[i] ?? ''); i++) code.push(lines[i] ?? '');
    samples.push({ guide, line: start + 1, code: code.join('\n') });
  }
  return samples;
}

/**
 * Writes `files` (name -> TypeScript source, each made a module) under
 * `outDir/src` with a strict NodeNext tsconfig (Node types, DOM lib), ready
 * for `tsc -p outDir`.
 */
export function writeSampleProject(outDir: string, files: Readonly<Record<string, string>>): void {
  mkdirSync(join(outDir, 'src'), { recursive: true });
  for (const [name, code] of Object.entries(files)) writeFileSync(join(outDir, 'src', name), `${code}\nexport {};\n`);
  const compilerOptions = {
    target: 'ES2022',
    lib: ['ES2023', 'DOM', 'DOM.Iterable'],
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    strict: true,
    noUncheckedIndexedAccess: true,
    noEmit: true,
    skipLibCheck: true,
    types: ['node'],
  };
  writeFileSync(join(outDir, 'tsconfig.json'), JSON.stringify({ compilerOptions, include: ['src'] }, null, 2));
  writeFileSync(join(outDir, 'package.json'), JSON.stringify({ name: 'imgur-ts-samples', private: true, type: 'module' }));
}

/** File name of a sample in a sample project: `<guide>.L<line>.ts`. */
export function sampleFileName(s: GuideSample): string {
  return `${basename(s.guide, '.md').replace(/[^A-Za-z0-9_.-]/g, '_')}.L${s.line}.ts`;
}

/**
 * Writes every ts block of `guidesDir/*.md` as its own module into a sample
 * project in `outDir` (see `writeSampleProject`). Returns the samples written.
 */
export function writeGuideSamples(guidesDir: string, outDir: string): GuideSample[] {
  const samples = readdirSync(guidesDir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .flatMap((f) => extractSamples(f, readFileSync(join(guidesDir, f), 'utf8')));
  writeSampleProject(outDir, Object.fromEntries(samples.map((s) => [sampleFileName(s), s.code])));
  return samples;
}
