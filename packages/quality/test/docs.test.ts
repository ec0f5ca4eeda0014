// `pnpm docs` (TypeDoc over every publishable package plus guides/) must
// build without a warning: an undocumented export or member, a type that is
// referenced but not exported, or a broken link fails it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../src/repo-root.js';

const root = repoRoot(fileURLToPath(new URL('.', import.meta.url)));
const out = mkdtempSync(join(tmpdir(), 'quality-docs-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('pnpm docs', () => {
  it('builds the API reference and the guides with no TypeDoc warning', () => {
    const r = spawnSync(process.execPath, [join(root, 'scripts/docs.mjs'), '--out', out, '--logLevel', 'Warn'], { cwd: root, encoding: 'utf8' });
    // eslint-disable-next-line no-control-regex
    const warnings = `${r.stdout}${r.stderr}`
      .replace(/\u001b\[[0-9;]*m/g, '')
      .split('\n')
      .filter((l) => /\[(warning|error)\]/.test(l));
    expect(warnings).toEqual([]);
    expect(r.status).toBe(0);
    expect(existsSync(join(out, 'index.html'))).toBe(true);
    expect(existsSync(join(out, 'documents', 'Getting_started.html'))).toBe(true);
  });
});
