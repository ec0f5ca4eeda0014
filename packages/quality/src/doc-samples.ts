import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** One code block of a markdown document (a README or a guide). */
export interface DocSample {
  /** The document, relative to the repository root (`packages/core/README.md`). */
  readonly doc: string;
  /** 1-based line of the opening fence. */
  readonly line: number;
  /** `ts` for ```ts / ```typescript blocks, `js` for ```js / ```javascript. */
  readonly lang: 'ts' | 'js';
  readonly code: string;
  /**
   * The prelude file the block declares (`<!-- prelude: path -->` on the last
   * non-blank line before the fence, the path relative to the document),
   * relative to the repository root; undefined when none is declared.
   */
  readonly prelude?: string;
}

const FENCE = /^```(ts|typescript|js|javascript)\s*$/;
const PRELUDE = /^<!--\s*prelude:\s*(\S+)\s*-->$/;

/**
 * Extracts the TypeScript and JavaScript blocks of a markdown text, each with
 * the prelude it declares. `doc` is the document's path relative to the
 * repository root; a declared prelude must name an existing file under `root`,
 * else this throws naming the document and line.
 */
export function extractDocSamples(root: string, doc: string, markdown: string): DocSample[] {
  const samples: DocSample[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE.exec(lines[i] ?? '');
    if (!open) {
      if (/^```/.test(lines[i] ?? '')) for (i++; i < lines.length && !/^```\s*$/.test(lines[i] ?? ''); i++);
      continue;
    }
    const start = i;
    let before = start - 1;
    while (before >= 0 && (lines[before] ?? '').trim() === '') before--;
    const declared = PRELUDE.exec((lines[before] ?? '').trim())?.[1];
    const code: string[] = [];
    for (i++; i < lines.length && !/^```\s*$/.test(lines[i] ?? ''); i++) code.push(lines[i] ?? '');
    const lang = open[1] === 'ts' || open[1] === 'typescript' ? 'ts' : 'js';
    const sample: DocSample = { doc, line: start + 1, lang, code: code.join('\n') };
    if (declared === undefined) {
      samples.push(sample);
      continue;
    }
    const prelude = relative(root, resolve(root, dirname(doc), declared));
    if (!existsSync(join(root, prelude))) throw new Error(`${doc}:${before + 1}: prelude ${declared} not found (resolved to ${prelude})`);
    samples.push({ ...sample, prelude });
  }
  return samples;
}

/**
 * The documents whose code blocks must compile: the root README, every
 * `packages/NAME/README.md` and every `guides/*.md`, relative to `root`, sorted.
 */
export function listSampleDocs(root: string): string[] {
  const packages = readdirSync(join(root, 'packages'))
    .map((d) => join('packages', d, 'README.md'))
    .filter((f) => existsSync(join(root, f)));
  const guides = readdirSync(join(root, 'guides'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => join('guides', f));
  return ['README.md', ...packages.sort(), ...guides.sort()];
}

/** Every sample of every document of `listSampleDocs`. */
export function collectDocSamples(root: string): DocSample[] {
  return listSampleDocs(root).flatMap((doc) => extractDocSamples(root, doc, readFileSync(join(root, doc), 'utf8')));
}
