// `pnpm docs:build` (TypeDoc over every publishable package, guides/ and the
// operations reference generated from the spec) must build without a warning:
// an undocumented export or member, a type that is referenced but not
// exported, or a broken link fails it. The docs workflow publishes that site.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../src/repo-root.js';

const root = repoRoot(fileURLToPath(new URL('.', import.meta.url)));
const out = mkdtempSync(join(tmpdir(), 'quality-docs-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));
const scripts = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

describe('pnpm docs:build', () => {
  it('is a root script pnpm does not shadow with a command of its own', () => {
    expect(scripts['docs:build']).toBe('node scripts/docs.mjs');
    expect(scripts.docs).toBeUndefined();
  });

  it('builds the API reference, the guides and a page of operations per resource package with no TypeDoc warning', () => {
    const r = spawnSync(process.execPath, [join(root, 'scripts/docs.mjs'), '--out', out, '--logLevel', 'Warn'], { cwd: root, encoding: 'utf8' });
    // eslint-disable-next-line no-control-regex
    const warnings = `${r.stdout}${r.stderr}`
      .replace(/\u001b\[[0-9;]*m/g, '')
      .split('\n')
      .filter((l) => /\[(warning|error)\]|Error/.test(l));
    expect(warnings).toEqual([]);
    expect(r.status).toBe(0);
    expect(existsSync(join(out, 'index.html'))).toBe(true);
    const documents = readdirSync(join(out, 'documents'));
    expect(documents).toContain('Getting_started.html');
    expect(documents).toContain('Operations.html');
    const album = readFileSync(join(out, 'documents', documents.find((d) => /album/i.test(d) && d.startsWith('Operations')) ?? 'missing'), 'utf8');
    expect(album).toContain('addAlbumImages');
    expect(album).toContain('POST /3/album/{albumHash}/add');
    expect(album).toContain('Client-ID or user token (OAuth2 Bearer)');
    expect(album).toContain('<code>albumHash</code>');
  });
});

describe('the docs workflow (.github/workflows/docs.yml)', () => {
  const yml = readFileSync(join(root, '.github/workflows/docs.yml'), 'utf8');

  it('builds the site with pnpm docs:build on pushes to main and publishes docs/ with the GitHub Pages actions', () => {
    expect(yml).toMatch(/^on:\n {2}push:\n {4}branches: \[main\]/m);
    expect(yml).toMatch(/^ {8}run: pnpm build$/m);
    expect(yml).toMatch(/^ {8}run: pnpm docs:build$/m);
    expect(yml).toMatch(/uses: actions\/upload-pages-artifact@v\d+\.\d+\.\d+\n {8}with:\n {10}path: docs\n/);
    expect(yml).toMatch(/uses: actions\/deploy-pages@v\d+\.\d+\.\d+/);
    expect(yml).toMatch(/permissions:\n {6}pages: write\n {6}id-token: write/);
  });
});
