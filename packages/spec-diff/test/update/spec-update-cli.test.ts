import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { runSpecUpdateCli } from '../../src/update/spec-update-cli.js';
import type { UpdateIo } from '../../src/update/spec-update-cli.js';

const BASE = readFileSync(new URL('../fixtures/base.openapi.json', import.meta.url), 'utf8');
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function setup(generate: UpdateIo['generate'] | 'ok'): { root: string; io: UpdateIo; out: () => string; err: () => string; sources: string[] } {
  const root = mkdtempSync(join(tmpdir(), 'spec-diff-update-cli-'));
  dirs.push(root);
  mkdirSync(join(root, 'spec'));
  writeFileSync(join(root, 'spec', 'openapi.json'), BASE);
  mkdirSync(join(root, 'packages', 'image', 'src', 'generated'), { recursive: true });
  writeFileSync(join(root, 'packages', 'image', 'package.json'), '{"name":"@imgur-ts/image"}');
  writeFileSync(join(root, 'packages', 'image', 'src', 'generated', 'image.gen.ts'), 'v1');
  let out = '';
  let err = '';
  const sources: string[] = [];
  const io: UpdateIo = {
    cwd: root,
    stdout: (t) => {
      out += t;
    },
    stderr: (t) => {
      err += t;
    },
    fetchCollection: async (source) => {
      sources.push(source);
    },
    generate:
      generate === 'ok'
        ? async () => {
            const next = JSON.parse(BASE) as { paths: Record<string, unknown> };
            delete next.paths['/3/image/{imageHash}'];
            writeFileSync(join(root, 'spec', 'openapi.json'), JSON.stringify(next));
            writeFileSync(join(root, 'packages', 'image', 'src', 'generated', 'image.gen.ts'), 'v2');
          }
        : generate,
  };
  return { root, io, out: () => out, err: () => err, sources };
}

describe('runSpecUpdateCli', () => {
  it('prints the report and the changeset files, exit 0', async () => {
    const t = setup('ok');
    expect(await runSpecUpdateCli(['new.postman.json'], t.io)).toBe(0);
    expect(t.sources).toEqual(['new.postman.json']);
    expect(t.out()).toContain('- image: removed operation image.getImage (breaking)');
    expect(t.out()).toContain('Packages with changed generated code: @imgur-ts/image');
    const files = readdirSync(join(t.root, '.changeset'));
    expect(files).toHaveLength(1);
    expect(t.out()).toContain(`- ${join(t.root, '.changeset', files[0] ?? '')}`);
  });

  it('uses the collection already in spec/ when no source is given', async () => {
    const t = setup('ok');
    expect(await runSpecUpdateCli(['--dry-run'], t.io)).toBe(0);
    expect(t.sources).toEqual([]);
    expect(t.out()).toContain('- image: removed operation image.getImage (breaking)');
  });

  it('prints the plan as JSON on --dry-run --json and writes nothing', async () => {
    const t = setup('ok');
    expect(await runSpecUpdateCli(['--dry-run', '--json'], t.io)).toBe(0);
    const json = JSON.parse(t.out()) as { changedPackages: string[]; changesets: unknown[]; files: string[] };
    expect(json.changedPackages).toEqual(['@imgur-ts/image']);
    expect(json.changesets).toEqual([{ summary: 'image: removed operation image.getImage (breaking)', releases: [{ name: '@imgur-ts/image', type: 'major' }] }]);
    expect(json.files).toEqual([]);
    expect(readdirSync(t.root)).not.toContain('.changeset');
  });

  it.each([
    { name: 'two sources', argv: ['a.json', 'b.json'], err: /expected at most one collection URL or path/ },
    { name: 'unknown option', argv: ['--nope'], err: /Unknown option '--nope'/ },
  ])('exits 1 with usage on $name', async ({ argv, err }) => {
    const t = setup('ok');
    expect(await runSpecUpdateCli(argv, t.io)).toBe(1);
    expect(t.out()).toBe('');
    expect(t.err()).toMatch(err);
    expect(t.err()).toContain('Usage: spec-update');
  });

  it('exits 1 without stdout or changesets when a step fails', async () => {
    const t = setup(async () => {
      throw new Error('pnpm generate failed (exit 2)');
    });
    expect(await runSpecUpdateCli([], t.io)).toBe(1);
    expect(t.out()).toBe('');
    expect(t.err()).toContain('spec-update: pnpm generate failed (exit 2)');
    expect(readdirSync(t.root)).not.toContain('.changeset');
  });
});

describe('scripts/spec-update.mjs', () => {
  it('exits 1 with usage and no stdout on a usage error (before touching anything)', () => {
    const script = fileURLToPath(new URL('../../../../scripts/spec-update.mjs', import.meta.url));
    const r = spawnSync(process.execPath, [script, 'a.json', 'b.json'], { encoding: 'utf8' });
    expect([r.status, r.stdout]).toEqual([1, '']);
    expect(r.stderr).toContain('spec-update: expected at most one collection URL or path');
    expect(r.stderr).toContain('Usage: spec-update');
  });
});
