import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/output/write-file.js';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('writeFileAtomic', () => {
  it('writes the text and leaves no temp file', () => {
    dir = mkdtempSync(join(tmpdir(), 'p2o-'));
    writeFileAtomic(join(dir, 'out.json'), '{}\n');
    expect(readFileSync(join(dir, 'out.json'), 'utf8')).toBe('{}\n');
    expect(readdirSync(dir)).toEqual(['out.json']);
  });

  it('replaces an existing file', () => {
    dir = mkdtempSync(join(tmpdir(), 'p2o-'));
    writeFileSync(join(dir, 'out.json'), 'old');
    writeFileAtomic(join(dir, 'out.json'), 'new');
    expect(readFileSync(join(dir, 'out.json'), 'utf8')).toBe('new');
  });

  it('on failure throws and leaves nothing behind (a directory stands where the file should go)', () => {
    dir = mkdtempSync(join(tmpdir(), 'p2o-'));
    mkdirSync(join(dir, 'out.json'));
    expect(() => writeFileAtomic(join(dir, 'out.json'), 'data')).toThrow();
    expect(readdirSync(dir)).toEqual(['out.json']);
    expect(readdirSync(join(dir, 'out.json'))).toEqual([]);
  });
});
