import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { COPY_GIT_ENV, copyRepo } from '../src/copy-repo.js';
import { run } from '../src/exec.js';

const dir = mkdtempSync(join(tmpdir(), 'release-copy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('copyRepo', () => {
  it('copies tracked and new files, not ignored ones, into a new git repository with one commit', () => {
    const src = join(dir, 'src');
    mkdirSync(join(src, 'pkg/node_modules/x'), { recursive: true });
    mkdirSync(join(src, 'pkg/dist'), { recursive: true });
    writeFileSync(join(src, '.gitignore'), 'node_modules/\ndist/\n');
    writeFileSync(join(src, 'pkg/tracked.txt'), 'tracked\n');
    writeFileSync(join(src, 'pkg/node_modules/x/index.js'), 'ignored\n');
    writeFileSync(join(src, 'pkg/dist/out.js'), 'ignored\n');
    const env = { ...process.env, ...COPY_GIT_ENV };
    run('git', ['init', '-q'], { cwd: src, env });
    run('git', ['add', '-A'], { cwd: src, env });
    run('git', ['commit', '-qm', 'x'], { cwd: src, env });
    writeFileSync(join(src, 'pkg/tracked.txt'), 'edited, not committed\n');
    writeFileSync(join(src, 'new.txt'), 'new\n');

    const dest = join(dir, 'dest');
    expect(copyRepo(src, dest)).toBe(3);
    expect(readFileSync(join(dest, 'pkg/tracked.txt'), 'utf8')).toBe('edited, not committed\n');
    expect(existsSync(join(dest, 'new.txt'))).toBe(true);
    expect(existsSync(join(dest, 'pkg/node_modules'))).toBe(false);
    expect(existsSync(join(dest, 'pkg/dist'))).toBe(false);
    expect(run('git', ['show', 'HEAD:pkg/tracked.txt'], { cwd: dest }).stdout).toBe('edited, not committed\n');
    expect(run('git', ['status', '--porcelain'], { cwd: dest }).stdout).toBe('');
  });
});
