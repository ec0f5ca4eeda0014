import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toJson } from '../src/to-json.js';
import { writeAtomic } from '../src/write-atomic.js';

describe('writeAtomic and toJson', () => {
  it('writes through a temporary file and leaves only the target', () => {
    const dir = mkdtempSync(join(tmpdir(), 'imgur-codegen-a-'));
    try {
      writeAtomic(join(dir, 'sub', 'x.json'), toJson({ b: 1, a: [true, null] }));
      expect(readdirSync(join(dir, 'sub'))).toEqual(['x.json']);
      expect(readFileSync(join(dir, 'sub', 'x.json'), 'utf8')).toBe('{\n  "b": 1,\n  "a": [\n    true,\n    null\n  ]\n}\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('leaves nothing behind when the target cannot be written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'imgur-codegen-a-'));
    try {
      writeAtomic(join(dir, 'd'), 'x');
      expect(() => writeAtomic(join(dir, 'd', 'y'), 'y')).toThrow();
      expect(readdirSync(dir)).toEqual(['d']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
