/** Where a local Verdaccio keeps its data. */
export interface VerdaccioPaths {
  /** Folder for the published packages. */
  storage: string;
  /** htpasswd file holding the throwaway users. */
  htpasswd: string;
}

/**
 * Verdaccio's YAML config for a rehearsal registry: packages stored under
 * `storage`, no uplinks (nothing is proxied from another registry, so only
 * what was published here can be installed from it), anyone may read, and a
 * user added through `npm adduser` (`PUT /-/user/...`) may publish. The web
 * UI is off; warnings only in the log.
 */
export function verdaccioConfig(paths: VerdaccioPaths): string {
  return [
    `storage: ${JSON.stringify(paths.storage)}`,
    'auth:',
    '  htpasswd:',
    `    file: ${JSON.stringify(paths.htpasswd)}`,
    '    max_users: 10',
    'uplinks: {}',
    'packages:',
    "  '@*/*':",
    '    access: $all',
    '    publish: $authenticated',
    '    unpublish: $authenticated',
    "  '**':",
    '    access: $all',
    '    publish: $authenticated',
    '    unpublish: $authenticated',
    'web:',
    '  enable: false',
    'publish:',
    '  allow_offline: true',
    'log: { type: stdout, format: pretty, level: warn }',
    '',
  ].join('\n');
}
