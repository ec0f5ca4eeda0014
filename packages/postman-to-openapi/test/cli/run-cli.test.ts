import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';

const here = dirname(fileURLToPath(import.meta.url));
const pkg = join(here, '..', '..');
const fixture = join(here, '..', 'fixtures', 'imgur-style.postman_collection.json');
const collectionText = JSON.stringify({ info: { name: 'café ☕', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' }, item: [] });
let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[]): { code: number; err: string } {
  let err = '';
  const code = runCli(args, (t) => {
    err += t;
  });
  return { code, err };
}

describe('runCli', () => {
  it('writes the document and the report, prints a summary', () => {
    dir = mkdtempSync(join(tmpdir(), 'p2o-cli-'));
    copyFileSync(fixture, join(dir, 'c.json'));
    const { code, err } = run([join(dir, 'c.json'), '--out', join(dir, 'o.json'), '--report', join(dir, 'r.json'), '--title', 'Custom']);
    expect(code).toBe(0);
    expect(err).toMatch(/c\.json: 14 requests -> 12 operations \(1 merged, 1 skipped\), 8 warnings\n$/);
    expect(err).toContain('warning: Gallery / Random Gallery Images (/item/1/item/2/request/url): request has no URL; left out [skipped]');
    expect(JSON.parse(readFileSync(join(dir, 'o.json'), 'utf8')).info.title).toBe('Custom');
    expect(JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')).summary.skipped).toBe(1);
    expect(readdirSync(dir).sort()).toEqual(['c.json', 'o.json', 'r.json']);
  });

  it.each<[string, (d: string) => string[], number, RegExp]>([
    ['--strict with warnings', (d) => [fixture, '--out', join(d, 'o.json'), '--strict'], 1, /--strict: nothing written/],
    [
      'not JSON',
      (d) => {
        writeFileSync(join(d, 'bad.json'), '{');
        return [join(d, 'bad.json'), '--out', join(d, 'o.json')];
      },
      1,
      /error: .*bad\.json: not valid JSON/,
    ],
    [
      'unknown schema version',
      (d) => {
        writeFileSync(join(d, 'v3.json'), JSON.stringify({ info: { schema: 'https://schema.getpostman.com/json/collection/v3.0.0/collection.json' }, item: [] }));
        return [join(d, 'v3.json'), '--out', join(d, 'o.json')];
      },
      1,
      /v3\.json: unsupported Postman collection schema v3\.0\.0/,
    ],
    ['missing file', (d) => [join(d, 'none.json'), '--out', join(d, 'o.json')], 1, /none\.json: cannot read file \(ENOENT\)/],
    ['no --out', () => [fixture], 2, /^usage: postman-to-openapi/],
    ['unknown option', (d) => [fixture, '--out', join(d, 'o.json'), '--nope'], 2, /Unknown option '--nope'/],
    ['--out and --report the same file', (d) => [fixture, '--out', join(d, 'o.json'), '--report', join(d, '.', 'o.json')], 2, /--out and --report name the same file/],
    [
      'Latin-1 text',
      (d) => {
        writeFileSync(join(d, 'l.json'), Buffer.concat([Buffer.from('{"info":{"name":"caf'), Buffer.from([0xe9]), Buffer.from('"}}')]));
        return [join(d, 'l.json'), '--out', join(d, 'o.json')];
      },
      1,
      /l\.json: not UTF-8 text \(invalid byte 0xE9 at offset 20\); save the collection as UTF-8/,
    ],
  ])('given %s -> exit code and message, no output file', (_name, args, want, message) => {
    dir = mkdtempSync(join(tmpdir(), 'p2o-cli-'));
    const { code, err } = run(args(dir));
    expect(code).toBe(want);
    expect(err).toMatch(message);
    expect(existsSync(join(dir, 'o.json'))).toBe(false);
    expect(readdirSync(dir).filter((f) => f.includes('.tmp'))).toEqual([]);
  });

  it.each<[string, (d: string) => string[]]>([
    ['--out the collection itself', (d) => [join(d, 'c.json'), '--out', join(d, 'c.json')]],
    ['--out the collection spelled another way', (d) => [join(d, 'c.json'), '--out', join(d, '.', 'sub', '..', 'c.json')]],
    ['--report the collection', (d) => [join(d, 'c.json'), '--out', join(d, 'o.json'), '--report', join(d, 'c.json')]],
    [
      '--out a symbolic link to the collection',
      (d) => {
        symlinkSync(join(d, 'c.json'), join(d, 'link.json'));
        return [join(d, 'c.json'), '--out', join(d, 'link.json')];
      },
    ],
    [
      '--report a hard link to the collection, read through a symbolic link',
      (d) => {
        symlinkSync(join(d, 'c.json'), join(d, 'link.json'));
        linkSync(join(d, 'c.json'), join(d, 'hard.json'));
        return [join(d, 'link.json'), '--out', join(d, 'o.json'), '--report', join(d, 'hard.json')];
      },
    ],
  ])('given %s -> usage error (exit 2), the collection kept, nothing written', (_name, args) => {
    dir = mkdtempSync(join(tmpdir(), 'p2o-cli-'));
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'c.json'), collectionText);
    const { code, err } = run(args(dir));
    expect(code).toBe(2);
    expect(err).toMatch(/--(out|report) names the collection \(.*\); nothing written\n/);
    expect(readFileSync(join(dir, 'c.json'), 'utf8')).toBe(collectionText);
    expect(existsSync(join(dir, 'o.json'))).toBe(false);
    expect(readdirSync(dir).filter((f) => f.includes('.tmp'))).toEqual([]);
  });

  it('a report that cannot be written leaves an existing --out file as it was', () => {
    dir = mkdtempSync(join(tmpdir(), 'p2o-cli-'));
    writeFileSync(join(dir, 'keep.json'), 'SENT');
    writeFileSync(join(dir, 'file'), 'x');
    const { code, err } = run([fixture, '--out', join(dir, 'keep.json'), '--report', join(dir, 'file', 'r.json')]);
    expect(code).toBe(1);
    expect(err).toMatch(/error: .*file[/\\]r\.json: cannot write \(a parent is not a directory, ENOTDIR\)\n$/);
    expect(err).not.toContain('internal error');
    expect(readFileSync(join(dir, 'keep.json'), 'utf8')).toBe('SENT');
  });

  it.each<[string, Buffer]>([
    ['UTF-8 with a byte order mark', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(collectionText)])],
    ['UTF-16LE with a byte order mark', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(collectionText, 'utf16le')])],
    ['UTF-16BE with a byte order mark', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(collectionText, 'utf16le').swap16()])],
  ])('reads %s', (_name, bytes) => {
    dir = mkdtempSync(join(tmpdir(), 'p2o-cli-'));
    writeFileSync(join(dir, 'c.json'), bytes);
    const { code } = run([join(dir, 'c.json'), '--out', join(dir, 'o.json')]);
    expect(code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'o.json'), 'utf8')).info.title).toBe('café ☕');
  });
});

