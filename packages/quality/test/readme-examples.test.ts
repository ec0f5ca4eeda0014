// The runnable example of each library README compiles: at least one ts
// block that imports the package type-checks (strict) against the built
// packages. Packages with a `bin` are CLI-first: their runnable example is
// the shell one that checkReadme (packages.test.ts) requires.
import { readFileSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { discoverPackages } from '../src/discover-packages.js';
import { extractSamples, sampleFileName, writeSampleProject, type GuideSample } from '../src/guide-samples.js';
import { repoRoot } from '../src/repo-root.js';
import { runTsc } from '../src/run-tsc.js';

const root = repoRoot(fileURLToPath(new URL('.', import.meta.url)));
const out = fileURLToPath(new URL('../node_modules/.cache/quality-readmes', import.meta.url));
const importing = (name: string, s: GuideSample) => s.code.includes(`from '${name}'`) || s.code.includes(`from "${name}"`);
const byPackage = discoverPackages(root)
  .filter((p) => p.manifest.bin === undefined)
  .map((p) => {
    const file = join(p.dir, 'README.md');
    const md = existsSync(file) ? readFileSync(file, 'utf8') : '';
    return { name: p.name, samples: extractSamples(`${p.name.replace('@imgur-ts/', '')}-README.md`, md).filter((s) => importing(p.name, s)) };
  })
  .filter((p) => p.samples.length > 0);
let failing = new Set<string>();
let output = '';

beforeAll(() => {
  rmSync(out, { recursive: true, force: true });
  writeSampleProject(out, Object.fromEntries(byPackage.flatMap((p) => p.samples.map((s) => [sampleFileName(s), s.code]))));
  const run = runTsc('7', join(out, 'tsconfig.json'));
  output = run.output;
  // tsc prints paths relative to the working directory: match the file name after src/.
  failing = new Set([...output.matchAll(/src\/([^(/]+)\(\d+,\d+\): error/g)].map((m) => m[1] ?? ''));
});

describe('README examples', () => {
  it('every library package has a TypeScript example importing it', () => {
    const libraries = discoverPackages(root).filter((p) => p.manifest.bin === undefined);
    expect(byPackage.map((p) => p.name)).toEqual(libraries.map((p) => p.name));
  });

  it.each(byPackage.map((p) => [p.name, p] as const))('%s: an example importing the package type-checks', (_name, p) => {
    const compiling = p.samples.filter((s) => !failing.has(sampleFileName(s)));
    const errors = output.split('\n').filter((l) => p.samples.some((s) => l.includes(`src/${sampleFileName(s)}(`)));
    expect(compiling.length, errors.join('\n')).toBeGreaterThan(0);
  });
});
