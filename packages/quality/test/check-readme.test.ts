import { describe, expect, it } from 'vitest';
import { checkReadme } from '../src/check-readme.js';
import type { Manifest } from '../src/types.js';

const lib: Manifest = { name: '@imgur-ts/image', version: '1.0.0' };
const cli: Manifest = { name: '@imgur-ts/codegen', version: '1.0.0', bin: { 'imgur-codegen': './dist/cli.js' } };
const fence = '```';
const example = `${fence}ts\nimport { getImage } from '@imgur-ts/image';\nawait getImage(client, { imageHash: 'x' });\n${fence}\n`;

const table: [string, Manifest, string | undefined, string[]][] = [
  ['complete library README', lib, `# image\n\n${fence}sh\nnpm install @imgur-ts/image @imgur-ts/core\n${fence}\n\n${example}`, []],
  ['pnpm add counts as install', lib, `pnpm add @imgur-ts/image\n\n${example}`, []],
  ['missing file', lib, undefined, ['README.md: missing']],
  ['install of another package only', lib, `npm install @imgur-ts/image-extra\n\n${example}`, ['README.md: no install command for @imgur-ts/image (npm install / pnpm add)']],
  [
    'example imports another package',
    lib,
    `npm install @imgur-ts/image\n\n${fence}ts\nimport { x } from '@imgur-ts/core';\n${fence}\n`,
    ['README.md: no runnable example (a ts/js block importing @imgur-ts/image)'],
  ],
  [
    'import outside a code block',
    lib,
    `npm install @imgur-ts/image\n\nimport { x } from '@imgur-ts/image'\n`,
    ['README.md: no runnable example (a ts/js block importing @imgur-ts/image)'],
  ],
  ['CLI README with a shell example', cli, `npm install -D @imgur-ts/codegen\n\n${fence}sh\nnpx imgur-codegen models --spec openapi.json --out src/generated\n${fence}\n`, []],
  [
    'CLI README without one',
    cli,
    `npm install -D @imgur-ts/codegen\n`,
    ['README.md: no runnable example (a ts/js block importing @imgur-ts/codegen or a shell block running imgur-codegen)'],
  ],
];

describe('checkReadme', () => {
  it.each(table)('%s', (_label, manifest, readme, want) => {
    expect(checkReadme(readme, manifest)).toEqual(want);
  });
});