describe('the built bin (dist/cli.js)', () => {
  beforeAll(() => {
    const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: pkg, encoding: 'utf8' });
    expect(build.status, build.stdout + build.stderr).toBe(0);
  });

  it('starts with a node shebang and converts with the spec package command line', () => {
    expect(readFileSync(join(pkg, 'dist', 'cli.js'), 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
    dir = mkdtempSync(join(tmpdir(), 'p2o-bin-'));
    copyFileSync(fixture, join(dir, 'imgur.postman_collection.json'));
    const r = spawnSync(process.execPath, [join(pkg, 'dist', 'cli.js'), 'imgur.postman_collection.json', '--out', 'openapi.base.json', '--report', 'conversion-report.json'], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain('imgur.postman_collection.json: 14 requests -> 12 operations');
    expect(readFileSync(join(dir, 'openapi.base.json'), 'utf8')).toBe(readFileSync(join(here, '..', 'fixtures', 'imgur-style.openapi.json'), 'utf8'));
    expect(JSON.parse(readFileSync(join(dir, 'conversion-report.json'), 'utf8')).source).toBe('imgur.postman_collection.json');
  });

  it.runIf(existsSync('/dev/stdout'))('--out /dev/stdout with stdout a pipe or socket is refused as one (not a missing file)', () => {
    dir = mkdtempSync(join(tmpdir(), 'p2o-bin-'));
    copyFileSync(fixture, join(dir, 'c.json'));
    const r = spawnSync(process.execPath, [join(pkg, 'dist', 'cli.js'), 'c.json', '--out', '/dev/stdout'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/\/dev\/stdout: is a (FIFO|socket), not a regular file; refusing to replace it/);
    expect(r.stdout).toBe('');
  });

  it('exits 1 on bad input without writing', () => {
    dir = mkdtempSync(join(tmpdir(), 'p2o-bin-'));
    writeFileSync(join(dir, 'x.json'), '[]');
    const r = spawnSync(process.execPath, [join(pkg, 'dist', 'cli.js'), 'x.json', '--out', 'o.json'], { cwd: dir, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('x.json: not a Postman collection');
    expect(readdirSync(dir)).toEqual(['x.json']);
  });

  it.each<[string, () => string, RegExp]>([
    [
      'folders nested 100 000 deep',
      () => {
        const depth = 100_000;
        return `{"info":{"schema":"https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},"item":[${'{"name":"f","item":['.repeat(depth)}${']}'.repeat(depth)}]}`;
      },
      /^postman-to-openapi: error: hostile\.json: nested deeper than 100 levels \(at (\/item\/0){50}\)\n$/,
    ],
    [
      'a 50 MB schema string',
      () => JSON.stringify({ info: { schema: 'x'.repeat(50_000_000) }, item: [] }),
      /^postman-to-openapi: error: hostile\.json: not a Postman collection schema: "x{80}…" \(50000000 characters\) \(at \/info\/schema\)\n$/,
    ],
  ])('given %s -> exit 1, one line naming the place, no stack trace, the previous output untouched', (_name, text, message) => {
    dir = mkdtempSync(join(tmpdir(), 'p2o-bin-'));
    writeFileSync(join(dir, 'hostile.json'), text());
    writeFileSync(join(dir, 'o.json'), 'previous\n');
    const r = spawnSync(process.execPath, [join(pkg, 'dist', 'cli.js'), 'hostile.json', '--out', 'o.json'], { cwd: dir, encoding: 'utf8' });
    expect(r.status, r.stderr.slice(0, 500)).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(readFileSync(join(dir, 'o.json'), 'utf8')).toBe('previous\n');
    expect(readdirSync(dir).sort()).toEqual(['hostile.json', 'o.json']);
  });
});
