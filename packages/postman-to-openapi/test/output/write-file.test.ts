import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeFiles } from '../../src/output/write-file.js';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));
const fresh = (): string => (dir = mkdtempSync(join(tmpdir(), 'p2o-')));

describe('writeFiles', () => {
  it('writes every file, creating missing folders, and leaves no temp file', () => {
    const d = fresh();
    writeFiles([
      { path: join(d, 'out.json'), text: '{}\n' },
      { path: join(d, 'a', 'b', 'r.json'), text: 'r' },
    ]);
    expect(readFileSync(join(d, 'out.json'), 'utf8')).toBe('{}\n');
    expect(readFileSync(join(d, 'a', 'b', 'r.json'), 'utf8')).toBe('r');
    expect(readdirSync(d).sort()).toEqual(['a', 'out.json']);
  });

  it('replaces an existing file keeping its mode, and writes through a symbolic link', () => {
    const d = fresh();
    writeFileSync(join(d, 'out.json'), 'old', { mode: 0o600 });
    symlinkSync(join(d, 'out.json'), join(d, 'link.json'));
    writeFiles([{ path: join(d, 'link.json'), text: 'new' }]);
    expect(readFileSync(join(d, 'out.json'), 'utf8')).toBe('new');
    expect(statSync(join(d, 'out.json')).mode & 0o777).toBe(0o600);
    expect(readdirSync(d).sort()).toEqual(['link.json', 'out.json']);
  });

  it('a destination that cannot be written changes none: the first file keeps its text', () => {
    const d = fresh();
    writeFileSync(join(d, 'keep.json'), 'SENT');
    writeFileSync(join(d, 'file'), 'x');
    expect(() =>
      writeFiles([
        { path: join(d, 'keep.json'), text: 'new' },
        { path: join(d, 'file', 'r.json'), text: 'r' },
      ]),
    ).toThrow(/file[/\\]r\.json: cannot write \(a parent is not a directory, ENOTDIR\)/);
    expect(readFileSync(join(d, 'keep.json'), 'utf8')).toBe('SENT');
    expect(readdirSync(d).sort()).toEqual(['file', 'keep.json']);
  });

  it.runIf(existsSync('/proc/self'))('a folder that cannot be created under /proc fails at once, naming the path and cause, and rolls back', () => {
    const d = fresh();
    writeFileSync(join(d, 'keep.json'), 'SENT');
    expect(() =>
      writeFiles([
        { path: join(d, 'keep.json'), text: 'new' },
        { path: join(d, 'made', 'o.json'), text: 'o' },
        { path: '/proc/self/nope/r.json', text: 'r' },
      ]),
    ).toThrow(/^\/proc\/self\/nope\/r\.json: cannot write \(no such file or directory, ENOENT\)$/);
    expect(readFileSync(join(d, 'keep.json'), 'utf8')).toBe('SENT');
    expect(readdirSync(d)).toEqual(['keep.json']);
  });

  it.runIf(existsSync('/dev/null'))('refuses a device or a FIFO instead of replacing it', () => {
    const d = fresh();
    expect(() => writeFiles([{ path: '/dev/null', text: 'x' }])).toThrow('/dev/null: is a character device, not a regular file; refusing to replace it');
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
    execFileSync('mkfifo', [join(d, 'fifo')]);
    expect(() => writeFiles([{ path: join(d, 'fifo'), text: 'x' }])).toThrow(/fifo: is a FIFO, not a regular file; refusing to replace it/);
    expect(statSync(join(d, 'fifo')).isFIFO()).toBe(true);
  });

  it('writes through a symbolic link whose target is not there yet (relative, chained, its folder created), and refuses a loop', () => {
    const d = fresh();
    symlinkSync('sub/target.json', join(d, 'first.json'));
    symlinkSync('first.json', join(d, 'link.json'));
    writeFiles([{ path: join(d, 'link.json'), text: 'made' }]);
    expect(readFileSync(join(d, 'sub', 'target.json'), 'utf8')).toBe('made');
    expect(readdirSync(d).sort()).toEqual(['first.json', 'link.json', 'sub']);
    symlinkSync('b.json', join(d, 'a.json'));
    symlinkSync('a.json', join(d, 'b.json'));
    expect(() => writeFiles([{ path: join(d, 'a.json'), text: 'x' }])).toThrow(/a\.json: cannot write \(too many symbolic links, ELOOP\)/);
  });

  it('refuses a symbolic link to a FIFO, naming it (not ENOENT)', () => {
    const d = fresh();
    execFileSync('mkfifo', [join(d, 'fifo')]);
    symlinkSync(join(d, 'fifo'), join(d, 'out.json'));
    expect(() => writeFiles([{ path: join(d, 'out.json'), text: 'x' }])).toThrow(/out\.json: is a FIFO, not a regular file; refusing to replace it/);
  });
});
