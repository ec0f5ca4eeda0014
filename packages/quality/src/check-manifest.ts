import type { Manifest } from './types.js';

function conditionsFirstKey(value: unknown): string | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.keys(value)[0] : undefined;
}

/** The Node versions every package supports, as the docs state them (Node 20.19+: `require(esm)`). */
export const NODE_ENGINES = '>=20.19';

/**
 * Lists what a publishable package.json lacks: ESM `type`, `exports` with
 * `types` first in every condition object, `sideEffects: false`, `files`
 * (including CHANGELOG.md, which npm does not add by itself), `engines.node`
 * equal to `nodeEngines`, `license`, `repository` (url and directory),
 * `homepage`, `bugs.url` and `publishConfig` with `access: public` and
 * `provenance: true`. Empty when fine.
 */
export function checkManifest(m: Manifest, nodeEngines: string = NODE_ENGINES): string[] {
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
  else if (!m.files.includes('CHANGELOG.md')) problems.push('files: must include CHANGELOG.md (npm leaves it out otherwise)');
  if (!m.engines?.node) problems.push('engines.node: missing');
  else if (m.engines.node !== nodeEngines) problems.push(`engines.node: "${m.engines.node}", want "${nodeEngines}" (what the docs say)`);
  if (typeof m.license !== 'string' || m.license.trim() === '') problems.push('license: missing');
  const repo = m.repository;
  if (typeof repo !== 'object' || !repo?.url) problems.push('repository: must be an object with a url');
  else if (!repo.directory) problems.push('repository.directory: missing (the package lives in a monorepo)');
  if (typeof m.homepage !== 'string' || !/^https:\/\//.test(m.homepage)) problems.push('homepage: must be an https URL');
  const bugs = typeof m.bugs === 'string' ? m.bugs : m.bugs?.url;
  if (typeof bugs !== 'string' || !/^https:\/\//.test(bugs)) problems.push('bugs.url: must be an https URL');
  if (m.publishConfig === undefined) problems.push('publishConfig: missing (want access "public" and provenance true)');
  else {
    if (m.publishConfig.access !== 'public') problems.push('publishConfig.access: must be "public" (scoped packages are private by default)');
    if (m.publishConfig.provenance !== true) problems.push('publishConfig.provenance: must be true (CI publishes with a signed provenance statement)');
  }
  return problems;
}
