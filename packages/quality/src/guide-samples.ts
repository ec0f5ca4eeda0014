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
 * Writes every ts block of `guidesDir/*.md` as its own module
 * (`src/<guide>.L<line>.ts`) plus a strict tsconfig into `outDir`, ready for
 * `tsc -p`. Returns the samples written.
 */
export function writeGuideSamples(guidesDir: string, outDir: string): GuideSample[] {
  const samples = readdirSync(guidesDir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .flatMap((f) => extractSamples(f, readFileSync(join(guidesDir, f), 'utf8')));
  mkdirSync(join(outDir, 'src'), { recursive: true });
  for (const s of samples) writeFileSync(join(outDir, 'src', `${basename(s.guide, '.md')}.L${s.line}.ts`), `${s.code}\nexport {};\n`);
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
  writeFileSync(join(outDir, 'package.json'), JSON.stringify({ name: 'imgur-ts-guide-samples', private: true, type: 'module' }));
  return samples;
}
