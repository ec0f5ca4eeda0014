/**
 * The commands the release automation runs. The GitHub workflows call these
 * exact commands and the rehearsal runs them too (a test keeps the two equal).
 */
export const RELEASE_COMMANDS = {
  /** The README's test command: what ci.yml runs. */
  test: 'bash scripts/test-all.sh',
  /** Apply pending changesets: versions, CHANGELOG.md files, lockfile (release.yml's `version`). */
  version: 'pnpm release:version',
  /** Build and `changeset publish` (release.yml's `publish`). */
  publish: 'pnpm release',
  /** Put a new collection into spec/ (regenerate.yml). */
  fetchCollection: 'pnpm fetch-collection',
  /** Regenerate, diff, write changesets; prints the report (regenerate.yml). */
  specUpdate: 'pnpm spec:update',
} as const;

/** A command of {@link RELEASE_COMMANDS} as program and arguments, plus extra arguments. */
export function argv(command: string, ...extra: string[]): [string, string[]] {
  const [cmd, ...args] = command.split(' ');
  if (!cmd) throw new Error('empty command');
  return [cmd, [...args, ...extra]];
}
