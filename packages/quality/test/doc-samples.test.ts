// Every ts / js block of the root README, the package READMEs and the guides
// type-checks under strict, noUncheckedIndexedAccess and
// exactOptionalPropertyTypes against the built packages; a fragment gets its
// context from the prelude file it declares, and none is left out.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkDocSamples, docSampleFileName } from '../src/check-doc-samples.js';
import { discoverPackages } from '../src/discover-packages.js';
import { collectDocSamples, extractDocSamples, listSampleDocs } from '../src/doc-samples.js';
import { repoRoot } from '../src/repo-root.js';

const root = repoRoot(fileURLToPath(new URL('.', import.meta.url)));
const cache = (name: string) => fileURLToPath(new URL(`../node_modules/.cache/${name}`, import.meta.url));
const fence = '```';
const PRELUDE = 'guides/preludes/client.ts';

describe('extractDocSamples', () => {
  it('takes ts, typescript, js and javascript blocks with their fence line and declared prelude, and nothing from other blocks', () => {
    const md = [
      '# t', // 1
      `${fence}ts`, // 2
      'const a = 1;',
      fence,
      `<!-- prelude: ../${PRELUDE} -->`, // 5
      '',
      `${fence}typescript`, // 7
      'imgur;',
      fence,
      `${fence}sh`, // 10
      `${fence}ts`,
      fence,
      `${fence}js`, // 13
      "require('x');",
      fence,
    ].join('\n');
    expect(extractDocSamples(root, 'packages/README.md', md)).toEqual([
      { doc: 'packages/README.md', line: 2, lang: 'ts', code: 'const a = 1;' },
      { doc: 'packages/README.md', line: 7, lang: 'ts', code: 'imgur;', prelude: PRELUDE },
      { doc: 'packages/README.md', line: 13, lang: 'js', code: "require('x');" },
    ]);
  });

  it('names the document and line of a prelude that does not exist', () => {
    const md = ['text', '<!-- prelude: preludes/nope.ts -->', `${fence}ts`, 'x;', fence].join('\n');
    expect(() => extractDocSamples(root, 'guides/g.md', md)).toThrow('guides/g.md:2: prelude preludes/nope.ts not found (resolved to guides/preludes/nope.ts)');
  });
});

describe('checkDocSamples', () => {
  it('reports errors at their document line: a fragment without its prelude, an optional property given undefined, a bad require; passes the same fragment with its prelude', () => {
    const fragment = "import { getAlbum } from '@imgur-ts/album';\n\nconst album = await getAlbum(imgur, { albumHash });\nconsole.log(album.title);";
    const samples = [
      { doc: 'a.md', line: 10, lang: 'ts' as const, code: fragment },
      { doc: 'b.md', line: 20, lang: 'ts' as const, code: fragment, prelude: PRELUDE },
      {
        doc: 'c.md',
        line: 30,
        lang: 'ts' as const,
        code: "import { createImgurClient } from '@imgur-ts/core';\n\ncreateImgurClient({ clientId: process.env.IMGUR_CLIENT_ID });",
      },
      { doc: 'd.md', line: 40, lang: 'js' as const, code: "const { createImgurClient } = require('@imgur-ts/core');\ncreateImgurClient(42);" },
    ];
    const errors = checkDocSamples(root, samples, cache('quality-doc-samples-self'));
    const where = [...new Set(errors.map((e) => `${e.message.split(': ')[0]} ${/error (TS\d+)/.exec(e.message)?.[1]}`))].sort();
    expect(where).toEqual(['a.md:13 TS18004', 'a.md:13 TS2304', 'c.md:33 TS2379', 'd.md:42 TS2559']);
    expect(docSampleFileName({ doc: 'd.md', line: 40, lang: 'js', code: "require('x')" })).toBe('d_md.L40.cjs');
  });
});

describe('the READMEs and guides', () => {
  const samples = collectDocSamples(root);

  it('are all read: the root README, every package README and every guide', () => {
    const docs = listSampleDocs(root);
    expect(docs).toContain('README.md');
    expect(docs).toContain('packages/core/README.md');
    expect(docs).toContain('guides/01-getting-started.md');
    expect(docs.filter((d) => d.startsWith('guides/')).length).toBeGreaterThanOrEqual(9);
    expect(samples.length).toBeGreaterThan(50);
  });

  it('every sample type-checks under strict, noUncheckedIndexedAccess and exactOptionalPropertyTypes', () => {
    expect(checkDocSamples(root, samples, cache('quality-doc-samples')).map((e) => e.message)).toEqual([]);
  });

  it('every library package README has a TypeScript sample importing the package', () => {
    const libraries = discoverPackages(root).filter((p) => p.manifest.bin === undefined);
    const imports = (name: string) => samples.some((s) => s.doc === `packages/${name.replace('@imgur-ts/', '')}/README.md` && s.code.includes(`from '${name}'`));
    expect(libraries.map((p) => p.name).filter((name) => !imports(name))).toEqual([]);
  });
});
