// Loads the built workspace packages (resolved through the examples package,
// which depends on all of them) so this plain-Node benchmark needs no install
// of its own. Fails with a clear message when they are not built.
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(`${root}examples/package.json`);

/** Imports a workspace package by name from its built `dist`. */
export async function load(name) {
  try {
    return await import(pathToFileURL(require.resolve(name)).href);
  } catch (e) {
    throw new Error(`cannot load ${name} (run \`pnpm install && pnpm build\` first): ${e.message}`);
  }
}

export { root };
