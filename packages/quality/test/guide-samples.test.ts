import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractSamples, writeGuideSamples } from '../src/guide-samples.js';
import { repoRoot } from '../src/repo-root.js';
import { runTsc } from '../src/run-tsc.js';

const fence = '```';

describe('extractSamples', () => {
  it('takes ts and typescript blocks with their opening line, and skips other languages', () => {
    const md = ['# t', `${fence}ts`, 'const a = 1;', fence, `${fence}sh`, 'npm i x', fence, `${fence}typescript`, 'let b;', 'b = 2;', fence].join('\n');
    expect(extractSamples('g.md', md)).toEqual([
      { guide: 'g.md', line: 2, code: 'const a = 1;' },
      { guide: 'g.md', line: 8, code: 'let b;\nb = 2;' },
    ]);
  });
});

describe('the guides', () => {
  it('every TypeScript sample in guides/*.md type-checks (strict) against the built packages', () => {
    const out = fileURLToPath(new URL('../node_modules/.cache/quality-guides', import.meta.url));
    rmSync(out, { recursive: true, force: true });
    const samples = writeGuideSamples(join(repoRoot(fileURLToPath(new URL('.', import.meta.url))), 'guides'), out);
    expect(samples.length).toBeGreaterThan(10);
    const run = runTsc('7', join(out, 'tsconfig.json'));
    expect(run.output).toBe('');
    expect(run.ok).toBe(true);
  });
});
