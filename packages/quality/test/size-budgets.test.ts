// Cross-package size budgets: each published runtime package bundled whole for
// the browser, and a consumer app that uploads an image, against the table in
// src/size-budgets.ts. Prints every measured number.
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleSize, kb } from '../src/bundle-size.js';
import { findUploadExport } from '../src/find-upload-export.js';
import { SIZE_BUDGETS } from '../src/size-budgets.js';

const resolveDir = fileURLToPath(new URL('..', import.meta.url));
const measured: string[] = [];
afterAll(() => {
  console.log(`size budgets (esbuild, minify, browser, gzip -9):\n${measured.join('\n')}`);
});

async function entryOf(source: string): Promise<string> {
  if (!source.includes('{upload}')) return source;
  const image = (await import('@imgur-ts/image')) as Record<string, unknown>;
  return source.replaceAll('{upload}', findUploadExport(image));
}

describe('size budgets', () => {
  it.each(SIZE_BUDGETS.map((b) => [b.label, b] as const))('%s', async (_label, budget) => {
    const size = await bundleSize({ contents: await entryOf(budget.entry), resolveDir, platform: 'browser' });
    measured.push(`  ${budget.label.padEnd(56)} ${kb(size.minBytes).padStart(10)} min  ${kb(size.gzipBytes).padStart(9)} gz  (budget ${budget.maxGzipKB} KB)`);
    expect(size.gzipBytes).toBeLessThan(budget.maxGzipKB * 1024);
  });
});
