import { readFileSync } from 'node:fs';
import { checkPackage, createPackageFromTarballData } from '@arethetypeswrong/core';
import { problemAffectsResolutionKind } from '@arethetypeswrong/core/problems';
import type { ResolutionKind } from '@arethetypeswrong/core';

/**
 * The resolution modes the packages support. ESM-only: `node10` and
 * `node16-cjs` are left out, like attw's `--profile esm-only`.
 */
export const ESM_ONLY_PROFILE: readonly ResolutionKind[] = ['node16-esm', 'bundler'];

/**
 * Runs "Are the types wrong?" on a packed tarball, offline. Returns one line
 * per problem that affects a resolution kind in `kinds`, plus every problem
 * kind reported for the excluded kinds (for the record) in `ignored`.
 */
export async function runAttw(tarball: string, kinds: readonly ResolutionKind[] = ESM_ONLY_PROFILE): Promise<{ problems: string[]; ignored: string[] }> {
  const pkg = createPackageFromTarballData(new Uint8Array(readFileSync(tarball)));
  const result = await checkPackage(pkg);
  if (!result.types) return { problems: ['UntypedResolution: the package ships no types'], ignored: [] };
  const problems: string[] = [];
  const ignored = new Set<string>();
  for (const p of result.problems) {
    const affected = (['node10', 'node16-cjs', 'node16-esm', 'bundler'] as const).filter((k) => problemAffectsResolutionKind(p, k, result));
    const line = `${p.kind} (${affected.join(', ') || 'all'})${'entrypoint' in p ? ` at ${p.entrypoint}` : ''}`;
    if (affected.length === 0 || affected.some((k) => kinds.includes(k))) problems.push(line);
    else ignored.add(line);
  }
  return { problems, ignored: [...ignored].sort() };
}
