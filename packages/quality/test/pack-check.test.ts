// Runs the whole pack:check (pack, npm install, type-check, example against
// the packed mock server). Slow: about a minute on 2 cores.
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { discoverPackages } from '../src/discover-packages.js';
import { packCheck } from '../src/pack-check.js';
import { repoRoot } from '../src/repo-root.js';

const root = repoRoot(fileURLToPath(new URL('.', import.meta.url)));

describe('packCheck', () => {
  it('installs every packed package, type-checks the sample app four ways and runs the example', { timeout: 400_000 }, async () => {
    const lines: string[] = [];
    const report = await packCheck(root, { log: (l) => lines.push(l) });
    console.log(lines.join('\n'));
    expect(report.tarballs.map((t) => t.name)).toEqual(discoverPackages(root).map((p) => p.name));
    expect(report.typecheck.map((t) => `${t.compiler.replace(/^Version /, '').split('.')[0]} ${t.mode}`)).toEqual(['5 strict', '5 loose', '7 strict', '7 loose']);
    expect(JSON.parse(report.example)).toMatchObject({ ok: true, status: 404 });
    expect(existsSync(report.dir)).toBe(false);
  });
});
