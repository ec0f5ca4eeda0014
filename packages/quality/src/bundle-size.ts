import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import type { BundleSize } from './types.js';

/** What to bundle: module source, the folder its imports resolve from, and the target platform. */
export interface BundleInput {
  readonly contents: string;
  readonly resolveDir: string;
  readonly platform: 'browser' | 'neutral' | 'node';
}

/**
 * Bundles `contents` with esbuild (bundle, minify, ESM, tree shaking) and
 * returns the minified and gzip -9 sizes in bytes. On `neutral` the main
 * fields are `module,main` and conditions `import,default`, like a browser
 * bundler without polyfills. Node built-ins stay external on `node`.
 */
export async function bundleSize(input: BundleInput): Promise<BundleSize> {
  const result = await build({
    stdin: { contents: input.contents, resolveDir: input.resolveDir, loader: 'ts', sourcefile: 'entry.ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: input.platform,
    ...(input.platform === 'neutral' ? { mainFields: ['module', 'main'], conditions: ['import', 'default'] } : {}),
    target: 'es2022',
    write: false,
    logLevel: 'silent',
    legalComments: 'none',
  });
  const code = result.outputFiles[0]?.contents;
  if (!code) throw new Error('bundleSize: esbuild produced no output');
  return { minBytes: code.byteLength, gzipBytes: gzipSync(code, { level: 9 }).byteLength };
}

/** Formats a byte count as KB with two decimals (1 KB = 1024 bytes). */
export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(2)} KB`;
}
