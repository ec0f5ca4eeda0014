import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleSize, kb } from '../src/bundle-size.js';

const dir = mkdtempSync(join(tmpdir(), 'quality-size-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(join(dir, 'lib.js'), `export const used = () => 'used';\nexport const unused = () => '${'x'.repeat(5000)}';\n`);

describe('bundleSize', () => {
  it('tree-shakes unused exports and minifies', async () => {
    const size = await bundleSize({ contents: "import { used } from './lib.js'; console.log(used());", resolveDir: dir, platform: 'browser' });
    expect(size.minBytes).toBeLessThan(200);
    expect(size.gzipBytes).toBeGreaterThan(0);
  });

  it('counts what is kept, gzip smaller than minified for repetitive code', async () => {
    const size = await bundleSize({ contents: "export * from './lib.js';", resolveDir: dir, platform: 'neutral' });
    expect(size.minBytes).toBeGreaterThan(5000);
    expect(size.gzipBytes).toBeLessThan(size.minBytes / 10);
  });

  it('fails naming the module that cannot be resolved', async () => {
    await expect(bundleSize({ contents: "import 'no-such-module-xyz';", resolveDir: dir, platform: 'browser' })).rejects.toThrow('no-such-module-xyz');
  });
});

describe('kb', () => {
  it.each([
    [0, '0.00 KB'],
    [1024, '1.00 KB'],
    [8192 + 512, '8.50 KB'],
  ])('%i bytes -> %s', (bytes, want) => {
    expect(kb(bytes)).toBe(want);
  });
});
