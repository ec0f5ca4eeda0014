import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const cli = new URL('../dist/cli.js', import.meta.url).pathname;
const fixture = new URL('./fixtures/mini.openapi.json', import.meta.url).pathname;
const dirs: string[] = [];
const temp = () => {
  const d = mkdtempSync(join(tmpdir(), 'imgur-codegen-cli-'));
  dirs.push(d);
  return d;
};
const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const OVERLAY = 'overlay: 1.0.0\ninfo: { title: t, version: "1" }\nactions:\n  - target: "$.paths[\'/oauth/token\'].post"\n    update: { deprecated: true }\n';

describe('imgur-codegen CLI', () => {
  it.each([
    [['models'], /models: missing --spec/],
    [['client', '--spec', fixture], /client: missing --out/],
    [['types', '--spec', fixture, '--out', 'x'], /types: missing --client-out/],
    [['resource', '--spec', fixture, '--out', 'x'], /unknown or malformed command: resource/],
    [['frobnicate'], /unknown or malformed command: frobnicate/],
    [[], /unknown or malformed command: \(none\)/],
    [['models', '--spec', '/nonexistent/openapi.json', '--out', 'x'], /\/nonexistent\/openapi\.json: cannot read the OpenAPI description/],
    [['resource', 'nope', '--spec', fixture, '--out', 'x'], /no operations tagged "nope"/],
    [['resource', 'thing', 'other', '--spec', fixture, '--out', 'x'], /resource: with several tags, --out must contain \{tag\}/],
    [['resource', 'thing', 'nope', '--spec', fixture, '--out', 'x/{tag}'], /no operations tagged "nope"/],
    [['resource', 'thing', 'thing', '--spec', fixture, '--out', 'x/{tag}'], /a tag is named twice/],
  ])('%j fails with a clear message', (args, want) => {
    const cwd = temp();
    const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(want);
    // Nothing half-written: the output folder named in the arguments was not created.
    expect(existsSync(join(cwd, 'x'))).toBe(false);
  });

  it.each([
    ['models', [], ['models.gen.ts']],
    ['client', [], ['paths.gen.ts']],
    ['resource', ['thing'], ['operations.gen.ts']],
  ])('%s writes %j and is idempotent', (cmd, extra, want) => {
    const out = temp();
    const first = run(cmd, ...extra, '--spec', fixture, '--out', out);
    expect([first.status, readdirSync(out)]).toEqual([0, want]);
    expect(first.stdout).toMatch(/1 of 1 file\(s\) changed/);
    const second = run(cmd, ...extra, '--spec', fixture, '--out', out);
    expect(second.stdout).toMatch(/0 of 1 file\(s\) changed/);
  });

  it('resource with several tags writes what one run per tag writes, into --out with {tag} replaced', () => {
    const [one, many] = [temp(), temp()];
    for (const tag of ['thing', 'other']) expect(run('resource', tag, '--spec', fixture, '--out', join(one, tag)).status).toBe(0);
    const first = run('resource', 'thing', 'other', '--spec', fixture, '--out', join(many, 'pkg-{tag}', 'gen'));
    expect([first.status, readdirSync(many).sort()]).toEqual([0, ['pkg-other', 'pkg-thing']]);
    expect(first.stdout).toMatch(/resource thing: 1 of 1 file\(s\) changed/);
    for (const tag of ['thing', 'other']) {
      expect(readFileSync(join(many, `pkg-${tag}`, 'gen', 'operations.gen.ts'), 'utf8')).toBe(readFileSync(join(one, tag, 'operations.gen.ts'), 'utf8'));
    }
    const second = run('resource', 'thing', 'other', '--spec', fixture, '--out', join(many, 'pkg-{tag}', 'gen'));
    expect(second.stdout).toMatch(/resource other: 0 of 1 file\(s\) changed/);
  });

  it('types writes what models and client write, from one run, and is idempotent', () => {
    const [models, client, types] = [temp(), temp(), temp()];
    expect(run('models', '--spec', fixture, '--out', models).status).toBe(0);
    expect(run('client', '--spec', fixture, '--out', client).status).toBe(0);
    const first = run('types', '--spec', fixture, '--out', join(types, 'm'), '--client-out', join(types, 'c'));
    expect(first.stdout).toMatch(/types: 2 of 2 file\(s\) changed/);
    expect(readFileSync(join(types, 'm/models.gen.ts'), 'utf8')).toBe(readFileSync(join(models, 'models.gen.ts'), 'utf8'));
    expect(readFileSync(join(types, 'c/paths.gen.ts'), 'utf8')).toBe(readFileSync(join(client, 'paths.gen.ts'), 'utf8'));
    const second = run('types', '--spec', fixture, '--out', join(types, 'm'), '--client-out', join(types, 'c'));
    expect(second.stdout).toMatch(/types: 0 of 2 file\(s\) changed/);
  });

  it('overlay writes the enriched description', () => {
    const dir = temp();
    writeFileSync(join(dir, 'a.yaml'), OVERLAY);
    const out = join(dir, 'out.json');
    const r = run('overlay', '--base', fixture, '--overlays', dir, '--out', out);
    expect(r.status).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).paths['/oauth/token'].post.deprecated).toBe(true);
  });

  it('overlay leaves no output file when an action matches nothing', () => {
    const dir = temp();
    writeFileSync(join(dir, 'a.yaml'), OVERLAY.replace('/oauth/token', '/gone'));
    const out = join(dir, 'out.json');
    const r = run('overlay', '--base', fixture, '--overlays', dir, '--out', out);
    expect([r.status, existsSync(out), readdirSync(dir)]).toEqual([1, false, ['a.yaml']]);
    expect(r.stderr).toContain("a.yaml: actions[0] (target $.paths['/gone'].post): matched nothing");
  });

  it('overlay --allow-unmatched writes the output and warns about each unmatched action', () => {
    const dir = temp();
    writeFileSync(join(dir, 'a.yaml'), OVERLAY.replace('/oauth/token', '/gone'));
    const out = join(dir, 'out.json');
    const r = run('overlay', '--base', fixture, '--overlays', dir, '--out', out, '--allow-unmatched');
    expect([r.status, existsSync(out)]).toEqual([0, true]);
    expect(r.stderr).toContain("warning: a.yaml: actions[0] (target $.paths['/gone'].post): matched nothing");
    expect(r.stderr).toContain('1 overlay action(s) matched nothing');
  });
});
