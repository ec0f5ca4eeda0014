// The core of an older commit, bundled into one ESM file from that commit's sources (`git archive`,
// no worktree needed), so a bench can run it beside today's core in the same rounds.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { bundleEntry } from './bundle-entry.mjs';

/**
 * Bundles `packages/core/src/index.node.ts` of `commit` into `<dir>/<name>.mjs` and returns its path, or
 * prints why it could not (`bench` names the bench, `skipped` what is left out) and returns undefined.
 */
export async function bundleCoreAt({ root, commit, dir, name, bench, skipped }) {
  try {
    const src = join(dir, name);
    mkdirSync(src);
    const tar = execFileSync('git', ['-C', root, 'archive', commit, 'packages/core/src', 'packages/models/src'], { maxBuffer: 2 ** 26 });
    execFileSync('tar', ['-x', '-C', src], { input: tar });
    return await bundleEntry({ root, entry: join(src, 'packages/core/src/index.node.ts'), outfile: join(dir, `${name}-core.mjs`) });
  } catch (e) {
    console.error(`${bench}: the core of ${commit} could not be bundled (${String(e.message).split('\n')[0]}); ${skipped} skipped`);
  }
}
