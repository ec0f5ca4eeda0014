#!/usr/bin/env node
// pnpm registry:local [--port N]: builds the packages, starts a local Verdaccio on
// 127.0.0.1 (temp storage, no uplinks) with all of them published at their current
// versions, prints the .npmrc line that installs @imgur-ts/* from it, and serves
// until Ctrl-C, then stops it and removes its storage. Logic: packages/release.
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { ensureBuilt } from './lib/ensure-built.mjs';

const root = new URL('..', import.meta.url).pathname;
let port = 4873;
try {
  const { values } = parseArgs({ options: { port: { type: 'string' } } });
  if (values.port !== undefined) {
    port = Number(values.port);
    if (!/^\d+$/.test(values.port) || port > 65535) throw new Error(`--port expects a port number (0 for any free one), got "${values.port}"`);
  }
} catch (e) {
  console.error(`registry:local: ${e.message}\nUsage: pnpm registry:local [--port N]`);
  process.exit(2);
}
const { serveLocalRegistry } = await import(pathToFileURL(ensureBuilt('release', 'registry:local')).href);
let served;
try {
  served = await serveLocalRegistry(root, { port, log: (line) => console.error(`registry:local: ${line}`) });
} catch (e) {
  console.error(`registry:local: ${e instanceof Error ? e.message : e}`);
  if (/EADDRINUSE/.test(String(e))) console.error(`registry:local: port ${port} is taken: pass --port 0 for any free port`);
  process.exit(1);
}
const { npmrc, registry, published } = served;
console.log(`Local registry ${registry.url} serves ${published.map((p) => `${p.name}@${p.version}`).join(', ')}.

Put this line in the .npmrc next to your project's package.json (other packages still come from your usual registry):

${npmrc}

then install, e.g.:

npm install @imgur-ts/core @imgur-ts/album

With pnpm, also exempt the packages from the minimum release age (they were published seconds ago) in pnpm-workspace.yaml:

minimumReleaseAgeExclude:
  - '@imgur-ts/*'

Serving until Ctrl-C.`);
let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await served.stop();
  console.error('registry:local: stopped, storage removed');
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
