import { copyFileSync, existsSync, lstatSync, mkdirSync, readlinkSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { run } from './exec.js';

/** Git identity for the commits made inside a rehearsal copy. */
export const COPY_GIT_ENV: Readonly<Record<string, string>> = {
  GIT_AUTHOR_NAME: 'imgur-ts release rehearsal',
  GIT_AUTHOR_EMAIL: 'rehearsal@imgur-ts.invalid',
  GIT_COMMITTER_NAME: 'imgur-ts release rehearsal',
  GIT_COMMITTER_EMAIL: 'rehearsal@imgur-ts.invalid',
};

/**
 * The repository's files as a clean clone has them plus new files not yet
 * committed: `git ls-files --cached --others --exclude-standard`, so
 * `node_modules`, `dist` and other ignored output stay behind.
 */
function repoFiles(root: string): string[] {
  const out = run('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root }).stdout;
  return out.split('\0').filter((f) => f !== '' && existsSync(join(root, f)));
}

/** Commits everything in `dir` (a rehearsal copy) with `message`. */
export function commitAll(dir: string, message: string): void {
  const env = { ...process.env, ...COPY_GIT_ENV };
  run('git', ['add', '-A'], { cwd: dir, env });
  run('git', ['commit', '-q', '--no-verify', '--allow-empty', '-m', message], { cwd: dir, env });
}

/**
 * Copies the repository's files (see {@link repoFiles}) into `dest` and makes
 * it a new git repository with one commit, so tools that read `HEAD`
 * (`spec:update`, `changeset`) work there without touching the original.
 * Returns the number of files copied.
 */
export function copyRepo(root: string, dest: string): number {
  const files = repoFiles(root);
  for (const f of files) {
    const from = join(root, f);
    const to = join(dest, f);
    mkdirSync(dirname(to), { recursive: true });
    if (lstatSync(from).isSymbolicLink()) symlinkSync(readlinkSync(from), to);
    else copyFileSync(from, to);
  }
  run('git', ['init', '-q', '-b', 'main'], { cwd: dest });
  commitAll(dest, 'rehearsal base');
  return files.length;
}
