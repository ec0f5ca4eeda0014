import { locateBinary } from './locate-binary.js';

/** One way of running the smoke script: the command and its arguments before the script path. */
export interface RuntimeCommand {
  readonly name: 'node' | 'deno' | 'bun';
  readonly command: string;
  readonly args: readonly string[];
}

/** Environment variables the smoke script may read (Deno is granted exactly these). */
export const SCRIPT_ENV = ['IMGUR_MOCK_URL', 'IMGUR_CLIENT_ID', 'IMGUR_ACCESS_TOKEN'] as const;

/**
 * The three runtimes with their narrowest working flags. Deno gets network
 * access to the mock's address only, the script's variables only, no file
 * access (module loading needs none) and the existing node_modules, read-only.
 * Bun runs with auto-install off.
 */
export function runtimeCommands(packageDir: string, mockHost: string): RuntimeCommand[] {
  return [
    { name: 'node', command: process.execPath, args: [] },
    {
      name: 'deno',
      command: locateBinary('deno', packageDir),
      args: ['run', '--node-modules-dir=manual', '--no-remote', '--no-lock', `--allow-net=${mockHost}`, `--allow-env=${SCRIPT_ENV.join(',')}`],
    },
    { name: 'bun', command: locateBinary('bun', packageDir), args: ['run', '--no-install'] },
  ];
}
