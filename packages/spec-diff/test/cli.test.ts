import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli.js';

const BASE_FILE = fileURLToPath(new URL('./fixtures/base.openapi.json', import.meta.url));
const BASE = JSON.parse(readFileSync(BASE_FILE, 'utf8')) as { paths: Record<string, unknown> };
const SCRIPT = fileURLToPath(new URL('../../../scripts/spec-diff.mjs', import.meta.url));

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'spec-diff-cli-'));
  const next = structuredClone(BASE);
  delete next.paths['/3/image/{imageHash}'];
  writeFileSync(join(dir, 'old.json'), JSON.stringify(BASE));
  writeFileSync(join(dir, 'new.json'), JSON.stringify(next));
  writeFileSync(join(dir, 'broken.json'), '{"openapi": "3.1.0", ');
  writeFileSync(join(dir, 'collection.json'), '{"info": {}, "item": []}');
  mkdirSync(join(dir, 'spec'));
  // A git history: commit 1 has the old spec, the working tree the new one.
  const git = (...args: string[]): void => {
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.test', ...args], { cwd: dir, stdio: 'pipe' });
  };
  git('init', '-q');
  writeFileSync(join(dir, 'spec', 'openapi.json'), JSON.stringify(BASE));
  git('add', 'spec/openapi.json');
  git('commit', '-q', '-m', 'old');
  writeFileSync(join(dir, 'spec', 'openapi.json'), JSON.stringify(next));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, {
    stdout: (t) => {
      out += t;
    },
    stderr: (t) => {
      err += t;
    },
    cwd: dir,
  });
  return { code, out, err };
}

const REMOVED = 'image: removed operation image.getImage (breaking)';

describe('runCli', () => {
  it('prints the markdown report for two files', async () => {
    const r = await run('old.json', 'new.json');
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out).toContain('## @imgur-ts/image: major');
    expect(r.out).toContain(`- ${REMOVED}`);
  });

  it('prints the JSON report with --json', async () => {
    const r = await run('--json', 'old.json', 'new.json');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out) as { bump: string; packages: { name: string; bump: string }[]; changes: { message: string }[] };
    expect(report.bump).toBe('major');
    expect(report.packages.map((p) => [p.name, p.bump])).toEqual([
      ['@imgur-ts/client', 'major'],
      ['@imgur-ts/image', 'major'],
    ]);
    expect(report.changes.map((c) => c.message)).toEqual([REMOVED]);
  });

  it('reports no changes for identical documents', async () => {
    expect((await run('old.json', 'old.json')).out).toContain('No API changes.');
  });

  it('reads rev:path with git show', async () => {
    const r = await run('HEAD:spec/openapi.json', 'spec/openapi.json');
    expect(r.code).toBe(0);
    expect(r.out).toContain(REMOVED);
  });

  it('reads --git <rev> <path> against the working tree', async () => {
    const r = await run('--git', 'HEAD', 'spec/openapi.json');
    expect(r.code).toBe(0);
    expect(r.out).toContain(REMOVED);
  });

  it.each([
    { name: 'no arguments', argv: [], err: /expected exactly two documents/ },
    { name: 'three documents', argv: ['old.json', 'new.json', 'x.json'], err: /expected exactly two documents/ },
    { name: 'unknown option', argv: ['--nope', 'old.json', 'new.json'], err: /Unknown option '--nope'/ },
    { name: '--git without a path', argv: ['--git', 'HEAD'], err: /--git <rev> takes <path>/ },
    { name: 'bad --tag-package', argv: ['--tag-package', 'Album', 'old.json', 'new.json'], err: /--tag-package expects Tag=package, got "Album"/ },
    { name: 'missing file', argv: ['old.json', 'missing.json'], err: /cannot read .*missing\.json: no such file/ },
    { name: 'broken JSON', argv: ['old.json', 'broken.json'], err: /broken\.json: not valid JSON/ },
    { name: 'not OpenAPI', argv: ['collection.json', 'old.json'], err: /collection\.json: not an OpenAPI 3\.x document/ },
    { name: 'unknown revision', argv: ['nope:spec/openapi.json', 'old.json'], err: /cannot read nope:spec\/openapi\.json from git/ },
    { name: 'revision that is an option', argv: ['--git=--output=x', 'spec/openapi.json'], err: /invalid git revision "--output=x"/ },
  ])('fails with exit 1 and no stdout on $name', async ({ argv, err }) => {
    const r = await run(...argv);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/^imgur-spec-diff: /);
    expect(r.err).toMatch(err);
  });

  it('prints usage with --help', async () => {
    const r = await run('--help');
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out).toMatch(/^Usage: imgur-spec-diff/);
  });
});

describe('scripts/spec-diff.mjs', () => {
  it('exits 0 with the report, and 1 with a message and no stdout on a bad file', () => {
    const ok = spawnSync(process.execPath, [SCRIPT, 'old.json', 'new.json'], { cwd: dir, encoding: 'utf8', env: { ...process.env, INIT_CWD: dir } });
    expect([ok.status, ok.stdout.includes(REMOVED)]).toEqual([0, true]);
    const bad = spawnSync(process.execPath, [SCRIPT, 'old.json', 'missing.json'], { cwd: dir, encoding: 'utf8', env: { ...process.env, INIT_CWD: dir } });
    expect([bad.status, bad.stdout]).toEqual([1, '']);
    expect(bad.stderr).toMatch(/imgur-spec-diff: cannot read .*missing\.json: no such file/);
  });
});
