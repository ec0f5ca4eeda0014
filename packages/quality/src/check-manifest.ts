import type { Manifest } from './types.js';

function conditionsFirstKey(value: unknown): string | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.keys(value)[0] : undefined;
}

/**
 * Lists what a publishable package.json lacks: ESM `type`, `exports` with
 * `types` first in every condition object, `sideEffects: false`, `files`,
 * `engines.node`, `license` and `repository` (url and directory). Empty when fine.
 */
export function checkManifest(m: Manifest): string[] {
  const problems: string[] = [];
  if (m.type !== 'module') problems.push('type: must be "module" (the packages are ESM-only)');
  if (m.exports === null || typeof m.exports !== 'object' || Array.isArray(m.exports)) {
    problems.push('exports: must be an object of subpaths');
  } else {
    const entries = Object.entries(m.exports as Record<string, unknown>);
    if (!entries.some(([k]) => k === '.')) problems.push('exports: has no "." entry');
    for (const [subpath, target] of entries) {
      if (typeof target === 'string') {
        if (!subpath.endsWith('.json') && target.endsWith('.js')) problems.push(`exports["${subpath}"]: a bare string has no "types" condition`);
        continue;
      }
      const first = conditionsFirstKey(target);
      if (first !== 'types') problems.push(`exports["${subpath}"]: first condition is "${first ?? 'none'}", want "types"`);
    }
  }
  if (m.sideEffects !== false) problems.push('sideEffects: must be false');
  if (!Array.isArray(m.files) || m.files.length === 0) problems.push('files: must list what is published');
  if (!m.engines?.node) problems.push('engines.node: missing');
  if (typeof m.license !== 'string' || m.license.trim() === '') problems.push('license: missing');
  const repo = m.repository;
  if (typeof repo !== 'object' || !repo?.url) problems.push('repository: must be an object with a url');
  else if (!repo.directory) problems.push('repository.directory: missing (the package lives in a monorepo)');
  return problems;
}
