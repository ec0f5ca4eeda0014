import type { Manifest } from './types.js';

const FENCE = /```(\w+)?\n([\s\S]*?)```/g;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * Lists what a package README lacks: an install command for the package
 * (`npm install`, `pnpm add` or `yarn add`) and a runnable example, which is a
 * ts/js code block importing the package or, for a CLI, a shell block running
 * one of its `bin` commands. Empty when fine.
 */
export function checkReadme(readme: string | undefined, m: Manifest): string[] {
  if (readme === undefined) return ['README.md: missing'];
  const problems: string[] = [];
  const name = escapeRegExp(m.name);
  const install = new RegExp(`(npm (install|i)|pnpm add|yarn add)( -[DgE]| --save-dev)? [^\\n]*${name}(?![\\w/-])`);
  if (!install.test(readme)) problems.push(`README.md: no install command for ${m.name} (npm install / pnpm add)`);
  const bins = typeof m.bin === 'string' ? [m.name.split('/').pop() ?? m.name] : Object.keys(m.bin ?? {});
  const imports = new RegExp(`from ['"]${name}['"]|import\\(['"]${name}['"]\\)`);
  let example = false;
  for (const match of readme.matchAll(FENCE)) {
    const lang = (match[1] ?? '').toLowerCase();
    const code = match[2] ?? '';
    if (['ts', 'typescript', 'js', 'javascript', 'mjs', 'tsx'].includes(lang) && imports.test(code)) example = true;
    if (['sh', 'bash', 'shell', 'console'].includes(lang) && bins.some((b) => new RegExp(`(^|\\s|npx |pnpm (exec |dlx )?)${escapeRegExp(b)}(\\s|$)`, 'm').test(code)))
      example = true;
  }
  if (!example) problems.push(`README.md: no runnable example (a ts/js block importing ${m.name}${bins.length ? ` or a shell block running ${bins.join(', ')}` : ''})`);
  return problems;
}
