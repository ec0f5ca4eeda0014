import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const pkg = join(dirname(fileURLToPath(import.meta.url)), '..');
// The repo's type checker: the native TypeScript 7 compiler.
const tsc = join(pkg, '../../scripts/tsc.mjs');

function typecheck(project: string): { status: number | null; out: string } {
  const r = spawnSync(process.execPath, [tsc, '--noEmit', '-p', project], { cwd: pkg, encoding: 'utf8' });
  return { status: r.status, out: r.stdout + r.stderr };
}

describe('type tests', () => {
  it('src and test type-check cleanly (every @ts-expect-error is used)', () => {
    const { status, out } = typecheck('tsconfig.json');
    expect(out).toBe('');
    expect(status).toBe(0);
  });

  it('each @ts-expect-error in types.test.ts marks a real error', () => {
    const source = readFileSync(join(pkg, 'test/types.test.ts'), 'utf8');
    const expected = source.split('\n').filter((l) => l.trim().startsWith('// @ts-expect-error')).length;
    expect(expected).toBeGreaterThanOrEqual(10);
    const dir = mkdtempSync(join(pkg, '.typecheck-'));
    try {
      writeFileSync(join(dir, 'negative.ts'), source.replaceAll('// @ts-expect-error', '// (expect error)'));
      writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ extends: '../tsconfig.json', include: ['negative.ts'] }));
      const { status, out } = typecheck(join(dir, 'tsconfig.json'));
      expect(status).not.toBe(0);
      const errorLines = new Set(
        out
          .split('\n')
          .filter((l) => l.includes('negative.ts('))
          .map((l) => l.split('(')[1]!.split(',')[0]),
      );
      expect(errorLines.size).toBe(expected);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
