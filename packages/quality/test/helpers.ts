import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packPackage } from '../src/pack-package.js';

/** Writes a package folder `name` under `root` with the given files, packs it with pnpm, returns the tarball. */
export function makeTarball(root: string, name: string, files: Record<string, string | object>): string {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  for (const [file, content] of Object.entries(files)) {
    writeFileSync(join(dir, file), typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  }
  return packPackage(dir, root);
}

/** A minimal well-formed ESM package (as the workspace packages are). */
export const GOOD_ESM: Record<string, string | object> = {
  'package.json': {
    name: 'good-esm',
    version: '1.0.0',
    type: 'module',
    license: 'MIT',
    sideEffects: false,
    files: ['index.js', 'index.d.ts'],
    engines: { node: '>=20' },
    repository: { type: 'git', url: 'git+https://example.invalid/good.git' },
    exports: { '.': { types: './index.d.ts', default: './index.js' }, './package.json': './package.json' },
    main: './index.js',
    types: './index.d.ts',
  },
  'index.js': 'export const one = 1;\n',
  'index.d.ts': 'export declare const one: 1;\n',
};
