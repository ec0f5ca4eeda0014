import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeGenerated } from '../src/write-generated.js';

describe('writeGenerated', () => {
  it('writes new files, skips equal ones and deletes stale .gen.ts files only', () => {
    const dir = mkdtempSync(join(tmpdir(), 'imgur-codegen-w-'));
    try {
      writeFileSync(join(dir, 'old.gen.ts'), 'old');
      writeFileSync(join(dir, 'keep.ts'), 'handwritten');
      writeFileSync(join(dir, 'same.gen.ts'), 'same');
      const changed = writeGenerated(
        dir,
        new Map([
          ['same.gen.ts', 'same'],
          ['new.gen.ts', 'new'],
        ]),
      );
      expect(changed.sort()).toEqual(['new.gen.ts', 'old.gen.ts']);
      expect(readdirSync(dir).sort()).toEqual(['keep.ts', 'new.gen.ts', 'same.gen.ts']);
      expect(readFileSync(join(dir, 'new.gen.ts'), 'utf8')).toBe('new');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each(['../escape.gen.ts', 'a/b.gen.ts', 'x.ts'])('refuses the file name %j', (name) => {
    expect(() => writeGenerated(tmpdir(), new Map([[name, '']]))).toThrow('refusing to write generated file named');
  });
});
